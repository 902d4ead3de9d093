import { expect, type Page, test } from '@playwright/test';
import { STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

/** tRPC with the page's cookies: mutations by default. */
function trpc<T>(page: Page, path: string, input: unknown, kind: 'query' | 'mutation' = 'mutation') {
  return kind === 'mutation' ? mutate<T>(page.request, path, input) : query<T>(page.request, path, input);
}

interface Seeded {
  stories: { key: string; id: string; path: string }[];
}
interface Card {
  id: string;
  headline: string;
  status: string;
}

const JAPAN = 'জাপানের সঙ্গে ‘বিশাল’ বাণিজ্য চুক্তির ঘোষণা ট্রাম্পের';
const BURN = 'জাতীয় বার্ন ইনস্টিটিউটে ৮ জনের অবস্থা আশঙ্কাজনক, গুরুতর ১৩';
const HSC = 'স্থগিত এইচএসসির পরীক্ষা হবে ১৭ ও ১৯ আগস্ট';

/**
 * An editor links a new story to published ones: a read-more block found by
 * typing part of a Bengali headline, and a related list built by search and put
 * in order with the keyboard. The staff preview shows both as readers will.
 */
test('read-more block and related list, from the editor to the preview', async ({ page }) => {
  // Published stories to link to, made through the newsroom's own verbs.
  await page.goto('/admin');
  await trpc<Seeded>(page, 'demo.seed', { confirm: true });
  const story = await trpc<{ id: string }>(page, 'articles.create', {
    headline: 'সম্পর্কিত খবরের পরীক্ষা',
    byline: 'কাগজ ডেস্ক',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'প্রথম অনুচ্ছেদ।' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'দ্বিতীয় অনুচ্ছেদ।' }] },
      ],
    },
  });

  await page.goto(`/admin/stories/${story.id}`);
  const body = page.getByRole('textbox', { name: 'Story text' });
  await expect(body).toContainText('প্রথম অনুচ্ছেদ।');
  await body.getByText('প্রথম অনুচ্ছেদ।').click();
  await page.keyboard.press('End');

  // Read more: search by the start of a Bengali headline word (জাপা… finds জাপানের).
  await page.getByRole('button', { name: 'আরো পড়ুন' }).click();
  const dialog = page.getByRole('dialog', { name: /Insert “আরো পড়ুন”/ });
  await dialog.getByRole('searchbox', { name: 'Search stories by headline' }).fill('জাপা');
  await dialog.getByRole('button', { name: `Insert: ${JAPAN}` }).click();
  await expect(dialog).toBeHidden();
  const block = page.getByTestId('read-more-block');
  await expect(block).toContainText('আরো পড়ুন :');
  await expect(block).toContainText(JAPAN);
  await expect(block).toContainText('Published');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(async () => {
      const saved = await trpc<{ body: { content: { type: string; attrs?: { articleId?: string } }[] } }>(
        page,
        'articles.get',
        { id: story.id },
        'query',
      );
      return saved.body.content.map((n) => n.type);
    })
    .toEqual(['paragraph', 'readMore', 'paragraph']);

  // Related list: add two stories by searching, then move the second above the first with the keyboard.
  await page.getByRole('tab', { name: 'Related' }).click();
  const panel = page.getByRole('region', { name: /Related stories/ });
  await panel.getByRole('button', { name: 'Add related story' }).click();
  const search = panel.getByRole('searchbox', { name: 'Search stories by headline' });
  await search.fill('বার্ন');
  await panel.getByRole('button', { name: `Add: ${BURN}` }).click();
  await search.fill('এইচএসসি');
  await panel.getByRole('button', { name: `Add: ${HSC}` }).click();
  await panel.getByRole('button', { name: 'Done adding' }).click();
  const items = panel.getByTestId('related-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(BURN);
  await expect(items.nth(1)).toContainText(HSC);

  const handle = panel.getByRole('button', { name: `Move “${HSC}”, position 2 of 2` });
  await handle.focus();
  // Each step waits for what a screen reader would hear.
  const announcement = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(announcement).toContainText(`Picked up “${HSC}”, position 2 of 2.`);
  await page.keyboard.press('ArrowUp');
  await expect(announcement).toContainText(`“${HSC}” is over position 1 of 2.`);
  await page.keyboard.press('Space');
  await expect(announcement).toContainText(`“${HSC}” dropped at position 1 of 2.`);
  await expect(items.nth(0)).toContainText(HSC);
  await expect(items.nth(1)).toContainText(BURN);
  await expect
    .poll(async () =>
      (await trpc<Card[]>(page, 'related.list', { id: story.id }, 'query')).map((c) => c.headline),
    )
    .toEqual([HSC, BURN]);

  // The preview draws the page as readers will get it: the read-more line and the list, in order.
  await page.goto(`/preview/${story.id}`);
  const readMore = page.locator('p.read-more');
  await expect(readMore).toContainText('আরো পড়ুন :');
  await expect(readMore.getByRole('link', { name: JAPAN })).toBeVisible();
  const related = page.locator('aside.related li');
  await expect(related).toHaveCount(2);
  await expect(related.nth(0)).toContainText(HSC);
  await expect(related.nth(1)).toContainText(BURN);
});

