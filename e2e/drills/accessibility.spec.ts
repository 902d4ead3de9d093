import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN, STORAGE } from '../fixtures/staff';

test.use({ storageState: STORAGE.admin });

/**
 * Drill (g): an axe scan of every dashboard screen and every kind of public page.
 * A serious or critical violation fails; the counts are printed either way.
 */
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

async function scan(page: Page, url: string, ready: () => Promise<void>) {
  await page.goto(url);
  await ready();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `drill axe ${url}: ${violations.length} rule(s) with findings, ${blocking.length} serious or critical${
      blocking.length ? `: ${blocking.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}` : ''
    }`,
  );
  return blocking.map(
    (v) =>
      `${url}: ${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

test('no serious or critical accessibility violation on any screen or public page', async ({ page }) => {
  test.setTimeout(180_000);
  const signIn = await page.request.post('/trpc/auth.signIn', {
    data: { email: ADMIN.email, password: ADMIN.password },
  });
  expect(signIn.status()).toBe(200);
  const seeded = await page.request.post('/trpc/demo.seed', { data: { confirm: true } });
  expect(seeded.status(), await seeded.text()).toBe(200);
  const { seedStoryPath } = (await seeded.json()).result.data as { seedStoryPath: string };
  const storyId = seedStoryPath.split('/')[2];

  const found: string[] = [];
  const mainReady = async () => {
    await expect(page.locator('main').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  };
  for (const url of [...DASHBOARD, `/admin/stories/${storyId}`])
    found.push(...(await scan(page, url, mainReady)));

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
    `drill axe: ${DASHBOARD.length + 1} dashboard screens and 4 public pages scanned, ${found.length} blocking findings`,
  );
  expect(found).toEqual([]);
});
