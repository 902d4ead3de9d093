import { and, eq, isNull, like, ne, or, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../../db/client';
import { articles } from '../../db/schema';

/**
 * Until this transaction ends, no other one picks a slug of this family (`base`, `base-2`…).
 * Each reads the slugs already committed and picks a free one: two stories filed at the
 * same moment under one headline would otherwise both pick the same, and the second
 * would fail on the unique index.
 */
async function lockSlugFamily(tx: Tx, slug: string): Promise<void> {
  const family = slug.replace(/-\d+$/, '');
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`barta.slug:${family}`}))`);
}

async function slugTaken(tx: Tx, slug: string, exceptId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), ne(articles.id, exceptId), isNull(articles.deletedAt)))
    .limit(1);
  return Boolean(row);
}

/** `base`, or `base-2`, `base-3`… the first one no other live story has. */
export async function uniqueSlug(tx: Tx, base: string, exceptId: string): Promise<string> {
  await lockSlugFamily(tx, base);
  const taken = await tx
    .select({ slug: articles.slug })
    .from(articles)
    .where(
      and(
        or(eq(articles.slug, base), like(articles.slug, `${base}-%`)),
        ne(articles.id, exceptId),
        isNull(articles.deletedAt),
      ),
    );
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The slug a save ends with. While `slugAuto`, it follows the headline (made
 * unique); a slug typed by hand must be free, else CONFLICT. URLs are id-canonical,
 * so changing a slug never breaks a link.
 */
export async function resolveSlug(
  tx: Tx,
  params: {
    articleId: string;
    requested: string;
    headlineSlug: string;
    current: string | null;
    slugAuto: boolean;
  },
): Promise<{ slug: string; slugAuto: boolean }> {
  const { articleId, requested, headlineSlug, current, slugAuto } = params;
  if (requested && requested !== current) {
    await lockSlugFamily(tx, requested);
    if (await slugTaken(tx, requested, articleId)) {
      throw new AppError('CONFLICT', {
        userMessage: `The slug “${requested}” is already used by another story. Choose another.`,
        fields: [{ path: 'slug', message: 'Already used by another story.' }],
      });
    }
    return { slug: requested, slugAuto: false };
  }
  if (!slugAuto && current) return { slug: current, slugAuto: false };
  const base = headlineSlug.slice(0, 80);
  if (
    current &&
    (current === base || current.startsWith(`${base}-`)) &&
    !(await slugTaken(tx, current, articleId))
  ) {
    return { slug: current, slugAuto: true };
  }
  return { slug: await uniqueSlug(tx, base, articleId), slugAuto: true };
}
