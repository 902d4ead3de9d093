import { eq, sql } from 'drizzle-orm';
import { slugify } from '../../../shared/bn/slug';
import { AppError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { sections } from '../../db/schema';
import { findSectionBySlugExcept } from './sections.queries';

/** The slug the admin typed, or one made from the English name (Bengali if it has no letters a-z). */
export function sectionSlugOf(draft: { slug: string; nameEn: string; nameBn: string }): string {
  if (draft.slug) return draft.slug;
  const fromEnglish = /[a-z0-9]/i.test(draft.nameEn) ? slugify(draft.nameEn) : '';
  return fromEnglish || slugify(draft.nameBn);
}

/** A taken slug is a CONFLICT naming the section that has it, on the slug field. */
export async function assertSectionSlugFree(tx: DbOrTx, slug: string, exceptId: string | null) {
  const owner = await findSectionBySlugExcept(tx, slug, exceptId);
  if (owner) {
    throw new AppError('CONFLICT', {
      userMessage: `The address “${slug}” is already used by the section “${owner.nameEn}”: choose another slug.`,
      fields: [{ path: 'slug', message: 'Already used by another section.' }],
    });
  }
}

export async function loadSectionForChange(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(sections).where(eq(sections.id, id)).for('update').limit(1);
  if (!row) {
    throw new AppError('NOT_FOUND', {
      userMessage: 'This section no longer exists: reload the sections list.',
    });
  }
  return row;
}

/** New sections go to the end of the masthead. */
export async function nextSectionPosition(tx: DbOrTx): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${sections.position}) + 1, 0)::int` })
    .from(sections);
  return row.next;
}

/** Serializes section writes (slug checks and positions), on PGlite and PostgreSQL alike. */
export async function lockSections(tx: DbOrTx) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('barta.sections'))`);
}

export function sectionAuditView(row: {
  slug: string;
  nameBn: string;
  nameEn: string;
  hidden: boolean;
  archivedAt: Date | null;
}) {
  return {
    slug: row.slug,
    nameBn: row.nameBn,
    nameEn: row.nameEn,
    hidden: row.hidden,
    archived: row.archivedAt !== null,
  };
}

/**
 * A story may move into a section only while it is open: an archived section keeps
 * the stories it has but takes no new ones. A missing section says so too.
 */
export async function assertSectionTakesStories(
  tx: DbOrTx,
  sectionId: string | null,
  currentSectionId: string | null,
) {
  if (!sectionId || sectionId === currentSectionId) return;
  const [row] = await tx
    .select({ nameBn: sections.nameBn, archivedAt: sections.archivedAt })
    .from(sections)
    .where(eq(sections.id, sectionId))
    .limit(1);
  if (!row || row.archivedAt) {
    const message = row
      ? `The section “${row.nameBn}” is archived and takes no new stories: choose another section.`
      : 'That section no longer exists: choose another section.';
    throw new AppError('BAD_REQUEST', { userMessage: message, fields: [{ path: 'sectionId', message }] });
  }
}
