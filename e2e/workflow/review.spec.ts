import { expect, test } from '@playwright/test';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

const staffPage = invitedStaffPage;

interface Story {
  id: string;
  version: number;
  status: string;
  slug: string;
  headline: string;
  summary: string;
  body: unknown;
}
interface Change {
  id: string;
  version: number;
  status: string;
  slug: string;
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const PASSAGE = 'সংসদে আজ বাজেট পাস হয়েছে';
const NOTE = 'প্রথম অনুচ্ছেদে সূত্র যোগ করুন।';
const COMMENT = 'এই তথ্যের সূত্র কী? কার বক্তব্য?';

/**
 * An editor writes and submits; a manager finds it in the review queue and sends it
 * back with a note and a comment on a passage; the editor, told by the bell, fixes
 * it and resubmits; the manager approves; the editor publishes; a reader sees it.
 */
test('submit, send back with a comment, fix, approve, publish, read', async ({ page: admin, browser }) => {
  test.setTimeout(120_000);
  await admin.goto('/admin');
  // Sections and a credited library image come with the demo newsroom.
  const seeded = await mutate<{ stories: { key: string; id: string }[] }>(admin.request, 'demo.seed', {
    confirm: true,
  });
  const sample = await query<{ leadMediaId: string; sectionId: string }>(admin.request, 'articles.get', {
    id: seeded.stories[0].id,
  });

  const editor = await staffPage(browser, admin, 'editor', 'রহিম প্রতিবেদক');
  const manager = await staffPage(browser, admin, 'manager', 'মনি সম্পাদক');
  const headline = `বাজেট পাস ${Date.now()}`;

  // The editor writes and submits with a note.
  const created = await mutate<{ id: string; version: number }>(editor.request, 'articles.create', {
    headline,
    summary: 'নতুন অর্থবছরের বাজেট পাস।',
    byline: 'নিজস্ব প্রতিবেদক',
    sectionId: sample.sectionId,
    leadMediaId: sample.leadMediaId,
    body: { type: 'doc', content: [paragraph(`${PASSAGE}।`), paragraph('বিস্তারিত আসছে।')] },
  });
  const id = created.id;
  await editor.goto('/admin');
  await expect(editor.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
  const submitted = await mutate<Change>(editor.request, 'workflow.submit', {
    id,
    version: created.version,
    note: 'আজকের মধ্যে দেখবেন',
  });
  expect(submitted.status).toBe('in_review');

  // The manager: the bell rings, the queue lists it with who, the note and the wait.
  await manager.goto('/admin');
  await expect(manager.getByRole('button', { name: /Notifications, \d+ unread/ })).toBeVisible();
  await manager.getByRole('link', { name: 'Review', exact: true }).click();
  await expect(manager.getByRole('heading', { name: 'Waiting for review' })).toBeVisible();
  const row = manager.getByRole('row').filter({ hasText: headline });
  await expect(row).toContainText('রহিম প্রতিবেদক');
  await expect(row).toContainText('আজকের মধ্যে দেখবেন');
  await expect(row).toContainText(/\d+ min/);

  // Sent back with a note, and a comment on the passage naming the editor.
  const editorId = (await query<{ id: string; name: string }[]>(manager.request, 'users.directory')).find(
    (u) => u.name === 'রহিম প্রতিবেদক',
  )?.id;
  const sentBack = await mutate<Change>(manager.request, 'workflow.sendBack', {
    id,
    version: submitted.version,
    note: NOTE,
  });
  await mutate(manager.request, 'workflow.comments.add', {
    articleId: id,
    body: `@রহিম প্রতিবেদক ${COMMENT}`,
    anchor: { from: 1, to: 1 + PASSAGE.length, quote: PASSAGE },
    mentions: [editorId],
  });
  await expect(manager.getByRole('row').filter({ hasText: headline })).toHaveCount(0);

  // The editor's bell updates live (no reload) and says what to change.
  const bell = editor.getByRole('button', { name: /Notifications, 2 unread/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const panel = editor.getByRole('region', { name: 'Notifications' });
  await expect(panel).toContainText(`sent “${headline}” back: ${NOTE}`);
  await expect(panel).toContainText(`mentioned you on “${headline}”`);
  await panel.getByRole('button', { name: 'Mark all read' }).click();
  await expect(editor.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();

  const comments = await query<{ body: string; anchor: { quote: string } | null }[]>(
    editor.request,
    'workflow.comments.list',
    { id },
  );
  expect(comments[0]).toMatchObject({ anchor: { quote: PASSAGE } });

  // The editor fixes the passage and resubmits.
  const current = await query<Story & Record<string, unknown>>(editor.request, 'articles.get', { id });
  expect(current.version).toBe(sentBack.version);
  const saved = await mutate<{ version: number }>(editor.request, 'articles.save', {
    id,
    baseVersion: current.version,
    mode: 'save',
    tabId: 'workflow-e2e-tab',
    content: {
      ...current,
      body: {
        type: 'doc',
        content: [paragraph(`${PASSAGE}, জানিয়েছেন অর্থমন্ত্রী।`), paragraph('বিস্তারিত আসছে।')],
      },
    },
  });
  const resubmitted = await mutate<Change>(editor.request, 'workflow.submit', { id, version: saved.version });

  // Approved by the manager, published by the editor.
  await manager.reload();
  await expect(manager.getByRole('row').filter({ hasText: headline })).toBeVisible();
  const approved = await mutate<Change>(manager.request, 'workflow.approve', {
    id,
    version: resubmitted.version,
  });
  const published = await mutate<Change>(editor.request, 'workflow.publish', {
    id,
    version: approved.version,
  });
  expect(published.status).toBe('published');

  // The timeline, from the audit log.
  const history = await query<{ action: string; actorName: string }[]>(editor.request, 'workflow.history', {
    id,
  });
  expect(history.map((h) => [h.action, h.actorName])).toEqual([
    ['article.create', 'রহিম প্রতিবেদক'],
    ['article.submit', 'রহিম প্রতিবেদক'],
    ['article.send_back', 'মনি সম্পাদক'],
    ['article.submit', 'রহিম প্রতিবেদক'],
    ['article.approve', 'মনি সম্পাদক'],
    ['article.publish', 'রহিম প্রতিবেদক'],
  ]);
  // The History panel says it in words: who did what, with the note, never an event name.
  await editor.goto(`/admin/stories/${id}`);
  await editor.getByRole('tab', { name: 'History' }).click();
  const timeline = editor.getByRole('tabpanel', { name: 'History' }).getByRole('listitem');
  await expect(timeline).toHaveCount(6);
  await expect(timeline.nth(2)).toContainText('মনি সম্পাদক sent it back for changes');
  await expect(timeline.nth(2)).toContainText(`“${NOTE}”`);
  await expect(timeline.nth(4)).toContainText('মনি সম্পাদক approved it');
  await expect(timeline.nth(5)).toContainText('রহিম প্রতিবেদক published it');
  await expect(timeline.first()).toContainText(/(Today|Yesterday), \d\d:\d\d [AP]M/);
  expect((await timeline.allInnerTexts()).join(' ')).not.toMatch(/article\.|send_back/);

  // A reader (signed out) sees the story; the newsroom's comments are not on it.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await reader.newPage();
  const response = await readerPage.goto(`/article/${id}/${published.slug}`);
  expect(response?.status()).toBe(200);
  await expect(readerPage.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(readerPage.getByText('জানিয়েছেন অর্থমন্ত্রী')).toBeVisible();
  expect(await readerPage.content()).not.toContain(COMMENT);
  await reader.close();
  await editor.context().close();
  await manager.context().close();
});
