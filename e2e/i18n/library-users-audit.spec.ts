import { expect, test } from '@playwright/test';
import { expectAccessible, latinWords } from '../fixtures/bengali';
import { photo } from '../fixtures/images';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { mutate } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

/**
 * The media library, the users screen, the audit log and the bell read in Bengali for
 * a colleague who has not chosen English, and in English after the switch; a
 * notification written while the reader read Bengali reads in English after it.
 */

test('media library, users, audit log and the bell in Bengali, then English', async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(180_000);
  await admin.goto('/admin');
  const page = await invitedStaffPage(browser, admin, 'admin', 'প্রশাসক বাংলা', null);
  const editor = await invitedStaffPage(browser, admin, 'editor', 'লেখক দুই', null);

  // Media library: headings, filters, upload refusals from the server, the details panel.
  await page.goto('/admin/media');
  await expect(page.getByRole('heading', { name: 'মিডিয়া লাইব্রেরি' })).toBeVisible();
  const name = `bn-media-${Date.now()}.jpg`;
  await page.getByTestId('media-file-input').setInputFiles([
    { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really a picture') },
    { name, mimeType: 'image/jpeg', buffer: await photo(640, 480) },
  ]);
  const uploads = page.getByRole('list', { name: 'আপলোড' });
  await expect(uploads.getByRole('alert')).toContainText('“notes.jpg” আপলোড হয়নি');
  await expect(uploads.getByRole('listitem').filter({ hasText: name })).toContainText('আপলোড হয়েছে।');
  await page.getByRole('button', { name: `সম্পাদনা: ${name}` }).click();
  const details = page.getByRole('complementary', { name: 'ছবির বিবরণ' });
  await expect(details.getByLabel(/^বিকল্প লেখা/)).toBeVisible();
  expect(
    await latinWords(page.locator('main'), [
      'IPTC',
      'XMP',
      'JPEG',
      'PNG',
      'WebP',
      'GIF',
      'AVIF',
      'MB',
      'KB',
      'jpg',
      'bn',
      'media',
      'notes',
    ]),
  ).toEqual([]);
  await expectAccessible(page, 'media (bn)');

  // Users: the invite form and the table.
  await page.goto('/admin/users');
  await expect(page.getByRole('form', { name: 'সহকর্মীকে আমন্ত্রণ জানান' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'ভূমিকা' })).toBeVisible();
  await expectAccessible(page, 'users (bn)');

  // The bell: the editor submits, the admin reads it in Bengali.
  const story = await mutate<{ id: string; version: number }>(editor.request, 'articles.create', {
    headline: `ঘণ্টার খবর ${Date.now()}`,
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'প্রথম অনুচ্ছেদ।' }] }],
    },
  });
  await mutate(editor.request, 'workflow.submit', { id: story.id, version: story.version, note: 'দেখে দিন' });
  await page.goto('/admin');
  await page.getByRole('button', { name: /^বিজ্ঞপ্তি, .+টি পড়া হয়নি$/ }).click();
  const panel = page.getByRole('region', { name: 'বিজ্ঞপ্তি' });
  await expect(panel).toContainText('লেখক দুই “ঘণ্টার খবর');
  await expect(panel).toContainText('পর্যালোচনায় পাঠিয়েছেন: দেখে দিন');

  // The audit log: who, what in Bengali words, the story link.
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: 'কাজের খতিয়ান' })).toBeVisible();
  const submitted = page.getByRole('row').filter({ hasText: 'পর্যালোচনায় পাঠিয়েছেন: “দেখে দিন”' }).first();
  await expect(submitted).toContainText('লেখক দুই');
  await expect(submitted.getByRole('link', { name: /খবরটি খুলুন/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await expectAccessible(page, 'audit (bn)');

  // English after the switch, the same notification included.
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'submitted “ঘণ্টার খবর' })
      .filter({ hasText: 'for review: “দেখে দিন”' })
      .first(),
  ).toBeVisible();
  await expectAccessible(page, 'audit (en)');
  await page.getByRole('button', { name: /^Notifications/ }).click();
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(
    'লেখক দুই submitted “ঘণ্টার খবর',
  );
  await page.goto('/admin/media');
  await expect(page.getByRole('heading', { name: 'Media library' })).toBeVisible();
  await expectAccessible(page, 'media (en)');
  await page.goto('/admin/users');
  await expect(page.getByRole('form', { name: 'Invite a colleague' })).toBeVisible();
  await expectAccessible(page, 'users (en)');
  await page.context().close();
  await editor.context().close();
});
