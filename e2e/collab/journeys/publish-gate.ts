import { expect, type Page } from '@playwright/test';
import { invitedStaffPage } from '../../fixtures/staff';
import { mutate, query } from '../../fixtures/trpc';
import { type CoEditingPlacement, caretInFirstParagraph, openShared, savedStory } from '../helpers';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * Co-edited text reaches readers only through Publish, and a co-edited change of a live
 * story only through Publish update: the public page and API show nothing (then the old
 * version) while two people type, on every instance readers may reach.
 */
export async function publishGateJourney(
  { page, browser, secondBaseURL }: CoEditingPlacement,
  /** Also Publish update straight after typing (one person, one server: asked once). */
  { publishRightAfterTyping = false } = {},
) {
  await page.goto('/admin');
  const sites = [...new Set([new URL(page.url()).origin, secondBaseURL ?? new URL(page.url()).origin])];
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
  const manager = await invitedStaffPage(browser, page, 'manager', 'বার্তা সম্পাদক নাসরিন', 'en', secondBaseURL);
  const draft = await query<{ slug: string }>(page.request, 'articles.get', { id: created.id });
  let articlePath = `/article/${created.id}/${draft.slug}`;
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  // A tab per site, reloaded to read again (a fresh visit of the same address would take the
  // browser's cached copy, kept for a minute).
  const readers = await Promise.all(sites.map(async (site) => ({ site, tab: await reader.newPage() })));
  const readArticle = ({ site, tab }: (typeof readers)[number]) => {
    const address = `${site}${articlePath}`;
    return tab.url() === address ? tab.reload() : tab.goto(address);
  };
  const publicApi = (site: string) => readers[0].tab.request.get(`${site}/api/public/articles/${created.id}`);
  /**
   * Every site shows `sentences`, soon: another instance hears of a publication from the
   * database, a moment after the one that published.
   */
  const everySiteShows = async (sentences: string[]) => {
    for (const reading of readers) {
      await expect(async () => {
        await readArticle(reading);
        for (const s of sentences) {
          await expect(reading.tab.getByText(s, { exact: false })).toBeVisible({ timeout: 3_000 });
        }
      }).toPass({ timeout: 20_000 });
    }
  };

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
  for (const reading of readers) {
    expect((await publicApi(reading.site)).status()).toBe(404);
    expect((await readArticle(reading))?.status()).toBe(404);
  }

  await page.getByRole('tab', { name: 'Workflow' }).click();
  await page.getByRole('button', { name: 'Publish now' }).click();
  await page.getByRole('form', { name: 'Publish now' }).getByRole('button', { name: 'Publish now' }).click();
  const banner = page.getByRole('region', { name: 'Live story' });
  await expect(banner).toContainText('Live since');
  // Publishing fixes the slug (the same here: the headline did not change).
  const story = await query<{ slug: string }>(page.request, 'articles.get', { id: created.id });
  articlePath = `/article/${created.id}/${story.slug}`;
  await everySiteShows(['প্রশাসকের বাক্য।', 'সম্পাদকের বাক্য।']);

  // A co-edit of the live story waits as an update: readers keep the published text.
  await caretInFirstParagraph(manager, 'End');
  await manager.keyboard.type(' হালনাগাদ বাক্য।');
  await expect(banner).toContainText('Update not yet on the site', { timeout: 20_000 });
  for (const reading of readers) {
    await readArticle(reading);
    await expect(reading.tab.getByText('প্রশাসকের বাক্য।', { exact: false })).toBeVisible();
    await expect(reading.tab.getByText('হালনাগাদ বাক্য।', { exact: false })).toHaveCount(0);
    expect(await (await publicApi(reading.site)).text()).not.toContain('হালনাগাদ বাক্য।');
  }

  await banner.getByRole('button', { name: 'Publish update' }).click();
  await banner
    .getByRole('form', { name: 'Publish update' })
    .getByRole('button', { name: 'Publish update' })
    .click();
  await expect(banner).not.toContainText('Update not yet on the site');
  await everySiteShows(['হালনাগাদ বাক্য।']);

  if (publishRightAfterTyping) await publishUpdateRightAfterTyping(page, everySiteShows);
  await reader.close();
  await manager.context().close();
}

/**
 * Publish update straight after typing: what goes out holds the sentence just typed, not
 * the last snapshot (the button waits until the story holds the text on screen).
 */
async function publishUpdateRightAfterTyping(
  page: Page,
  everySiteShows: (sentences: string[]) => Promise<void>,
) {
  const banner = page.getByRole('region', { name: 'Live story' });
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
  await everySiteShows(['শেষ মুহূর্তের বাক্য।']);
}
