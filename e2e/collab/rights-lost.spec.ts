import { expect, test } from '@playwright/test';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';
import { caretInFirstParagraph, createSharedStory, openShared, storyBody } from './helpers';

test.use({ storageState: STORAGE.admin });

/**
 * A co-editor whose role changes is disconnected at once: the editor says why (the
 * server's reason, in the catalog's words), turns read-only, stops reconnecting, keeps
 * their text on screen and on the device, and the dashboard follows the new role.
 */
test('a co-editor who loses the right to edit is told why, and their text stays on screen', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const id = await createSharedStory(page, 'অধিকার বদল');
  const editor = await invitedStaffPage(browser, page, 'editor', 'প্রতিবেদক সুমন');
  const them = await query<{ user: { id: string } }>(editor.request, 'auth.session');
  await openShared(editor, id);
  await expect(editor.getByRole('link', { name: 'New story' })).toBeVisible();
  await caretInFirstParagraph(editor, 'End');
  await editor.keyboard.type(' অধিকার বদলের আগের বাক্য।');
  await expect(editor.getByTestId('save-status')).toHaveText(/^Saved at/, { timeout: 20_000 });

  const sockets: string[] = [];
  editor.on('websocket', (ws) => sockets.push(ws.url()));
  await mutate(page.request, 'users.changeRole', { userId: them.user.id, role: 'desk' });
  const refusal = editor.getByTestId('collab-refusal');
  await expect(refusal).toContainText('Co-editing stopped.');
  await expect(refusal).toContainText('Your rights changed: open the story again.');
  await expect(refusal).toContainText(
    'You may now only read this story: what you typed is kept on this device, and nothing more is sent.',
  );
  await expect(storyBody(editor)).toContainText('অধিকার বদলের আগের বাক্য।');
  await expect(storyBody(editor)).toHaveAttribute('contenteditable', 'false');
  // Nothing is sent on the single-editor path either: no save the new role would refuse.
  await expect(editor.getByText(/does not allow this action/)).toHaveCount(0);
  // The rest of the dashboard follows the new role without a reload.
  await expect(editor.getByRole('link', { name: 'New story' })).toHaveCount(0);
  await expect(editor.getByRole('link', { name: 'Calendar' })).toBeVisible();
  await expect(editor.getByRole('link', { name: /· Desk$/ })).toBeVisible();
  // Nothing is resent: no new co-editing connection while the retry delay passes several times.
  await editor.waitForTimeout(3_000);
  expect(sockets.filter((url) => url.endsWith('/collab'))).toEqual([]);
  // Leaving the story keeps this tab's copy of the shared text on the device.
  await editor.getByRole('link', { name: 'Stories', exact: true }).click();
  await expect(storyBody(editor)).toHaveCount(0);
  const copies = await editor.evaluate(
    async (articleId) =>
      (await indexedDB.databases()).filter((d) => d.name?.startsWith(`barta-collab:${articleId}:`)).length,
    id,
  );
  expect(copies).toBe(1);
  await editor.context().close();
});

/** A deactivated co-editor lands on the sign-in screen, which says why. */
test('a co-editor who is deactivated is signed out and told why', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const id = await createSharedStory(page, 'নিষ্ক্রিয় সহকর্মী');
  const editor = await invitedStaffPage(browser, page, 'editor', 'প্রতিবেদক তানিয়া');
  const them = await query<{ user: { id: string } }>(editor.request, 'auth.session');
  await openShared(editor, id);
  await caretInFirstParagraph(editor, 'End');
  await editor.keyboard.type(' নিষ্ক্রিয় হওয়ার আগের বাক্য।');
  await expect(editor.getByTestId('save-status')).toHaveText(/^Saved at/, { timeout: 20_000 });

  await mutate(page.request, 'users.setActive', { userId: them.user.id, active: false });
  await expect(editor.getByTestId('signed-out-why')).toContainText(
    'You were signed out: your account was deactivated or your session ended.',
  );
  await expect(editor.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await editor.context().close();
});
