import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { Language } from '../../shared/i18n/languages';
import { ADMIN, STORAGE } from '../fixtures/staff';
import { mutate } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

/**
 * Drill (g): an axe scan of every dashboard screen, in Bengali and in English (words
 * change lengths, names and labels), of the signed-out screens (sign-in, an invite
 * link) in both, and of every kind of public page.
 * A serious or critical violation fails; the counts are printed either way.
 */
const LANGUAGES: Language[] = ['bn', 'en'];
const DASHBOARD = [
  '/admin',
  '/admin/stories',
  '/admin/stories/new',
  '/admin/media',
  '/admin/review',
  '/admin/calendar',
  '/admin/broken-links',
  '/admin/bin',
  '/admin/users',
  '/admin/audit',
  '/admin/sections',
  '/admin/settings',
  '/admin/account',
];

async function scan(page: Page, url: string, ready: () => Promise<void>, language?: Language) {
  // An invite link's token is left out of the log.
  const where = `${url.split('#')[0]}${language ? ` [${language}]` : ''}`;
  await page.goto(url);
  await ready();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `drill axe ${where}: ${violations.length} rule(s) with findings, ${blocking.length} serious or critical${
      blocking.length ? `: ${blocking.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}` : ''
    }`,
  );
  return blocking.map(
    (v) =>
      `${where}: ${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

test('no serious or critical accessibility violation on any screen or public page', async ({ page }) => {
  test.setTimeout(420_000);
  const signIn = await page.request.post('/trpc/auth.signIn', {
    data: { email: ADMIN.email, password: ADMIN.password },
  });
  expect(signIn.status()).toBe(200);
  const seeded = await page.request.post('/trpc/demo.seed', { data: { confirm: true } });
  expect(seeded.status(), await seeded.text()).toBe(200);
  const { seedStoryPath } = (await seeded.json()).result.data as { seedStoryPath: string };
  const storyId = seedStoryPath.split('/')[2];

  const found: string[] = [];
  const mainReady = (language: Language) => async () => {
    await expect(page.locator('main').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  };
  try {
    for (const language of LANGUAGES) {
      await mutate(page.request, 'auth.setLanguage', { language });
      for (const url of [...DASHBOARD, `/admin/stories/${storyId}`])
        found.push(...(await scan(page, url, mainReady(language), language)));
    }
  } finally {
    // The later journeys read the administrator's screens in English.
    await mutate(page.request, 'auth.setLanguage', { language: 'en' });
  }

  // Signed out: the sign-in screen and an invite link, in the language this browser remembers.
  for (const language of LANGUAGES) {
    const invited = await mutate<{ link: { path: string } }>(page.request, 'users.invite', {
      name: `অতিথি ${language}`,
      email: `axe-${language}-${Date.now()}@barta.test`,
      role: 'editor',
    });
    const guest = await page
      .context()
      .browser()!
      .newContext({ storageState: { cookies: [], origins: [] } });
    await guest.addInitScript((remembered) => localStorage.setItem('barta.language', remembered), language);
    const guestPage = await guest.newPage();
    for (const url of ['/admin', invited.link.path]) {
      found.push(
        ...(await scan(
          guestPage,
          url,
          async () => {
            await expect(guestPage.locator('main').first()).toBeVisible();
            await guestPage.waitForLoadState('networkidle');
            await expect(guestPage.locator('html')).toHaveAttribute('lang', language);
          },
          language,
        )),
      );
    }
    await guest.close();
  }

  const reader = await page
    .context()
    .browser()!
    .newContext({ storageState: { cookies: [], origins: [] } });
  const tab = await reader.newPage();
  const section = await tab.request.get('/api/public/articles');
  expect(section.status()).toBe(200);
  for (const url of ['/', seedStoryPath, '/section/usa', '/section/no-such-section']) {
    found.push(
      ...(await scan(tab, url, async () => {
        await tab.waitForLoadState('domcontentloaded');
      })),
    );
  }
  await reader.close();
  console.log(
    `drill axe: ${DASHBOARD.length + 1} dashboard screens and 2 signed-out screens in ${LANGUAGES.length} languages, and 4 public pages scanned, ${found.length} blocking findings`,
  );
  expect(found).toEqual([]);
});
