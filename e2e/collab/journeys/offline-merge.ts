import { expect } from '@playwright/test';
import { invitedStaffPage } from '../../fixtures/staff';
import {
  bodyText,
  type CoEditingPlacement,
  caretInFirstParagraph,
  controllableCollab,
  createSharedStory,
  openShared,
  savedStory,
  storyBody,
} from '../helpers';

/**
 * The second co-editor loses the network, keeps typing, reloads the page while the
 * co-editing server is still out of reach (the text comes back from this tab's own copy
 * in IndexedDB), and when the connection is back, the text merges with what the first
 * person wrote meanwhile.
 */
export async function offlineMergeJourney({ page, browser, secondBaseURL }: CoEditingPlacement) {
  const id = await createSharedStory(page, 'অফলাইনে দুজনে');
  const away = await invitedStaffPage(browser, page, 'editor', 'পথের প্রতিবেদক মিতু', 'en', secondBaseURL);
  const network = await controllableCollab(away.context());
  await openShared(page, id);
  await openShared(away, id);

  await network.goOffline();
  await caretInFirstParagraph(away, 'End');
  await away.keyboard.type(' অফলাইনে লেখা বাক্য।');
  await expect(away.getByTestId('save-status')).toHaveText(/^Offline: saved on this device/);
  // Meanwhile the other person writes at the start.
  await caretInFirstParagraph(page, 'Home');
  await page.keyboard.type('অনলাইনে লেখা বাক্য। ');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at/, { timeout: 20_000 });

  // Reload with the page reachable but co-editing still cut: this tab's copy is shown.
  await network.httpBack();
  await away.reload();
  await expect(storyBody(away)).toContainText('অফলাইনে লেখা বাক্য।');
  await expect(away.getByTestId('save-status')).toHaveText(/^Offline: saved on this device/);
  expect(await bodyText(page)).not.toContain('অফলাইনে লেখা বাক্য।');

  // Back: both sentences on both screens and on the server.
  await network.collabBack();
  const expected = 'অনলাইনে লেখা বাক্য। (শুরুর লেখা।) অফলাইনে লেখা বাক্য।';
  await expect.poll(() => bodyText(away), { timeout: 30_000 }).toBe(expected);
  await expect.poll(() => bodyText(page), { timeout: 20_000 }).toBe(expected);
  await expect
    .poll(async () => (await savedStory(page.request, id)).text, { timeout: 20_000 })
    .toContain('অফলাইনে লেখা বাক্য।');
  expect((await savedStory(page.request, id)).text).toContain('অনলাইনে লেখা বাক্য।');
  await away.context().close();
}
