import { expect, test } from '@playwright/test';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';
import { caretInFirstParagraph, openShared, savedStory } from './helpers';

test.use({ storageState: STORAGE.admin });

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * Co-edited text reaches readers only through Publish, and a co-edited change of a live
 * story only through Publish update: the public page and API show nothing (then the old
 * version) while two people type.
 */
test('co-editing: the public page shows nothing until Publish, and the old version until Publish update', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await page.goto('/admin');
  const seeded = await mutate<{ stories: { id: string }[] }>(page.request, 'demo.seed', { confirm: true });
  const sample = await query<{ leadMediaId: string; sectionId: string }>(page.request, 'articles.get', {
    id: seeded.stories[0].id,
  });
  const headline = `যৌথ খবর ${Date.now()}`;
  const created = await mutate<{ id: string; version: number }>(page.request, 'articles.create', {
    headline,
    summary: 'দুজনে মিলে লেখা খবর।',
    byline: 'নিজস্ব প্রতিবেদক',
    sectionId: sample.sectionId,
    leadMediaId: sample.leadMediaId,
    // Starts with a bracket, not a letter (see caretInFirstParagraph in helpers.ts).
    body: { type: 'doc', content: [paragraph('(প্রথম অনুচ্ছেদ।)')] },
  });
  const submitted = await mutate<{ version: number }>(page.request, 'workflow.submit', {
    id: created.id,
    version: created.version,
  });
  await mutate(page.request, 'workflow.approve', { id: created.id, version: submitted.version });
  // A manager co-edits: their edits of an approved story keep it approved (they may review).
  const manager = await invitedStaffPage(browser, page, 'manager', 'বার্তা সম্পাদক নাসরিন');
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await reader.newPage();
  const publicApi = () => readerPage.request.get(`/api/public/articles/${created.id}`);

  await openShared(page, created.id);
  await openShared(manager, created.id);
  await caretInFirstParagraph(page, 'End');
  await page.keyboard.type(' প্রশাসকের বাক্য।');
  await caretInFirstParagraph(manager, 'Home');
  await manager.keyboard.type('সম্পাদকের বাক্য। ');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at/, { timeout: 20_000 });
  await expect
    .poll(async () => (await savedStory(page.request, created.id)).text, { timeout: 20_000 })
    .toContain('সম্পাদকের বাক্য।');
  // Saved, not published: readers get nothing.
  expect((await publicApi()).status()).toBe(404);

  await page.getByRole('tab', { name: 'Workflow' }).click();
  await page.getByRole('button', { name: 'Publish now' }).click();
  await page.getByRole('form', { name: 'Publish now' }).getByRole('button', { name: 'Publish now' }).click();
  const banner = page.getByRole('region', { name: 'Live story' });
  await expect(banner).toContainText('Live since');
  const story = await query<{ slug: string }>(page.request, 'articles.get', { id: created.id });
  await readerPage.goto(`/article/${created.id}/${story.slug}`);
  await expect(readerPage.getByText('প্রশাসকের বাক্য।', { exact: false })).toBeVisible();
  await expect(readerPage.getByText('সম্পাদকের বাক্য।', { exact: false })).toBeVisible();

  // A co-edit of the live story waits as an update: readers keep the published text.
  await caretInFirstParagraph(manager, 'End');
  await manager.keyboard.type(' হালনাগাদ বাক্য।');
  await expect(banner).toContainText('Update not yet on the site', { timeout: 20_000 });
  await readerPage.reload();
  await expect(readerPage.getByText('প্রশাসকের বাক্য।', { exact: false })).toBeVisible();
  await expect(readerPage.getByText('হালনাগাদ বাক্য।', { exact: false })).toHaveCount(0);
  expect(await (await publicApi()).text()).not.toContain('হালনাগাদ বাক্য।');

  await banner.getByRole('button', { name: 'Publish update' }).click();
  await banner
    .getByRole('form', { name: 'Publish update' })
    .getByRole('button', { name: 'Publish update' })
    .click();
  await expect(banner).not.toContainText('Update not yet on the site');
  await readerPage.reload();
  await expect(readerPage.getByText('হালনাগাদ বাক্য।', { exact: false })).toBeVisible();

  // Publish update straight after typing: what goes out holds the sentence just typed,
  // not the last snapshot (the button waits until the story holds the text on screen).
  await caretInFirstParagraph(page, 'End');
  await page.keyboard.type(' প্রথম সংশোধন।');
  await expect(banner).toContainText('Update not yet on the site', { timeout: 20_000 });
  await page.keyboard.type(' শেষ মুহূর্তের বাক্য।');
  await banner.getByRole('button', { name: 'Publish update' }).click();
  await banner
    .getByRole('form', { name: 'Publish update' })
    .getByRole('button', { name: 'Publish update' })
    .click();
  await expect(banner).not.toContainText('Update not yet on the site', { timeout: 20_000 });
  await readerPage.reload();
  await expect(readerPage.getByText('শেষ মুহূর্তের বাক্য।', { exact: false })).toBeVisible();
  await reader.close();
  await manager.context().close();
});
