import { expect, test } from '@playwright/test';
import { expectAccessible, latinWords } from '../fixtures/bengali';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { mutate } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

/**
 * The editor's side panels in the Bengali interface: the related list with its
 * suggestions, the comments and the history read in Bengali, the history in words.
 */
test('related, comments and history panels speak Bengali', async ({ page: admin, browser }) => {
  test.setTimeout(120_000);
  await admin.goto('/admin');
  const seeded = await mutate<{ stories: { key: string; id: string }[] }>(admin.request, 'demo.seed', {
    confirm: true,
  });
  const japan = seeded.stories.find((s) => s.key === 'japan')!;
  const page = await invitedStaffPage(browser, admin, 'editor', 'প্যানেল লেখক', 'bn');
  const story = await mutate<{ id: string; version: number }>(page.request, 'articles.create', {
    headline: `জাপানের বাণিজ্য চুক্তি নিয়ে প্রতিক্রিয়া ${Date.now()}`,
    byline: 'নিজস্ব প্রতিবেদক',
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'প্রথম অনুচ্ছেদ।' }] }],
    },
  });
  await mutate(page.request, 'related.add', { id: story.id, targetId: japan.id });
  await mutate(page.request, 'workflow.comments.add', {
    articleId: story.id,
    body: 'সূত্র দেখুন।',
    mentions: [],
  });
  await mutate(page.request, 'workflow.submit', { id: story.id, version: story.version });

  await page.goto(`/admin/stories/${story.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'bn');

  await page.getByRole('tab', { name: 'সম্পর্কিত' }).click();
  const related = page.getByRole('region', { name: 'সম্পর্কিত খবর' });
  await expect(related.getByTestId('related-item')).toContainText('প্রকাশিত');
  await expect(related.getByTestId('related-item')).toContainText(/প্রকাশ [০-৯]{2} \S+ [০-৯]{4}/);
  expect(await latinWords(related)).toEqual([]);
  await expectAccessible(page, 'related panel (bn)');

  await page.getByRole('tab', { name: 'মন্তব্য' }).click();
  const comments = page.getByRole('tabpanel', { name: 'মন্তব্য' });
  await expect(comments.getByText('সূত্র দেখুন।')).toBeVisible();
  await expect(comments.getByRole('button', { name: 'মীমাংসা করুন' })).toBeVisible();
  expect(await latinWords(comments)).toEqual([]);
  await expectAccessible(page, 'comments panel (bn)');

  await page.getByRole('tab', { name: 'ইতিহাস' }).click();
  const history = page.getByRole('tabpanel', { name: 'ইতিহাস' });
  await expect(history).toContainText('প্যানেল লেখক পর্যালোচনায় পাঠিয়েছেন');
  expect(await latinWords(history)).toEqual([]);
  await expectAccessible(page, 'history panel (bn)');
  await page.context().close();
});
