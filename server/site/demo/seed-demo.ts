import type { JSONContent } from '@tiptap/core';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { articles, media, sections, siteSettings, users } from '../../db/schema';
import type { EventBus } from '../../events/bus';
import { createArticle } from '../../features/articles/create-article';
import { writeAudit } from '../../features/audit/write-audit';
import { generateOneTimePassword, hashPassword } from '../../features/auth/password';
import type { SessionUser } from '../../features/auth/sessions';
import { whenMediaProcessingIdle } from '../../features/media/media-processing';
import { updateMedia } from '../../features/media/update-media';
import { uploadSourceOfFile } from '../../features/media/upload-input';
import { uploadMedia } from '../../features/media/upload-media';
import { addRelated } from '../../features/related/add-related';
import { currentTargets } from '../../features/related/related-list';
import { announceSiteChange, invalidateSiteChrome } from '../../features/site/public-site-cache';
import { SITE_SETTINGS_ID } from '../../features/site/site-settings.queries';
import { approveArticle } from '../../features/workflow/approve-article';
import { publishArticle } from '../../features/workflow/publish-article';
import { submitArticle } from '../../features/workflow/submit-article';
import { type Context, createContextInner, type Logger } from '../../trpc/context';
import { storyPath } from '../public-articles.queries';
import {
  DEMO_SECTIONS,
  DEMO_SITE,
  DEMO_USERS,
  type DemoImage,
  type DemoStory,
  JAPAN_STORY,
  RELATED_STORIES,
  SEED_STORY,
} from './demo-content';
import { makeDemoImage } from './demo-image';

export interface SeedDemoDeps {
  config: Config;
  database: Database;
  events: EventBus;
  log: Logger;
  /** Who asked (the admin calling demo.seed); the demo admin otherwise. Audit rows name them. */
  requestedBy?: SessionUser;
}

export interface SeedDemoResult {
  sectionsCreated: number;
  users: { email: string; role: Role; created: boolean }[];
  /** Set only when this run created accounts with a generated password: shown once. */
  generatedPassword: string | null;
  stories: { key: string; id: string; path: string; created: boolean }[];
  seedStoryPath: string;
}

type Actors = Record<Role, SessionUser>;

/**
 * Loads the demo newsroom: sections, one account per role, and the reference
 * page's story with the stories it links to, each made and published through the
 * newsroom's own verbs (create, upload, submit, approve, publish, related list).
 * Idempotent: what exists (by section slug, email, story slug) is left as it is,
 * and a story left half-way by an interrupted run is taken the rest of the way.
 */
export async function seedDemoNewsroom(
  deps: SeedDemoDeps,
  options: { password?: string } = {},
): Promise<SeedDemoResult> {
  const db = deps.database.db;
  const sectionsCreated = await seedSections(deps);
  await seedSiteSettings(deps);
  const sectionIds = new Map(
    (await db.select({ id: sections.id, slug: sections.slug }).from(sections)).map((s) => [s.slug, s.id]),
  );
  const { actors, created, generatedPassword } = await seedUsers(deps, options.password);
  const ctxOf = (role: Role) => contextFor(deps, actors[role]);

  const stories: SeedDemoResult['stories'] = [];
  const ids = new Map<string, string>();
  for (const story of [JAPAN_STORY, ...RELATED_STORIES, SEED_STORY]) {
    const mediaId = await seedImage(ctxOf, story.image);
    let body = paragraphsOf(story.paragraphs);
    if (story === SEED_STORY) {
      // The read-more box sits between paragraphs, where the paper's page has it.
      const readMore: JSONContent = { type: 'readMore', attrs: { articleId: ids.get(JAPAN_STORY.key)! } };
      body = { type: 'doc', content: body.content!.toSpliced(SEED_STORY.readMoreAfter, 0, readMore) };
    }
    const { id, created: isNew } = await seedStory(ctxOf, story, {
      sectionId: sectionIds.get(story.section) ?? null,
      leadMediaId: mediaId,
      body,
    });
    ids.set(story.key, id);
    if (story === SEED_STORY) {
      await seedRelatedList(
        ctxOf('desk'),
        id,
        RELATED_STORIES.map((r) => ids.get(r.key)!),
      );
    }
    await publishThrough(ctxOf, id);
    await setPublicationTime(deps, id, new Date(story.publishedAt), actors.admin.id);
    const [row] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, id));
    stories.push({ key: story.key, id, path: storyPath(id, row.slug), created: isNew });
  }
  const seed = stories[stories.length - 1];
  return {
    sectionsCreated,
    users: created,
    generatedPassword,
    stories,
    seedStoryPath: seed.path,
  };
}

