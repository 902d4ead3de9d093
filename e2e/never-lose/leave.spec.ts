import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createStory, typeAtEnd } from '../editor/api';
import { withoutCoEditing } from '../fixtures/collab';
import { STORAGE } from '../fixtures/staff';
import { keepScreenshot } from './ledger';

const ADMIN_STATE = path.join(os.tmpdir(), `barta-never-lose-leave-${process.env.E2E_PORT ?? 3100}.json`);
test.beforeAll(() => fs.copyFileSync(STORAGE.admin, ADMIN_STATE));
test.use({ storageState: ADMIN_STATE });

test('a save the server does not answer says why within seconds; leaving or closing the tab warns first', async ({
  page,
}, testInfo) => {
  // The save queue's own promise, on the single-editor path (co-editing out of reach).
  await withoutCoEditing(page.context());
  const id = await createStory(page, 'উত্তর নেই');
  await page.goto(`/admin/stories/${id}`);
  await page.route('**/trpc/articles.save**', () => new Promise(() => {}));
  await typeAtEnd(page, ' সার্ভার এই লেখার উত্তর দিচ্ছে না।');
  const status = page.getByTestId('save-status');
  await expect(status).toHaveText(/^Saving…$/);
  await expect(status).toHaveText(/the server has not answered for \d+ s\. Your text is kept on this device/);
  await keepScreenshot(testInfo, page, 'slow save explained');

  // A link inside the dashboard: asked first; staying keeps the text on screen.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: '← Stories' }).click();
  await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(1);
  expect(asked[0]).toContain('have not reached the server yet');
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${id}$`));
  await expect(page.getByRole('textbox', { name: 'Story text' })).toContainText('সার্ভার এই লেখার উত্তর দিচ্ছে না।');

  // Closing the tab: the browser's own "Leave site?" prompt.
  const closing = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await closing).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
});
