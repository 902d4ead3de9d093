import { expect, type Page, test } from '@playwright/test';
import { catalogText } from '../fixtures/catalog';
import { invitedStaffPage, STORAGE } from '../fixtures/staff';

test.use({ storageState: STORAGE.admin });

/**
 * Each catalog is a chunk of its own (client/i18n/index.ts): a browser downloads the
 * language it shows and the other only on a switch, and an account whose language
 * differs from the one this browser remembers never sees a screen in the wrong one.
 */

const bn = catalogText('bn');
const en = catalogText('en');

/** The catalog chunks (assets/bn-*.js, assets/en-*.js) this page downloads. */
function catalogRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const match = /\/assets\/(bn|en)-[^/]+\.js$/.exec(new URL(request.url()).pathname);
    if (match) seen.push(match[1]);
  });
  return seen;
}

test('only the language shown is downloaded; the other comes on the switch', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const loaded = catalogRequests(page);
  await page.goto('/admin');
  await expect(page.getByRole('button', { name: bn('auth.signIn.submit') })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual(['bn']);
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('button', { name: en('auth.signIn.submit') })).toBeVisible();
  expect(loaded).toEqual(['bn', 'en']);
  await context.close();
});

test('an English account on a browser that remembers Bengali: no Bengali screen before the first paint in English', async ({
  browser,
  page: admin,
}) => {
  const colleague = await invitedStaffPage(browser, admin, 'editor', 'ইংরেজি পাঠক');
  const page = colleague;
  await page.addInitScript(() => {
    localStorage.setItem('barta.language', 'bn');
    // Every text the dashboard ever shows, as it appears: a flash would be caught here.
    const seen: string[] = [];
    (window as unknown as { shownTexts: string[] }).shownTexts = seen;
    new MutationObserver(() => {
      const nav = document.querySelector('nav');
      if (nav?.textContent) seen.push(nav.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const loaded = catalogRequests(page);
  await page.goto('/admin/stories');
  await expect(page.getByRole('heading', { name: en('stories.title'), level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const shown = await page.evaluate(() => (window as unknown as { shownTexts: string[] }).shownTexts);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((text) => text.includes(bn('app.nav.stories')))).toEqual([]);
  expect(loaded).toEqual(['bn', 'en']);
  await page.context().close();
});
