import { expect, type Page, test } from '@playwright/test';
import { createStory, mutate } from '../editor/api';
import { STORAGE } from '../fixtures/staff';

test.use({ storageState: STORAGE.admin });

// A made-up Bengali word unique to this run, so the search finds only this spec's stories.
function uniqueWord(): string {
  const consonants = [...'কখগঘচজটডতদনপবমরলসহ'];
  const signs = ['া', 'ি', 'ী', 'ু', 'ে', 'ো'];
  let word = '';
  for (let i = 0; i < 4; i++) {
    word +=
      consonants[Math.floor(Math.random() * consonants.length)] +
      signs[Math.floor(Math.random() * signs.length)];
  }
  return word;
}

async function openList(page: Page, word: string) {
  await page.goto('/admin/stories?sort=headline&dir=asc');
  const search = page.getByRole('searchbox', { name: 'Search stories' });
  await expect(search).toBeVisible();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await search.fill(word);
  await expect(page).toHaveURL(/[?&]q=/);
}

const rows = (page: Page) => page.locator('.story-table tbody tr[data-row]');

test('filter, sort, search in Bengali and open a story', async ({ page }) => {
  const word = uniqueWord();
  const a = await createStory(page, `ক ${word} ইলন মাস্ক`);
  await createStory(page, `খ ${word} গ্রোক`);
  const c = await createStory(page, `গ অন্য খবর ${word}`);
  await mutate(page.request, 'workflow.submit', { id: c, version: 1 });

  await openList(page, word);
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByText('3 stories')).toBeVisible();

  // Sorted by headline A→Z from the address; the header flips it.
  await expect(rows(page).first()).toContainText(`ক ${word}`);
  await page.getByRole('button', { name: /^Headline/ }).click();
  await expect(rows(page).first()).toContainText(`গ অন্য খবর`);
  await expect(page).toHaveURL(/dir=desc/);

  // Filter by status.
  await page.getByLabel('Filter by status').selectOption('in_review');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('In review');
  await page.getByLabel('Filter by status').selectOption('');
  await expect(rows(page)).toHaveCount(3);

  // A prefix of a Bengali word finds it while typing; the link is shareable.
  const search = page.getByRole('searchbox', { name: 'Search stories' });
  await search.fill(`${word} ইল`);
  await expect(rows(page)).toHaveCount(1);
  const shared = page.url();
  await page.goto(shared);
  await expect(rows(page)).toHaveCount(1);

  // Keyboard: arrow to the row, Enter opens the story.
  await rows(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${a}$`));
});

test('a change made in another browser shows up live, keeping the selection', async ({ page, browser }) => {
  const word = uniqueWord();
  const id = await createStory(page, `লাইভ ${word}`);
  await createStory(page, `লাইভ দুই ${word}`);
  await openList(page, word);
  await expect(rows(page)).toHaveCount(2);
  const row = rows(page)
    .filter({ hasText: `লাইভ ${word}` })
    .first();
  await row.getByRole('checkbox').check();
  await expect(page.getByText('1 selected')).toBeVisible();
  await expect(row).toContainText('Draft');

  const other = await browser.newContext({
    storageState: STORAGE.admin,
    baseURL: test.info().project.use.baseURL,
  });
  const otherPage = await other.newPage();
  await mutate(otherPage.request, 'workflow.submit', { id, version: 1 });
  await other.close();

  await expect(row).toContainText('In review', { timeout: 5_000 });
  await expect(row.getByRole('checkbox')).toBeChecked();
  await expect(page.getByText('1 selected')).toBeVisible();
});

test('a 10,000-character Bengali search answers, and one character more says the limit', async ({ page }) => {
  const word = uniqueWord();
  await createStory(page, `দীর্ঘ ${word}`);
  // 10,000 characters: about 90 kB once percent-encoded, far past any URL limit, so it goes by POST.
  const long = `${word} ${'ক'.repeat(10_000 - word.length - 1)}`;
  await openList(page, long);
  await expect(page.getByText('No stories match these filters.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search stories' }).fill(`${long}ক`);
  await expect(page.getByRole('alert')).toContainText(
    'Search is too long: 10001 characters, the limit is 10000.',
  );
});
