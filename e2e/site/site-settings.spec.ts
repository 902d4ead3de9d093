import { expect, type Page, test } from '@playwright/test';
import { ADMIN, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

interface Settings {
  siteName: string;
  masthead: string;
  editorName: string;
  publisherName: string;
  defaultByline: string;
}

// Signs in again through the API: a stored cookie may belong to another run's server.
async function signInAsAdmin(page: Page) {
  const res = await page.request.post('/trpc/auth.signIn', {
    data: { email: ADMIN.email, password: ADMIN.password },
  });
  expect(res.status(), await res.text()).toBe(200);
  await mutate(page.request, 'auth.setLanguage', { language: 'en' });
}

/**
 * The administrator names the paper's masthead line, imprint and default byline on the
 * settings screen (the newsroom's time zone is shown there); readers see them at once,
 * and a new story starts with the byline. The stored settings are put back afterwards.
 */
test('site settings: masthead, imprint and default byline, read by the public site at once', async ({
  page,
  browser,
}) => {
  await signInAsAdmin(page);
  const current = await query<{ stored: Settings; effective: Settings }>(page.request, 'site.settings', {});
  // A fresh install stores no site name (readers get Barta's own); saving needs one.
  const before = { ...current.stored, siteName: current.stored.siteName || current.effective.siteName };
  const stamp = Date.now().toString().slice(-6);
  const wanted = {
    masthead: `সত্যের পক্ষে ${stamp}`,
    editorName: `নমুনা সম্পাদক ${stamp}`,
    publisherName: `নমুনা প্রকাশক ${stamp}`,
    defaultByline: `নিজস্ব প্রতিবেদক ${stamp}`,
  };
  try {
    await page.goto('/admin/settings');
    await expect(page.getByRole('heading', { name: 'Site settings' })).toBeVisible();
    await expect(page.getByText(/Time zone:\s*Asia\/Dhaka/)).toBeVisible();
    // A fresh install stores no site name: the field shows the one readers see, ready to save.
    await expect(page.getByLabel('Site name')).toHaveValue(before.siteName);
    await page.getByLabel('Masthead line').fill(wanted.masthead);
    await page.getByLabel('Editor (imprint)').fill(wanted.editorName);
    await page.getByLabel('Publisher (imprint)').fill(wanted.publisherName);
    await page.getByLabel('Default byline').fill(wanted.defaultByline);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Saved. The public site shows the new settings now.',
    );

    const reader = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: 'bn-BD' });
    const tab = await reader.newPage();
    await tab.goto('/');
    await expect(tab.locator('.masthead-line')).toHaveText(wanted.masthead);
    await expect(tab.getByRole('contentinfo')).toContainText(`সম্পাদক : ${wanted.editorName}`);
    await expect(tab.getByRole('contentinfo')).toContainText(`প্রকাশক : ${wanted.publisherName}`);
    await reader.close();

    const story = await mutate<{ id: string }>(page.request, 'articles.create', {
      headline: `বাইলাইন ${stamp}`,
    });
    const saved = await query<{ byline: string }>(page.request, 'articles.get', { id: story.id });
    expect(saved.byline).toBe(wanted.defaultByline);
  } finally {
    await mutate(page.request, 'site.updateSettings', before);
  }
});
