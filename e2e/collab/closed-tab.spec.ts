import { expect, test } from '@playwright/test';
import { STORAGE } from '../fixtures/staff';
import { controllableCollab, createSharedStory, openShared, savedStory, storyBody } from './helpers';

test.use({ storageState: STORAGE.admin });

/**
 * Never lose a sentence, while co-editing: a tab that typed with no connection and was
 * closed leaves its copy in IndexedDB; the next tab that opens the story merges that
 * copy (the closed tab is known dead by its Web Lock) and sends it to the server.
 */
test('co-editing: a tab closed while offline leaves its typing on the device, and the next tab brings it to the server', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ storageState: STORAGE.admin });
  const network = await controllableCollab(context);
  const tab = await context.newPage();
  const id = await createSharedStory(tab, 'বন্ধ ট্যাবের লেখা');
  await openShared(tab, id);

  await network.cutCollab();
  await storyBody(tab).click();
  await tab.keyboard.press('Control+End');
  await tab.keyboard.type(' ট্যাব বন্ধের আগের বাক্য।');
  await expect(tab.getByTestId('save-status')).toHaveText(/^Offline: saved on this device/);
  await tab.close();
  expect((await savedStory(context.request, id)).text).not.toContain('ট্যাব বন্ধের আগের বাক্য।');

  await network.collabBack();
  const next = await context.newPage();
  await openShared(next, id);
  await expect(storyBody(next)).toContainText('ট্যাব বন্ধের আগের বাক্য।');
  await expect
    .poll(async () => (await savedStory(next.request, id)).text, { timeout: 20_000 })
    .toContain('ট্যাব বন্ধের আগের বাক্য।');
  await context.close();
});
