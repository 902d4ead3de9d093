import { expect, test } from '@playwright/test';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';
import { caretInFirstParagraph, createSharedStory, openShared, storyBody } from './helpers';

test.use({ storageState: STORAGE.admin });

/**
 * A co-editor whose role changes is disconnected at once: the editor says why (the
 * server's reason, in the catalog's words), stops reconnecting, and keeps their text on
 * screen on the single-editor path.
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
  await caretInFirstParagraph(editor, 'End');
  await editor.keyboard.type(' অধিকার বদলের আগের বাক্য।');
  await expect(editor.getByTestId('save-status')).toHaveText(/^Saved at/, { timeout: 20_000 });

  await mutate(page.request, 'users.changeRole', { userId: them.user.id, role: 'desk' });
  await expect(editor.getByTestId('collab-refusal')).toContainText('Co-editing stopped.');
  await expect(editor.getByTestId('collab-refusal')).toContainText(
    'Your rights changed: open the story again.',
  );
  await expect(storyBody(editor)).toContainText('অধিকার বদলের আগের বাক্য।');
  await editor.context().close();
});