function contextFor(deps: SeedDemoDeps, user: SessionUser): Context & { user: SessionUser } {
  const ctx = createContextInner({
    config: deps.config,
    database: deps.database,
    events: deps.events,
    log: deps.log,
    user,
    sessionId: null,
    ip: '127.0.0.1',
    userAgent: 'barta seed:demo',
    cookies: { get: () => undefined, set: () => {}, clear: () => {} },
  });
  return { ...ctx, user };
}

async function seedSiteSettings(deps: SeedDemoDeps): Promise<void> {
  await deps.database.db
    .insert(siteSettings)
    .values({ id: SITE_SETTINGS_ID, ...DEMO_SITE })
    .onConflictDoNothing({ target: siteSettings.id });
  await invalidateSiteChrome(deps.database.db);
  announceSiteChange(deps.events);
}

async function seedSections(deps: SeedDemoDeps): Promise<number> {
  const inserted = await deps.database.db
    .insert(sections)
    .values(DEMO_SECTIONS.map((s, position) => ({ ...s, position })))
    .onConflictDoNothing({ target: sections.slug })
    .returning({ id: sections.id });
  if (inserted.length > 0) await invalidateSiteChrome(deps.database.db);
  return inserted.length;
}

async function seedUsers(deps: SeedDemoDeps, requested: string | undefined) {
  const db = deps.database.db;
  const password = requested ?? generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  const actors = {} as Actors;
  const created: SeedDemoResult['users'] = [];
  for (const demo of DEMO_USERS) {
    const row = await db.transaction(async (tx) => {
      const [existing] = await tx.select().from(users).where(eq(users.email, demo.email)).limit(1);
      if (existing) return { row: existing, isNew: false };
      const [inserted] = await tx
        .insert(users)
        .values({ email: demo.email, name: demo.name, role: demo.role, passwordHash })
        .returning();
      await writeAudit(tx, {
        actorId: deps.requestedBy?.id ?? null,
        action: 'user.create',
        entityType: 'user',
        entityId: inserted.id,
        after: { email: inserted.email, name: inserted.name, role: inserted.role },
        meta: { via: 'seed:demo' },
      });
      return { row: inserted, isNew: true };
    });
    if (!row.row.active || row.row.role !== demo.role) {
      throw new AppError('CONFLICT', {
        userMessage: `${demo.email} exists but is not an active ${demo.role}: fix or remove that account, then seed again.`,
      });
    }
    actors[demo.role] = {
      id: row.row.id,
      email: row.row.email,
      name: row.row.name,
      role: row.row.role,
      mustChangePassword: false,
      language: 'bn',
    };
    created.push({ email: demo.email, role: demo.role, created: row.isNew });
  }
  const anyNew = created.some((u) => u.created);
  return { actors, created, generatedPassword: anyNew && !requested ? password : null };
}

