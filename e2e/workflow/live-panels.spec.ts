import { expect, test } from '@playwright/test';
import { typeAtEnd } from '../editor/api';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

interface Change {
  id: string;
  version: number;
  status: string;
}

/**
 * An author keeps a story open while others act on it: the revisions panel shows the
 * paragraphs just typed, and when the manager approves in their own browser the
 * author's open editor says Approved at once, without a reload.
 */
test('an open editor follows a reviewer’s approval, and revisions show the typed text', async ({
  page: admin,
  browser,
}) => {
  test.setTimeout(120_000);
  await admin.goto('/admin');
  const seeded = await mutate<{ stories: { id: string }[] }>(admin.request, 'demo.seed', { confirm: true });
  const sample = await query<{ leadMediaId: string; sectionId: string }>(admin.request, 'articles.get', {
    id: seeded.stories[0].id,
  });
  const author = await invitedStaffPage(browser, admin, 'editor', 'লাইভ লেখক');
  const manager = await invitedStaffPage(browser, admin, 'manager', 'লাইভ সম্পাদক');
  const created = await mutate<Change>(author.request, 'articles.create', {
    headline: `লাইভ প্যানেল ${Date.now()}`,
    summary: 'খোলা সম্পাদকে অবস্থা বদলায়।',
    byline: 'নিজস্ব প্রতিবেদক',
    sectionId: sample.sectionId,
    leadMediaId: sample.leadMediaId,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'প্রথম লেখা।' }] }] },
  });

  await author.goto(`/admin/stories/${created.id}`);
  const status = author.locator('.editor-head .status-badge').first();
  await expect(status).toHaveText('Draft');

  // First an autosave that changes only the headline, then paragraphs: the same autosave
  // revision grows, and the diff must show the paragraphs (not "Text (no change)").
  await author.getByLabel('Headline').fill(`লাইভ প্যানেল নতুন শিরোনাম ${Date.now()}`);
  await expect(author.getByTestId('save-status')).toHaveText(/Saved at/);
  const revisions = author.getByRole('tabpanel', { name: 'Revisions' });
  await author.getByRole('tab', { name: 'Revisions' }).click();
  await expect(revisions).toContainText('Autosave');
  const paragraphs = ['সকালে বৃষ্টি নামে।', 'দুপুরে রোদ ওঠে।', 'বিকেলে আবার মেঘ।'];
  for (const text of paragraphs) await typeAtEnd(author, `\n${text}`);
  await expect(author.getByTestId('save-status')).toHaveText(/Saved at/);
  const textDiff = revisions
    .locator('.diff-field')
    .filter({ has: author.getByRole('heading', { name: /^Text/ }) });
  await expect(textDiff.locator('ins')).toContainText(['বিকেলে']);
  await expect(textDiff.getByRole('heading')).not.toContainText('no change');

  // Submitted from elsewhere (the API, as another tab would), then approved by the manager.
  const latest = await query<Change>(author.request, 'articles.get', { id: created.id });
  const submitted = await mutate<Change>(author.request, 'workflow.submit', {
    id: created.id,
    version: latest.version,
  });
  await expect(status).toHaveText('In review');
  await mutate(manager.request, 'workflow.approve', { id: created.id, version: submitted.version });
  await expect(status).toHaveText('Approved');
  // The actions follow the new state too: nothing is waiting for review any more.
  await author.getByRole('tab', { name: 'Workflow' }).click();
  await expect(author.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  // And the author can still type: the next save builds on the approved version.
  await typeAtEnd(author, '\nসন্ধ্যায় ঠান্ডা।');
  await expect(author.getByTestId('save-status')).toHaveText(/Saved at/);
  const after = await query<{ body: unknown }>(author.request, 'articles.get', { id: created.id });
  expect(JSON.stringify(after.body)).toContain('সন্ধ্যায় ঠান্ডা।');
});