test('the desk sees a published story that links to an unpublished one in Broken links', async ({ page }) => {
  await page.goto('/admin');
  const seeded = await trpc<Seeded>(page, 'demo.seed', { confirm: true });
  const seedStory = seeded.stories[seeded.stories.length - 1];
  const japan = seeded.stories.find((s) => s.key !== seedStory.key && s.path.includes('japaner'))!;
  const impact = await trpc<{ published: Card[]; message: string | null }>(
    page,
    'related.impact',
    { id: japan.id },
    'query',
  );
  expect(impact.published.map((s) => s.id)).toContain(seedStory.id);
  expect(impact.message).toContain('published story');

  const current = await trpc<{ version: number }>(page, 'articles.get', { id: japan.id }, 'query');
  await trpc(page, 'workflow.unpublish', { id: japan.id, version: current.version, reason: 'পরীক্ষা' });

  await page.goto('/admin');
  await page.getByRole('link', { name: 'Broken links' }).click();
  await expect(page.getByRole('heading', { name: 'Broken links' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: JAPAN });
  await expect(row).toContainText('read more');
  await expect(row).toContainText('Unpublished');

  // Readers get no dead link: the public page simply leaves the read-more line out.
  const publicPage = await page.request.get(seedStory.path);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).not.toContain(`/article/${japan.id}`);
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Two stories with the same headline: each one's pickers offer the other, never the
 * story itself, and say its section, status and date so the two can be told apart.
 * A suggestion's Add button sits beside its headline, not over it, at 1400 and 390 px.
 */
test('pickers leave out the story itself and tell look-alikes apart; Add never covers a headline', async ({
  page,
}) => {
  await page.goto('/admin');
  const seeded = await trpc<Seeded>(page, 'demo.seed', { confirm: true });
  const japan = seeded.stories.find((s) => s.key === 'japan')!;
  const { sectionId } = await trpc<{ sectionId: string }>(page, 'articles.get', { id: japan.id }, 'query');
  const sections = await trpc<{ id: string; nameBn: string; nameEn: string }[]>(
    page,
    'sections.list',
    {},
    'query',
  );
  const section = sections.find((s) => s.id === sectionId)!;
  // The English interface names the section in English (the public site keeps Bengali).
  const sectionName = section.nameEn;
  const stamp = Date.now();
  const twin = `যমজশিরোনাম${stamp} জাপানের বাণিজ্য চুক্তির ঘোষণা`;
  const make = () =>
    trpc<{ id: string }>(page, 'articles.create', {
      headline: twin,
      byline: 'কাগজ ডেস্ক',
      sectionId,
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'বাণিজ্য চুক্তি।' }] }],
      },
    });
  const self = await make();
  const other = await make();

  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/admin/stories/${self.id}`);
  await expect(page.getByRole('textbox', { name: 'Story text' })).toContainText('বাণিজ্য চুক্তি।');

  // The read-more picker: one candidate, the other story, with its section, status and date.
  await page.getByRole('button', { name: 'আরো পড়ুন' }).click();
  const dialog = page.getByRole('dialog', { name: /Insert “আরো পড়ুন”/ });
  await dialog.getByRole('searchbox', { name: 'Search stories by headline' }).fill(`যমজশিরোনাম${stamp}`);
  const found = dialog.getByRole('list', { name: 'Matching stories' }).locator('.story-card');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(sectionName);
  await expect(found).not.toContainText(section.nameBn);
  await expect(found).toContainText('Draft');
  await expect(found).toContainText(/edited \d\d \w+ \d{4}, \d\d:\d\d [AP]M/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The related picker: the same, and the one it offers is the other story.
  await page.getByRole('tab', { name: 'Related' }).click();
  const panel = page.getByRole('region', { name: /Related stories/ });
  await panel.getByRole('button', { name: 'Add related story' }).click();
  await panel.getByRole('searchbox', { name: 'Search stories by headline' }).fill(`যমজশিরোনাম${stamp}`);
  const offered = panel.getByRole('list', { name: 'Matching stories' }).locator('.story-card');
  await expect(offered).toHaveCount(1);
  await expect(offered).toContainText(sectionName);
  await offered.getByRole('button', { name: `Add: ${twin}` }).click();
  await expect
    .poll(async () => (await trpc<Card[]>(page, 'related.list', { id: self.id }, 'query')).map((c) => c.id))
    .toEqual([other.id]);
  await panel.getByRole('button', { name: 'Done adding' }).click();

  // A suggestion (the published story sharing the section and words): Add beside the headline.
  const suggestion = panel
    .getByRole('list', { name: 'Suggested related stories' })
    .locator('.story-card')
    .filter({ hasText: JAPAN });
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await suggestion.scrollIntoViewIfNeeded();
    const add = suggestion.getByRole('button', { name: `Add suggestion: ${JAPAN}` });
    await expect(add).toBeVisible();
    const button = (await add.boundingBox())!;
    const card = (await suggestion.boundingBox())!;
    for (const part of ['.headline', '.meta', '.why']) {
      const box = (await suggestion.locator(part).first().boundingBox())!;
      expect(overlaps(button, box), `${part} at ${width} px`).toBe(false);
    }
    expect(button.x + button.width, `inside the card at ${width} px`).toBeLessThanOrEqual(
      card.x + card.width + 1,
    );
  }
});
