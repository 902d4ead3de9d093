import { expect, type Page, test } from '@playwright/test';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';
import { controllableCollab, createSharedStory, openShared, savedStory, storyBody } from './helpers';

test.use({ storageState: STORAGE.admin });

/** Whether this browser still holds a copy (IndexedDB) or closing state (localStorage) of the story. */
function copiesOnDevice(page: Page, id: string) {
  return page.evaluate(async (articleId) => {
    const databases = (await indexedDB.databases()).filter((d) =>
      d.name?.startsWith(`barta-collab:${articleId}:`),
    );
    const closing = Object.keys(localStorage).filter((key) =>
      key.startsWith(`barta-collab-closing:${articleId}:`),
    );
    return { databases: databases.length, closing: closing.length };
  }, id);
}

/** A tab of `page`'s browser opens the story, types with the co-editing socket cut, and is closed. */
async function typeOfflineAndClose(page: Page, id: string, sentence: string) {
  const network = await controllableCollab(page.context());
  await openShared(page, id);
  await network.cutCollab();
  await storyBody(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(sentence);
  await expect(page.getByTestId('save-status')).toHaveText(/^Offline: saved on this device/);
  await page.close();
  await network.collabBack();
}

/**
 * Never lose a sentence: what a tab typed with no connection and then closed reaches the
 * server from the dashboard alone (nobody opens that story again), and the copy goes.
 */
test('a closed tab’s offline typing reaches the server from the story list alone, and its copy is removed', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ storageState: STORAGE.admin });
  const tab = await context.newPage();
  const id = await createSharedStory(tab, 'শুধু তালিকা খোলা');
  const sentence = ' তালিকা থেকেই পৌঁছানো বাক্য।';
  await typeOfflineAndClose(tab, id, sentence);
  expect((await savedStory(context.request, id)).text).not.toContain(sentence.trim());

  const next = await context.newPage();
  await next.goto('/admin/stories');
  await expect(next.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(async () => (await savedStory(next.request, id)).text, { timeout: 30_000 })
    .toContain(sentence.trim());
  await expect
    .poll(() => copiesOnDevice(next, id), { timeout: 10_000 })
    .toEqual({ databases: 0, closing: 0 });
  // Delivered in the background: nothing to tell, and the person stayed where they were.
  await expect(next.getByTestId('closed-tab-copies')).toHaveCount(0);
  expect(new URL(next.url()).pathname).toBe('/admin/stories');
  await context.close();
});

/**
 * Text the server will not take (the person may only read the story now) stays on the
 * device, and the dashboard says so with a way to open the story, where it shows.
 */
test('a closed tab’s typing the server will not take is kept, and the dashboard offers to open the story', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const id = await createSharedStory(page, 'পরে শুধু পড়া');
  const editor = await invitedStaffPage(browser, page, 'editor', 'প্রতিবেদক রুমানা');
  const them = await query<{ user: { id: string } }>(editor.request, 'auth.session');
  const sentence = ' ভূমিকা বদলের আগে লেখা বাক্য।';
  const context = editor.context();
  await typeOfflineAndClose(editor, id, sentence);
  await mutate(page.request, 'users.changeRole', { userId: them.user.id, role: 'desk' });

  const next = await context.newPage();
  await next.goto('/admin/stories');
  const notice = next.getByTestId('closed-tab-copies');
  await expect(notice).toContainText(
    'Text typed in a closed tab on this device is waiting to be saved: “পরে শুধু পড়া”.',
    {
      timeout: 30_000,
    },
  );
  await expect(notice).toContainText('You may only read this story now; open it to copy the text.');
  expect(await copiesOnDevice(next, id)).toMatchObject({ databases: 1 });
  expect((await savedStory(page.request, id)).text).not.toContain(sentence.trim());

  await notice.getByRole('link', { name: 'Open the story' }).click();
  await expect(next).toHaveURL(new RegExp(`/admin/stories/${id}$`));
  await expect(storyBody(next)).toContainText(sentence.trim());
  await expect(storyBody(next)).toHaveAttribute('contenteditable', 'false');
  await expect(notice).toHaveCount(0);
  await context.close();
});
