import { expect, test } from '@playwright/test';
import { typeAtEnd } from '../editor/api';
import { STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

interface Change {
  id: string;
  version: number;
  status: string;
  slug: string;
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * A story goes live with "Publish now" (which names it and where it appears); an
 * edit of the live story waits as an update while readers keep the published text;
 * "Publish update" with a note makes it live with an "আপডেট" line; "View on site"
 * opens the public page.
 */
test('edit a live story, readers see nothing until Publish update, then the update and its note', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/admin');
  const seeded = await mutate<{ stories: { id: string }[] }>(page.request, 'demo.seed', { confirm: true });
  const sample = await query<{ leadMediaId: string; sectionId: string }>(page.request, 'articles.get', {
    id: seeded.stories[0].id,
  });
  const headline = `জ্বালানি তেলের দাম ${Date.now()}`;
  const created = await mutate<{ id: string; version: number }>(page.request, 'articles.create', {
    headline,
    summary: 'সরকার জ্বালানি তেলের নতুন দাম ঘোষণা করেছে।',
    byline: 'নিজস্ব প্রতিবেদক',
    sectionId: sample.sectionId,
    leadMediaId: sample.leadMediaId,
    body: { type: 'doc', content: [paragraph('ঢাকা — জ্বালানি তেলের দাম লিটারপ্রতি দুই টাকা বেড়েছে।')] },
  });
  const submitted = await mutate<Change>(page.request, 'workflow.submit', {
    id: created.id,
    version: created.version,
  });
  await mutate<Change>(page.request, 'workflow.approve', { id: created.id, version: submitted.version });

  // Publish now, from the editor: the confirmation names the story and its address.
  await page.goto(`/admin/stories/${created.id}`);
  await page.getByRole('tab', { name: 'Workflow' }).click();
  await page.getByRole('button', { name: 'Publish now' }).click();
  const confirm = page.getByRole('form', { name: 'Publish now' });
  await expect(confirm).toContainText(headline);
  await expect(confirm).toContainText(`/article/${created.id}/`);
  await confirm.getByRole('button', { name: 'Publish now' }).click();
  const banner = page.getByRole('region', { name: 'Live story' });
  await expect(banner).toContainText('Live since');
  const story = await query<{ slug: string }>(page.request, 'articles.get', { id: created.id });
  const publicPath = `/article/${created.id}/${story.slug}`;

  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await reader.newPage();
  await readerPage.goto(publicPath);
  await expect(readerPage.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(readerPage.getByText(/^আপডেট:/)).toHaveCount(0);

  // An edit of the live story: saved, but as an update readers do not see.
  const sentence = ' দাম বাড়ার কারণ হিসেবে আন্তর্জাতিক বাজারের কথা বলা হয়েছে।';
  await typeAtEnd(page, sentence);
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  await expect(banner).toContainText('Update not yet on the site');
  await banner.getByText('What differs from the live version').click();
  await expect(banner.locator('ins')).toContainText('আন্তর্জাতিক বাজারের');
  await page.screenshot({ path: testInfo.outputPath('pending-update.png') });
  await readerPage.reload();
  await expect(readerPage.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(readerPage.getByText('আন্তর্জাতিক বাজারের')).toHaveCount(0);
  const api = await readerPage.request.get(`/api/public/articles/${created.id}`);
  expect(await api.text()).not.toContain('আন্তর্জাতিক বাজারের');

  // Publish update, with a note for readers.
  await banner.getByRole('button', { name: 'Publish update' }).click();
  const dialog = banner.getByRole('form', { name: 'Publish update' });
  await dialog.getByLabel('Update note for readers (optional)').fill('দাম বাড়ার কারণ যোগ করা হয়েছে।');
  await dialog.getByRole('button', { name: 'Publish update' }).click();
  await expect(banner).not.toContainText('Update not yet on the site');
  await expect(banner).toContainText('last updated');

  await readerPage.reload();
  await expect(readerPage.getByText('আন্তর্জাতিক বাজারের', { exact: false })).toBeVisible();
  await expect(readerPage.locator('.dateline', { hasText: /^আপডেট: / })).toBeVisible();
  await expect(readerPage.locator('.story-updates')).toContainText('দাম বাড়ার কারণ যোগ করা হয়েছে।');
  await readerPage.screenshot({ path: testInfo.outputPath('updated-page.png'), fullPage: true });

  // View on site opens the public page in a new tab.
  const [opened] = await Promise.all([
    page.context().waitForEvent('page'),
    banner.getByRole('link', { name: 'View on site' }).click(),
  ]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).pathname).toBe(publicPath);
  await expect(opened.getByText('আন্তর্জাতিক বাজারের', { exact: false })).toBeVisible();
  await reader.close();
});
