import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { withoutCoEditing } from '../fixtures/collab';
import { STORAGE } from '../fixtures/staff';
import { createStory, storyText, typeAtEnd } from './api';

// A private copy of the admin's signed-in state: parallel runs by other engineers
// empty test-results/ (and with it .auth/) while this file runs.
const ADMIN_STATE = path.join(os.tmpdir(), `barta-editor-admin-${process.env.E2E_PORT ?? 3100}.json`);
test.beforeAll(() => fs.copyFileSync(STORAGE.admin, ADMIN_STATE));
test.use({ storageState: ADMIN_STATE });

test('write a Bengali story: it autosaves, and is there after a reload', async ({ page }) => {
  await page.goto('/admin/stories/new');
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  await page.getByLabel('Headline').fill('ঢাকায় ভারী বৃষ্টি');
  await page.getByLabel('Summary').fill('সকাল থেকে টানা বৃষ্টি।');
  await typeAtEnd(page, 'আজ সকাল থেকে ঢাকায় ভারী বৃষ্টি হচ্ছে।');
  await expect(page.getByTestId('word-counts')).toContainText('7 words');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at \d{2}:\d{2} [AP]M/);
  expect(await storyText(page.request, id)).toContain('আজ সকাল থেকে ঢাকায় ভারী বৃষ্টি হচ্ছে।');
  // Co-edited (the default): saved as it is typed; Ctrl+S makes a revision of its own only on
  // the single-editor path (the next test).

  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('ঢাকায় ভারী বৃষ্টি');
  await expect(page.getByRole('textbox', { name: 'Story text' })).toContainText(
    'আজ সকাল থেকে ঢাকায় ভারী বৃষ্টি হচ্ছে।',
  );
  await expect(page.getByRole('heading', { name: 'Unsaved text found on this device' })).toHaveCount(0);
});

test('single-editor path (co-editing out of reach): it autosaves, and an explicit save (Ctrl+S) makes its own revision', async ({
  page,
  context,
}) => {
  await withoutCoEditing(context);
  const id = await createStory(page, 'একা সম্পাদক');
  await page.goto(`/admin/stories/${id}`);
  await typeAtEnd(page, ' একার লেখা বাক্য।');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at \d{2}:\d{2} [AP]M/);
  expect(await storyText(page.request, id)).toContain('একার লেখা বাক্য।');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('tabpanel')).toContainText('Saved · v');
});

test('offline: typing is kept on the device and reaches the server when back online', async ({
  page,
  context,
}) => {
  // The save queue's offline promise, on the single-editor path (e2e/collab covers co-editing offline).
  await withoutCoEditing(context);
  const id = await createStory(page, 'অফলাইন পরীক্ষা');
  await page.goto(`/admin/stories/${id}`);
  await typeAtEnd(page, ' প্রথম বাক্য।');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);

  await context.setOffline(true);
  await typeAtEnd(page, ' অফলাইনে লেখা বাক্য।');
  await expect(page.getByTestId('save-status')).toHaveText(/^Offline: saved on this device/);
  await context.setOffline(false);
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  expect(await storyText(page.request, id)).toContain('অফলাইনে লেখা বাক্য।');
});

test('two tabs: a stale save shows both texts side by side, and nothing is lost', async ({
  page,
  context,
  browser,
}) => {
  // The soft lock and the stale-save comparison belong to the single-editor path (co-editing
  // out of reach for both); co-editors merge instead (e2e/collab/two-people.spec.ts).
  await withoutCoEditing(context);
  const id = await createStory(page, 'দুই সম্পাদক');
  await page.goto(`/admin/stories/${id}`);
  await typeAtEnd(page, ' প্রথম জনের লেখা।');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);

  const second = await browser.newContext({ storageState: ADMIN_STATE });
  await withoutCoEditing(second);
  const other = await second.newPage();
  await other.goto(`/admin/stories/${id}`);
  await expect(other.getByTestId('lock-banner')).toContainText('is editing');
  await other.getByRole('button', { name: 'Take over' }).click();
  // The first tab is told at once and turns read-only.
  await expect(page.getByTestId('lock-banner')).toContainText('took over editing');
  await expect(page.getByRole('textbox', { name: 'Story text' })).toHaveAttribute('contenteditable', 'false');

  // The second tab loses its connection and keeps writing on the old version...
  await second.setOffline(true);
  await typeAtEnd(other, ' দ্বিতীয় জনের অফলাইন লেখা।');
  await expect(other.getByTestId('save-status')).toHaveText(/^Offline: saved on this device/);
  // ...while the first takes the story back and saves a newer version.
  await page.getByRole('button', { name: 'Take over' }).click();
  await typeAtEnd(page, ' প্রথম জনের নতুন লেখা।');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);

  await second.setOffline(false);
  const dialog = other.getByRole('dialog', { name: 'Two versions of this story' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('conflict-mine')).toContainText('দ্বিতীয় জনের অফলাইন লেখা।');
  await expect(dialog.getByTestId('conflict-theirs')).toContainText('প্রথম জনের নতুন লেখা।');
  await expect(dialog.getByTestId('conflict-mine')).not.toContainText('প্রথম জনের নতুন লেখা।');
  // The server still has the first tab's text: the stale save changed nothing.
  const stored = await storyText(page.request, id);
  expect(stored).toContain('প্রথম জনের নতুন লেখা।');
  expect(stored).not.toContain('দ্বিতীয় জনের অফলাইন লেখা।');

  // Keep mine: saved on top of the newer version once this tab holds the story again.
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(other.getByTestId('lock-banner')).toContainText('took over editing');
  await other.getByRole('button', { name: 'Take over' }).click();
  await expect(other.getByTestId('save-status')).toHaveText(/Saved at/);
  expect(await storyText(page.request, id)).toContain('দ্বিতীয় জনের অফলাইন লেখা।');
  await second.close();
});

test('the toolbar follows the caret: Bold is pressed in bold text and not outside it, Undo once there is something to undo', async ({
  page,
}) => {
  const id = await createStory(page, 'টুলবার পরীক্ষা');
  await page.goto(`/admin/stories/${id}`);
  const bold = page.getByRole('button', { name: 'Bold', exact: true });
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();
  await typeAtEnd(page, ' সাধারণ লেখা');
  await expect(undo).toBeEnabled();
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' মোটা লেখা');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Home');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
});
