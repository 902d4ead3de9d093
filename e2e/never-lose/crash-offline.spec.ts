import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { createStory, typeAtEnd } from '../editor/api';
import { withoutCoEditing } from '../fixtures/collab';
import { STORAGE } from '../fixtures/staff';
import { keepScreenshot, SentenceLedger } from './ledger';

// A laptop that crashes, a train with no signal: the text comes back and saves.
const ADMIN_STATE = path.join(os.tmpdir(), `barta-never-lose-crash-${process.env.E2E_PORT ?? 3100}.json`);
test.beforeAll(() => fs.copyFileSync(STORAGE.admin, ADMIN_STATE));
test.use({ storageState: ADMIN_STATE });

const status = (page: Page) => page.getByTestId('save-status');

/** The main Chromium process of a profile (its helpers carry --type=). */
function browserPid(userDataDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.find(
    (line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='),
  );
  if (!main) throw new Error(`no Chromium running on ${userDataDir}`);
  return Number(main.trim().split(/\s+/, 1)[0]);
}

// biome-ignore lint/correctness/noEmptyPattern: Playwright wants the fixtures argument destructured; this test makes its own browser.
test('a browser killed with SIGKILL and relaunched on the same profile: the restore offer appears and the text saves', async ({}, testInfo) => {
  const ledger = new SentenceLedger('sigkill-relaunch', testInfo);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-profile-'));
  const { launchOptions, baseURL, locale, timezoneId } = testInfo.project.use;
  // The device copies, restore offer and save queue of the single-editor path (co-editing out
  // of reach); e2e/collab/closed-tab.spec.ts is the same promise while co-editing.
  const launch = async (): Promise<BrowserContext> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: launchOptions?.executablePath,
      args: launchOptions?.args,
      headless: true,
      baseURL,
      locale,
      timezoneId,
    });
    await withoutCoEditing(context);
    const state = JSON.parse(fs.readFileSync(ADMIN_STATE, 'utf8'));
    await context.addCookies(state.cookies);
    return context;
  };
  try {
    const before = await launch();
    const page = before.pages()[0] ?? (await before.newPage());
    const id = await createStory(page, 'ক্র্যাশের আগে ও পরে');
    await page.goto(`/admin/stories/${id}`);
    await typeAtEnd(page, ledger.next('ক্র্যাশের আগে সংরক্ষিত'));
    await expect(status(page)).toHaveText(/^Saved at/);
    // The next save leaves but never returns: the browser dies with it in flight.
    await page.route('**/trpc/articles.save**', () => new Promise(() => {}));
    await typeAtEnd(page, ledger.next('ক্র্যাশের মুহূর্তে লেখা হচ্ছিল'));
    await expect(status(page)).toHaveText(/^Saving…/);
    await keepScreenshot(testInfo, page, 'just before the crash');
    process.kill(browserPid(profile), 'SIGKILL');
    await before.close().catch(() => {});

    const after = await launch();
    const again = after.pages()[0] ?? (await after.newPage());
    await again.goto(`/admin/stories/${id}`);
    const offer = again.getByRole('alertdialog', { name: 'Unsaved text found on this device' });
    await expect(offer).toBeVisible();
    await expect(offer.getByTestId('device-copy')).toContainText('ক্র্যাশের মুহূর্তে লেখা হচ্ছিল');
    await keepScreenshot(testInfo, again, 'restore offer after relaunch');
    await offer.getByRole('button', { name: 'Restore this text' }).click();
    await expect(status(again)).toHaveText(/^Saved at/);
    // The crashed tab's lock was yours: taken back without asking.
    await expect(again.getByTestId('lock-banner')).toHaveCount(0);
    await keepScreenshot(testInfo, again, 'saved after relaunch');
    await ledger.expectAllFound(again.request, id);
    // Saved: the copy is gone, nothing is offered next time.
    await again.reload();
    await expect(again.getByRole('textbox', { name: 'Story text' })).toContainText('ক্র্যাশের মুহূর্তে লেখা হচ্ছিল');
    await expect(offer).toHaveCount(0);
    await after.close();
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('offline: close the tab, reopen, go online: the paragraph saves without a take-over prompt', async ({
  browser,
}, testInfo) => {
  const ledger = new SentenceLedger('offline-close-reopen', testInfo);
  const context = await browser.newContext({ storageState: ADMIN_STATE });
  // The device copies, restore offer and save queue of the single-editor path (co-editing out
  // of reach); e2e/collab/closed-tab.spec.ts is the same promise while co-editing.
  await withoutCoEditing(context);
  const tab = await context.newPage();
  const id = await createStory(tab, 'ট্রেনে নেটওয়ার্ক নেই');
  await tab.goto(`/admin/stories/${id}`);
  await typeAtEnd(tab, ledger.next('নেটওয়ার্ক থাকতে লেখা'));
  await expect(status(tab)).toHaveText(/^Saved at/);

  // The train enters a tunnel: a new paragraph, then the tab is closed (its lock cannot be given back).
  await context.setOffline(true);
  await tab.keyboard.press('Enter');
  await tab.keyboard.type(ledger.next('সুড়ঙ্গের ভেতরে লেখা নতুন অনুচ্ছেদ'));
  await expect(status(tab)).toHaveText(/^Offline: saved on this device/);
  await keepScreenshot(testInfo, tab, 'offline before closing');
  await tab.close();
  // Still in the tunnel for a moment before the signal returns.
  await new Promise((resolve) => setTimeout(resolve, 1500));

  // Reopened as the signal flickers back: the story loads, then the network drops again.
  await context.setOffline(false);
  const reopened = await context.newPage();
  await reopened.goto(`/admin/stories/${id}`);
  const offer = reopened.getByRole('alertdialog', { name: 'Unsaved text found on this device' });
  const tunnelText = 'সুড়ঙ্গের ভেতরে লেখা নতুন অনুচ্ছেদ';
  // The paragraph is back either through the restore offer, or already on the server when the
  // closing tab's keepalive save got out after all (Chromium may send it once the signal returns).
  await expect(
    offer.or(reopened.getByRole('textbox', { name: 'Story text' }).filter({ hasText: tunnelText })),
  ).toBeVisible();
  const offered = await offer.isVisible();
  if (offered) await expect(offer.getByTestId('device-copy')).toContainText(tunnelText);
  await context.setOffline(true);
  if (offered) await offer.getByRole('button', { name: 'Restore this text' }).click();
  await typeAtEnd(reopened, ledger.next('আবার খুলে অফলাইনে আরও লেখা'));
  await expect(status(reopened)).toHaveText(/^Offline: saved on this device/);

  // Online: the old tab's lock is still fresh on the server, but it was this browser's closed tab.
  await context.setOffline(false);
  await expect(status(reopened)).toHaveText(/^Saved at/);
  await expect(reopened.getByTestId('lock-banner')).toHaveCount(0);
  await expect(reopened.getByRole('button', { name: 'Take over' })).toHaveCount(0);
  await keepScreenshot(testInfo, reopened, 'saved after going online');
  await ledger.expectAllFound(reopened.request, id);
  await context.close();
});