/** Uploads the generated picture through the media verb (a second run finds it by its bytes) and sets its texts. */
async function seedImage(ctxOf: (role: Role) => Context & { user: SessionUser }, image: DemoImage) {
  const ctx = ctxOf('editor');
  const bytes = await makeDemoImage(image.palette);
  const file = new File([new Uint8Array(bytes)], 'demo-lead.jpg', { type: 'image/jpeg' });
  const { media: item } = await uploadMedia({ ctx, input: uploadSourceOfFile(file) });
  // Renditions are made in the background; the page should have them all.
  await whenMediaProcessingIdle();
  const [row] = await ctx.db
    .select({ alt: media.alt, caption: media.caption, credit: media.credit })
    .from(media)
    .where(eq(media.id, item.id));
  if (row.alt !== image.alt || row.caption !== image.caption || row.credit !== image.credit) {
    await updateMedia({
      ctx,
      input: { id: item.id, alt: image.alt, caption: image.caption, credit: image.credit },
    });
  }
  return item.id;
}

async function seedStory(
  ctxOf: (role: Role) => Context & { user: SessionUser },
  story: DemoStory,
  content: { sectionId: string | null; leadMediaId: string; body: JSONContent },
): Promise<{ id: string; created: boolean }> {
  const ctx = ctxOf('editor');
  const [existing] = await ctx.db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, story.slug), isNull(articles.deletedAt)))
    .limit(1);
  if (existing) return { id: existing.id, created: false };
  const made = await createArticle({
    ctx,
    input: {
      headline: story.headline,
      kicker: story.kicker ?? '',
      summary: story.summary,
      byline: story.byline,
      sectionId: content.sectionId,
      slug: story.slug,
      body: content.body,
      leadMediaId: content.leadMediaId,
    },
  });
  return { id: made.id, created: true };
}

async function seedRelatedList(ctx: Context & { user: SessionUser }, id: string, targetIds: string[]) {
  const have = await ctx.db.transaction((tx) => currentTargets(tx, id));
  for (const targetId of targetIds) {
    if (!have.includes(targetId)) await addRelated({ ctx, input: { id, targetId } });
  }
}

/** draft → in review (editor) → approved (manager) → published (editor), from wherever the story is. */
async function publishThrough(ctxOf: (role: Role) => Context & { user: SessionUser }, id: string) {
  for (let step = 0; step < 5; step++) {
    const [row] = await ctxOf('editor')
      .db.select({ status: articles.status, version: articles.version })
      .from(articles)
      .where(eq(articles.id, id));
    const input = { id, version: row.version };
    switch (row.status) {
      case 'published':
        return;
      case 'draft':
      case 'changes_requested':
        await submitArticle({ ctx: ctxOf('editor'), input });
        break;
      case 'in_review':
        await approveArticle({ ctx: ctxOf('manager'), input });
        break;
      case 'approved':
      case 'schedule_failed':
        await publishArticle({ ctx: ctxOf('editor'), input: { id, baseVersion: row.version } });
        break;
      case 'unpublished':
        await publishArticle({ ctx: ctxOf('manager'), input: { id, baseVersion: row.version } });
        break;
      default:
        throw new AppError('CONFLICT', {
          userMessage: `The demo story ${id} is ${row.status}: reopen or delete it in the dashboard, then seed again.`,
        });
    }
  }
}

/**
 * publishArticle stamps now(); the demo story must carry the reference page's time
 * (2025-07-23T07:48:00Z, 01:48 PM in Dhaka), so it is set here explicitly, with its
 * own audit row, and only when it differs (a second run changes nothing).
 */
async function setPublicationTime(deps: SeedDemoDeps, id: string, publishedAt: Date, actorId: string) {
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ publishedAt: articles.publishedAt, publicUpdatedAt: articles.publicUpdatedAt })
      .from(articles)
      .where(eq(articles.id, id))
      .for('update');
    if (row.publishedAt?.getTime() === publishedAt.getTime() && row.publicUpdatedAt === null) return;
    await tx.update(articles).set({ publishedAt, publicUpdatedAt: null }).where(eq(articles.id, id));
    await writeAudit(tx, {
      actorId: deps.requestedBy?.id ?? actorId,
      action: 'article.set_published_at',
      entityType: 'article',
      entityId: id,
      before: { publishedAt: row.publishedAt },
      after: { publishedAt },
      meta: { via: 'seed:demo' },
    });
  });
}

function paragraphsOf(texts: string[]): JSONContent {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}
