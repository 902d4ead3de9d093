import { type Browser, expect, type Page, type TestInfo, test } from '@playwright/test';
import { photo } from '../fixtures/images';
import { ADMIN, STAFF_PASSWORD, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

/**
 * A brand-new newsroom with no demo data, from setup to the first published story:
 * the administrator sets up the paper with its starter sections, invites colleagues
 * by link, an editor writes and submits, a manager sends it back (the note is at
 * the top of the story for the editor), the editor resubmits, the manager approves,
 * the desk schedules it, and it goes live. A 1400 px screenshot of every step is
 * kept with the test's results.
 */

const WIDTH = 1400;

async function snap(page: Page, info: TestInfo, name: string) {
  await page.setViewportSize({ width: WIDTH, height: 900 });
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: 'image/png' });
}

/** `YYYY-MM-DDTHH:mm:ss` on the wall clock in Dhaka (UTC+6, no daylight saving). */
function dhakaLocal(date: Date): string {
  return new Date(date.getTime() + 6 * 3_600_000).toISOString().slice(0, 19);
}

/** The admin invites a colleague on the Users screen; returns the link shown to copy. */
async function inviteOnScreen(admin: Page, name: string, email: string, role: string): Promise<string> {
  const invite = admin.getByRole('form', { name: 'Invite a colleague' });
  await invite.getByLabel('Name').fill(name);
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Role').selectOption(role);
  await invite.getByRole('button', { name: 'Invite' }).click();
  const link = await admin.getByTestId('account-link').inputValue();
  expect(link).toMatch(/\/admin\/set-password#[A-Za-z0-9_-]{43}$/);
  await admin.getByRole('button', { name: 'Done' }).click();
  return link;
}

/** The colleague opens the link in their own browser and chooses a password. */
async function acceptInvite(browser: Browser, link: string, name: string): Promise<Page> {
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: WIDTH, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(link);
  // This journey reads the English interface (e2e/i18n walks the Bengali default); the
  // language the link was read in becomes the colleague's.
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { name: /Welcome to the newsroom/ })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  await page.getByLabel('Choose your password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();
  return page;
}

interface Change {
  id: string;
  version: number;
  status: string;
  slug: string;
}

test('first run: setup with starter sections, invite by link, write, review, schedule, live', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: WIDTH, height: 900 });

  // Setup: the administrator and the starter sections, edited before saving.
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: /আপনার নিউজরুম প্রস্তুত করুন/ })).toBeVisible();
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { name: /Set up your newsroom/ })).toBeVisible();
  const starter = page.getByTestId('starter-section');
  await expect(starter.first().getByLabel('Section 1, Bengali name')).toHaveValue('জাতীয়');
  await expect(page.getByLabel(/Bengali name/).nth(6)).toHaveValue('মতামত');
  await page.getByLabel('Section 2, English name').fill('World');
  await page.getByLabel('Section 2, Bengali name').fill('বিশ্ব');
  const count = await starter.count();
  await page.getByRole('button', { name: 'Remove section সারাদেশ' }).click();
  await expect(starter).toHaveCount(count - 1);
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Repeat password').fill(ADMIN.password);
  await snap(page, info, '01-setup');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${ADMIN.name}` })).toBeVisible();
  await page.context().storageState({ path: STORAGE.admin });

  // The sections are there, in order, and on the public site's masthead.
  await page.getByRole('link', { name: 'Sections' }).click();
  const rows = page.getByTestId('section-row');
  await expect(rows.first()).toContainText('জাতীয়');
  await expect(rows.nth(1)).toContainText('বিশ্ব');
  await expect(rows.nth(1)).toContainText('/section/world');
  await expect(page.getByText('সারাদেশ')).toHaveCount(0);
  await snap(page, info, '02-sections');
  const home = await page.request.get('/');
  expect(await home.text()).toContain('<a href="/section/world">বিশ্ব</a>');
  const sections = await query<{ id: string; slug: string }[]>(page.request, 'sections.list');
  const politics = sections.find((s) => s.slug === 'politics')!;

  // Invites by link: no password to pass on.
  await page.getByRole('link', { name: 'Users' }).click();
  const editorLink = await inviteOnScreen(page, 'রহিম উদ্দিন', 'rahim@barta.test', 'editor');
  await expect(page.getByRole('cell', { name: 'rahim@barta.test' })).toBeVisible();
  await snap(page, info, '03-invite');
  const managerLink = await inviteOnScreen(page, 'মনি সম্পাদক', 'moni@barta.test', 'manager');
  const deskLink = await inviteOnScreen(page, 'ডেস্ক কর্মী', 'desk@barta.test', 'desk');
  // Bad input gets a clear message, and nothing is created.
  const invite = page.getByRole('form', { name: 'Invite a colleague' });
  await invite.getByLabel('Name').fill('Someone');
  await invite.getByLabel('Email').fill('not-an-email');
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a valid email address');

  const editor = await acceptInvite(browser, editorLink, 'রহিম উদ্দিন');
  await snap(editor, info, '04-editor-signed-in');
  // An editor sees no admin screens; the link cannot be used twice.
  await expect(editor.getByRole('link', { name: 'Users' })).toHaveCount(0);
  const reuse = await editor.request.post('/trpc/auth.setPasswordWithLink', {
    data: { token: editorLink.split('#')[1], password: 'another password' },
  });
  expect(reuse.status()).toBe(412);
  const manager = await acceptInvite(browser, managerLink, 'মনি সম্পাদক');
  const desk = await acceptInvite(browser, deskLink, 'ডেস্ক কর্মী');

  // The editor uploads and describes a photo, writes the story and submits it.
  await editor.goto('/admin/media');
  await editor
    .getByTestId('media-file-input')
    .setInputFiles([{ name: 'sangsad.jpg', mimeType: 'image/jpeg', buffer: await photo() }]);
  await expect(
    editor.getByRole('list', { name: 'Uploads' }).getByRole('listitem').filter({ hasText: 'sangsad.jpg' }),
  ).toContainText('Uploaded.');
  const { items } = await query<{ items: { id: string }[] }>(editor.request, 'media.list', {});
  await mutate(editor.request, 'media.update', {
    id: items[0].id,
    alt: 'সংসদ ভবন',
    caption: 'জাতীয় সংসদ ভবন।',
    credit: 'বার্তা',
  });
  const headline = `সংসদে বাজেট পাস ${Date.now()}`;
  const created = await mutate<Change>(editor.request, 'articles.create', {
    headline,
    summary: 'নতুন অর্থবছরের বাজেট পাস হয়েছে।',
    byline: 'নিজস্ব প্রতিবেদক',
    sectionId: politics.id,
    leadMediaId: items[0].id,
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ঢাকা — জাতীয় সংসদে বাজেট পাস হয়েছে।' }] }],
    },
  });
  await editor.goto(`/admin/stories/${created.id}`);
  await expect(editor.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  await snap(editor, info, '05-editor-writes');
  const submitted = await mutate<Change>(editor.request, 'workflow.submit', {
    id: created.id,
    version: created.version,
  });

  // The manager sends it back with a note and a comment.
  await manager.goto('/admin/review');
  await expect(manager.getByRole('row').filter({ hasText: headline })).toBeVisible();
  await snap(manager, info, '06-review-queue');
  const note = 'মন্ত্রীর উদ্ধৃতি যোগ করুন';
  const sentBack = await mutate<Change>(manager.request, 'workflow.sendBack', {
    id: created.id,
    version: submitted.version,
    note,
  });
  await mutate(manager.request, 'workflow.comments.add', { articleId: created.id, body: 'সূত্র কে?' });

  // The editor sees the note and the open comment at the top of the story.
  await editor.goto(`/admin/stories/${created.id}`);
  const notice = editor.getByTestId('send-back-notice');
  await expect(notice).toContainText('Changes requested by মনি সম্পাদক');
  await expect(notice).toContainText(note);
  await expect(notice).toContainText('1 open comment');
  await snap(editor, info, '07-sent-back-note');

  // Resubmitted, approved.
  const story = await query<Record<string, unknown> & { version: number }>(editor.request, 'articles.get', {
    id: created.id,
  });
  expect(story.version).toBe(sentBack.version);
  const resubmitted = await mutate<Change>(editor.request, 'workflow.submit', {
    id: created.id,
    version: story.version,
  });
  await editor.reload();
  await expect(editor.getByTestId('send-back-notice')).toHaveCount(0);
  const approved = await mutate<Change>(manager.request, 'workflow.approve', {
    id: created.id,
    version: resubmitted.version,
  });
  expect(approved.status).toBe('approved');

  // The desk schedules it a few seconds ahead on the calendar; the scheduler publishes it.
  await desk.goto('/admin/calendar');
  const ready = desk.getByTestId('ready-item').filter({ hasText: headline });
  await ready.getByRole('button', { name: 'Schedule…' }).click();
  await ready.getByLabel('Publish at', { exact: true }).fill(dhakaLocal(new Date(Date.now() + 10_000)));
  await snap(desk, info, '08-desk-schedules');
  await ready.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(desk.getByTestId('today-item').filter({ hasText: headline })).toBeVisible();
  const { slug } = await query<{ slug: string }>(desk.request, 'articles.get', { id: created.id });
  await expect
    .poll(async () => (await desk.request.get(`/article/${created.id}/${slug}`)).status(), {
      timeout: 40_000,
      intervals: [500],
    })
    .toBe(200);

  // Live: a reader sees it in its section, under the paper's name.
  const reader = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: WIDTH, height: 900 },
  });
  const readerPage = await reader.newPage();
  await readerPage.goto(`/article/${created.id}/${slug}`);
  await expect(readerPage.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(readerPage.locator('.section-label')).toContainText('রাজনীতি');
  await snap(readerPage, info, '09-live');
  await reader.close();

  // The audit log tells the story in plain words, with a link to it, and fits 1280 px.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/admin/audit');
  const scheduledRow = page.getByRole('row').filter({ hasText: `scheduled “${headline}” for` });
  await expect(scheduledRow).toContainText('ডেস্ক কর্মী');
  await expect(scheduledRow.getByRole('link', { name: `Open the story “${headline}”` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `sent “${headline}” back: “${note}”` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await snap(page, info, '10-audit-log');
  for (const p of [editor, manager, desk]) await p.context().close();
});
