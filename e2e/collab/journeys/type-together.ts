import { expect } from '@playwright/test';
import { invitedStaffPage } from '../../fixtures/staff';
import { query } from '../../fixtures/trpc';
import {
  bodyText,
  type CoEditingPlacement,
  caretInFirstParagraph,
  createSharedStory,
  openShared,
  savedStory,
} from '../helpers';

/**
 * A reporter and a sub-editor in one paragraph at the same moment: each sees the other's
 * caret with their name, both sentences end in the text on both screens, on the server
 * and in a revision that names both as contributors.
 */
export async function typeTogetherJourney({ page, browser, secondBaseURL }: CoEditingPlacement) {
  const id = await createSharedStory(page, 'দুজনে এক অনুচ্ছেদে');
  const other = await invitedStaffPage(browser, page, 'editor', 'সহ-সম্পাদক রুমানা', 'en', secondBaseURL);
  await other.goto('/admin');
  const me = await query<{ user: { id: string } }>(page.request, 'auth.session');
  const them = await query<{ user: { id: string } }>(other.request, 'auth.session');

  await openShared(page, id);
  await openShared(other, id);
  // Each sees the other in the presence list, and no "is editing" lock.
  await expect(page.getByTestId('presence')).toContainText('সহ-সম্পাদক রুমানা');
  await expect(other.getByTestId('presence')).toContainText('(you)');
  await expect(page.getByTestId('lock-banner')).toHaveCount(0);

  // One writes at the paragraph's start, the other at its end, at the same moment. (Two people
  // typing at one caret position keep every character, but interleaved: see text-diff.test.ts.)
  await caretInFirstParagraph(page, 'Home');
  await caretInFirstParagraph(other, 'End');
  // The other person's caret, with their name, in the first person's text.
  await expect(page.locator('.collaboration-carets__label', { hasText: 'সহ-সম্পাদক রুমানা' })).toBeVisible();

  const mine = 'প্রতিবেদকের বাক্য এখানে। ';
  const theirs = ' সম্পাদকের বাক্য ওখানে।';
  await Promise.all([page.keyboard.type(mine, { delay: 15 }), other.keyboard.type(theirs, { delay: 15 })]);

  const expected = 'প্রতিবেদকের বাক্য এখানে। (শুরুর লেখা।) সম্পাদকের বাক্য ওখানে।';
  await expect.poll(() => bodyText(page), { timeout: 20_000 }).toBe(expected);
  await expect.poll(() => bodyText(other), { timeout: 20_000 }).toBe(expected);
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at/, { timeout: 20_000 });

  await expect
    .poll(
      async () => {
        const saved = await savedStory(page.request, id);
        return (
          ['প্রতিবেদকের বাক্য এখানে।', 'সম্পাদকের বাক্য ওখানে।'].every(
            (s) => saved.text.includes(s) && saved.revisionText.includes(s),
          ) &&
          saved.contributors.includes(me.user.id) &&
          saved.contributors.includes(them.user.id)
        );
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await other.context().close();
}
