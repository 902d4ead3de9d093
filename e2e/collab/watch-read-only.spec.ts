import { expect, test } from '@playwright/test';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { caretInFirstParagraph, createSharedStory, openShared, storyBody } from './helpers';

test.use({ storageState: STORAGE.admin });

/** Desk staff may not edit stories: they watch a co-edited story live, read-only, and say so. */
test('a desk user without edit rights watches the text change live, read-only, and is listed as watching', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const id = await createSharedStory(page, 'ডেস্ক দেখছে');
  const desk = await invitedStaffPage(browser, page, 'desk', 'ডেস্কের জামিল');
  await openShared(page, id);
  await desk.goto(`/admin/stories/${id}`);
  await expect(desk.getByTestId('presence')).toContainText('You are watching this story live, read-only');
  await expect(storyBody(desk)).toHaveAttribute('contenteditable', 'false');
  await expect(desk.getByLabel('Headline')).toBeDisabled();
  await expect(page.getByTestId('presence')).toContainText('ডেস্কের জামিল');
  await expect(page.getByTestId('presence')).toContainText('(watching, read-only)');
  await expect(desk.getByTestId('lock-banner')).toHaveCount(0);

  await caretInFirstParagraph(page, 'End');
  await page.keyboard.type(' ডেস্ক এই বাক্য সরাসরি দেখছে।');
  await page.getByLabel('Headline').fill('ডেস্ক দেখছে, নতুন শিরোনাম');
  await expect(storyBody(desk)).toContainText('ডেস্ক এই বাক্য সরাসরি দেখছে।');
  await expect(desk.getByLabel('Headline')).toHaveValue('ডেস্ক দেখছে, নতুন শিরোনাম');
  await desk.context().close();
});
