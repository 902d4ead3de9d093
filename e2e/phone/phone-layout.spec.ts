import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

/**
 * Desk staff check schedules and stories on their phones: at 390 × 844 every main
 * screen fits the width (no sideways scrolling of the page), the header stays compact
 * with the navigation behind a menu button, and each screen's key controls are on screen.
 */

interface Change {
  id: string;
  version: number;
}

test.use({ storageState: STORAGE.admin, viewport: { width: 390, height: 844 } });

async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

/** Fits the phone's width, and a screenshot is kept with the test's results. */
async function fits(page: Page, info: TestInfo, name: string) {
  await page.waitForLoadState('networkidle');
  const { scrollWidth, clientWidth } = await overflow(page);
  const path = info.outputPath(`phone-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(`phone-${name}`, { path, contentType: 'image/png' });
  expect(
    scrollWidth,
    `${name}: the page is ${scrollWidth} px wide on a ${clientWidth} px screen`,
  ).toBeLessThanOrEqual(clientWidth);
}

test('the main screens fit a 390 px phone with a compact header and a menu button', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await page.goto('/admin');
  const seeded = await mutate<{ stories: { key: string; id: string }[] }>(page.request, 'demo.seed', {
    confirm: true,
  });
  const sample = await query<{ sectionId: string; leadMediaId: string }>(page.request, 'articles.get', {
    id: seeded.stories[0].id,
  });
  const write = (headline: string) =>
    mutate<Change>(page.request, 'articles.create', {
      headline,
      summary: 'ফোনের পর্দায় খবরের তালিকা।',
      sectionId: sample.sectionId,
      leadMediaId: sample.leadMediaId,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ফোনে লেখা।' }] }] },
    });
  const stamp = Date.now();
  // One story waits for review, another is scheduled for later today.
  const headline = `ফোনে পর্যালোচনার খবর ${stamp}`;
  const waiting = await write(headline);
  const { id } = waiting;
  await mutate(page.request, 'workflow.submit', { id, version: waiting.version });
  const scheduledHeadline = `ফোনে নির্ধারিত খবর ${stamp}`;
  const later = await write(scheduledHeadline);
  const submitted = await mutate<Change>(page.request, 'workflow.submit', {
    id: later.id,
    version: later.version,
  });
  const approved = await mutate<Change>(page.request, 'workflow.approve', {
    id: later.id,
    version: submitted.version,
  });
  await mutate(page.request, 'schedule.schedule', {
    id: later.id,
    version: approved.version,
    publishAt: new Date(Date.now() + 3 * 3600_000).toISOString(),
  });

  // The header: a menu button instead of a wall of links, and not a third of the screen.
  await page.goto('/admin');
  const header = page.getByRole('banner');
  const menu = header.getByRole('button', { name: 'Menu' });
  await expect(menu).toBeVisible();
  const box = await header.boundingBox();
  expect(box?.height ?? 999).toBeLessThanOrEqual(844 / 6);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }),
  ).toBeHidden();
  await fits(page, info, 'overview');

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Calendar' })).toBeVisible();
  await fits(page, info, 'menu-open');
  await nav.getByRole('link', { name: 'Stories' }).click();
  // Following a link closes the menu.
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: headline })).toBeVisible();
  await fits(page, info, 'stories');

  await page.goto('/admin/review');
  await expect(page.getByRole('link', { name: headline })).toBeInViewport();
  await fits(page, info, 'review');

  await page.goto('/admin/calendar');
  const next = page.getByTestId('today-item').filter({ hasText: scheduledHeadline });
  await expect(next).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Today' })).toBeVisible();
  await fits(page, info, 'calendar');

  await page.goto('/admin/media');
  await expect(page.getByRole('button', { name: 'choose files' })).toBeInViewport();
  await fits(page, info, 'media');

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fits(page, info, 'audit');

  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fits(page, info, 'users');

  await page.goto('/admin/sections');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A section added and renamed on the phone (the one set of name fields both forms use).
  const form = page.getByRole('form', { name: 'New section' });
  await form.getByLabel('Bengali name').fill(`প্রবাস ${stamp}`);
  await form.getByLabel('English name').fill(`Diaspora ${stamp}`);
  await form.getByRole('button', { name: 'Add section' }).click();
  const row = page.getByRole('listitem').filter({ hasText: `প্রবাস ${stamp}` });
  await expect(row).toContainText(`/section/diaspora-${stamp}`);
  await row.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('form', { name: `Rename প্রবাস ${stamp}` });
  await rename.getByLabel('English name').fill(`Expatriates ${stamp}`);
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(row).toContainText(`Expatriates ${stamp}`);
  await fits(page, info, 'sections');

  // The editor: the text, the headline and the workflow actions within reach.
  await page.goto(`/admin/stories/${id}`);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport();
  const body = page.getByRole('textbox', { name: 'Story text' });
  await expect(body).toHaveAttribute('contenteditable', 'true');
  await fits(page, info, 'editor');
  // The side panel sits under the text, within the width: its workflow actions can be reached.
  await page.getByRole('tab', { name: 'Workflow' }).click();
  const approve = page.getByRole('button', { name: 'Approve', exact: true });
  await approve.scrollIntoViewIfNeeded();
  await expect(approve).toBeInViewport();
  const panel = await approve.boundingBox();
  expect((panel?.x ?? 0) + (panel?.width ?? 999)).toBeLessThanOrEqual(390);
});
