import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, latinWords } from '../fixtures/bengali';
import { STAFF_PASSWORD, STORAGE } from '../fixtures/staff';
import { mutate } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

/**
 * The dashboard speaks Bengali unless a person chooses English: the sign-in screen
 * and a new colleague's screens open in Bengali, the key screens of the three
 * journeys (write, review, schedule) read in Bengali, and after the switch they read
 * in English on every device. Each is scanned with axe in both languages.
 */

/** A colleague invited by the admin who sets a password without choosing a language. */
async function colleague(browser: Browser, admin: Page, role: 'editor' | 'manager' | 'desk', name: string) {
  const email = `bn-${role}-${Date.now()}@barta.test`;
  const invited = await mutate<{ link: { path: string } }>(admin.request, 'users.invite', {
    name,
    email,
    role,
  });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(invited.link.path);
  // The invite page opens in Bengali for someone this browser has never seen.
  await expect(page.getByRole('heading', { name: /নিউজরুমে স্বাগতম/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await page.getByLabel('আপনার পাসওয়ার্ড বেছে নিন').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'পাসওয়ার্ড ঠিক করে সাইন ইন করুন' }).click();
  await expect(page.getByRole('heading', { name: `স্বাগতম, ${name}` })).toBeVisible();
  return { page, email };
}

async function switchTo(page: Page, language: 'bn' | 'en') {
  await page.getByTestId(`language-${language}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('signed out: sign-in is Bengali by default and English after the switch', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/admin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
  await expect(page.getByRole('button', { name: 'সাইন ইন' })).toBeVisible();
  await expect(page.getByLabel('পাসওয়ার্ড')).toBeVisible();
  expect(await latinWords(page.locator('main'))).toEqual([]);
  await expectAccessible(page, 'sign-in (bn)');
  // A refusal from the server reads in Bengali too.
  await page.getByLabel('ইমেইল').fill('nobody@barta.test');
  await page.getByLabel('পাসওয়ার্ড').fill('not the password');
  await page.getByRole('button', { name: 'সাইন ইন' }).click();
  await expect(page.getByRole('alert')).toHaveText('ইমেইল বা পাসওয়ার্ড সঠিক নয়।');
  await switchTo(page, 'en');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Email or password is not correct.');
  await expectAccessible(page, 'sign-in (en)');
  await context.close();
});

test('write, review and schedule: key screens in Bengali by default, in English after switching', async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(180_000);
  await admin.goto('/admin');
  const editor = await colleague(browser, admin, 'editor', 'লেখক বাংলা');
  const manager = await colleague(browser, admin, 'manager', 'ব্যবস্থাপক বাংলা');
  const desk = await colleague(browser, admin, 'desk', 'ডেস্ক বাংলা');

  // Write: the story list and the editor.
  const headline = `বাংলা ইন্টারফেসের খবর ${Date.now()}`;
  const created = await mutate<{ id: string; version: number }>(editor.page.request, 'articles.create', {
    headline,
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'প্রথম অনুচ্ছেদ।' }] }],
    },
  });
  await editor.page.getByRole('link', { name: 'খবর', exact: true }).click();
  await expect(editor.page.getByRole('heading', { name: 'খবর', exact: true })).toBeVisible();
  await expect(editor.page.getByRole('columnheader', { name: /শিরোনাম/ })).toBeVisible();
  expect(await latinWords(editor.page.locator('header.topbar'))).toEqual([]);
  await editor.page.goto(`/admin/stories/${created.id}`);
  await expect(editor.page.getByLabel('শিরোনাম', { exact: true })).toHaveValue(headline);
  await expect(editor.page.getByRole('tab', { name: 'কার্যধারা' })).toBeVisible();
  await expect(editor.page.getByRole('toolbar', { name: 'লেখার বিন্যাস' })).toBeVisible();
  await expect(editor.page.getByTestId('word-counts')).toContainText('শব্দ');
  // Labels, not the section picker's options: a section's English name is shown beside its Bengali one.
  for (const part of [
    '.editor-head',
    '.story-fields label',
    '[role="toolbar"]',
    '.side-panel [role="tablist"]',
  ]) {
    expect(await latinWords(editor.page.locator(part), ['Ctrl']), part).toEqual([]);
  }
  await expectAccessible(editor.page, 'editor (bn)');
  await mutate(editor.page.request, 'workflow.submit', { id: created.id, version: created.version });

  // Review: the queue, with the wait in Bengali digits.
  await manager.page.getByRole('link', { name: 'পর্যালোচনা', exact: true }).click();
  await expect(manager.page.getByRole('heading', { name: 'পর্যালোচনার অপেক্ষায়' })).toBeVisible();
  const row = manager.page.getByRole('row').filter({ hasText: headline });
  await expect(row).toContainText('মিনিট');
  await expect(row).toContainText(/[০-৯]/);
  await expectAccessible(manager.page, 'review queue (bn)');

  // Schedule: the desk calendar, its dates and times in Bengali.
  await desk.page.getByRole('link', { name: 'সময়সূচি', exact: true }).click();
  await expect(desk.page.getByRole('heading', { name: 'ডেস্কের সময়সূচি' })).toBeVisible();
  await expect(desk.page.getByText(/সময় Asia\/Dhaka \(UTC\+০৬:০০\) অনুযায়ী/)).toBeVisible();
  await expect(desk.page.getByRole('rowheader').first()).toHaveText(/^১২:০০ এএম$/);
  await expectAccessible(desk.page, 'calendar (bn)');

  // Each switches to English; the choice is kept with the account.
  await switchTo(desk.page, 'en');
  await expect(desk.page.getByRole('heading', { name: 'Desk calendar' })).toBeVisible();
  await expect(desk.page.getByRole('rowheader').first()).toHaveText(/^12:00 AM$/);
  await expectAccessible(desk.page, 'calendar (en)');
  await desk.page.reload();
  await expect(desk.page.getByRole('heading', { name: 'Desk calendar' })).toBeVisible();

  await switchTo(manager.page, 'en');
  await expect(manager.page.getByRole('heading', { name: 'Waiting for review' })).toBeVisible();
  await expect(manager.page.getByRole('row').filter({ hasText: headline })).toContainText('min');
  await expectAccessible(manager.page, 'review queue (en)');

  await switchTo(editor.page, 'en');
  await expect(editor.page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  await expect(editor.page.getByRole('tab', { name: 'Workflow' })).toBeVisible();
  await editor.page.getByRole('tab', { name: 'Workflow' }).click();
  await expect(editor.page.getByRole('heading', { name: /Status: In review/ })).toBeVisible();
  await expectAccessible(editor.page, 'editor (en)');

  // Another device: signing in applies the account's language, whatever the browser showed before.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const second = await other.newPage();
  await second.goto('/admin');
  await expect(second.getByRole('button', { name: 'সাইন ইন' })).toBeVisible();
  await second.getByLabel('ইমেইল').fill(editor.email);
  await second.getByLabel('পাসওয়ার্ড').fill(STAFF_PASSWORD);
  await second.getByRole('button', { name: 'সাইন ইন' }).click();
  await expect(second.getByRole('link', { name: 'Stories', exact: true })).toBeVisible();
  await expect(second.locator('html')).toHaveAttribute('lang', 'en');
  await other.close();
});
