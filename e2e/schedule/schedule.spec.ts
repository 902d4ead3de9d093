import { expect, test } from '@playwright/test';
import { ADMIN, STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

/** `YYYY-MM-DDTHH:mm:ss` on the wall clock in Dhaka (UTC+6, no daylight saving). */
function dhakaLocal(date: Date): string {
  return new Date(date.getTime() + 6 * 3_600_000).toISOString().slice(0, 19);
}

interface Change {
  id: string;
  version: number;
  status: string;
}

/**
 * Desk staff open the calendar, schedule an approved story a few seconds ahead in
 * Dhaka time, watch it count down, and the story appears on the public site at its
 * time without anyone touching anything.
 */
test('schedule a story in the calendar; it goes out on its own', async ({ page }) => {
  test.setTimeout(90_000);
  // The saved admin state is shared by every e2e run on this machine; sign in here so a
  // concurrent run's first-run step cannot leave this one holding another server's cookie.
  await mutate(page.request, 'auth.signIn', { email: ADMIN.email, password: ADMIN.password });
  await page.goto('/admin');
  const seeded = await mutate<{ stories: { id: string }[] }>(page.request, 'demo.seed', { confirm: true });
  const sample = await query<{ leadMediaId: string; sectionId: string }>(page.request, 'articles.get', {
    id: seeded.stories[0].id,
  });
  const headline = `নির্ধারিত খবর ${Date.now()}`;
  const created = await mutate<Change>(page.request, 'articles.create', {
    headline,
    summary: 'সময়মতো প্রকাশের পরীক্ষা।',
    sectionId: sample.sectionId,
    leadMediaId: sample.leadMediaId,
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ঢাকা — নির্ধারিত সময়ে প্রকাশ।' }] }],
    },
  });
  const submitted = await mutate<Change>(page.request, 'workflow.submit', {
    id: created.id,
    version: created.version,
  });
  await mutate<Change>(page.request, 'workflow.approve', { id: created.id, version: submitted.version });

  await page.goto('/admin/calendar');
  await expect(page.getByRole('heading', { name: 'Desk calendar' })).toBeVisible();
  await expect(page.getByText(/Asia\/Dhaka \(UTC\+06:00\)/).first()).toBeVisible();
  const ready = page.getByTestId('ready-item').filter({ hasText: headline });
  await ready.getByRole('button', { name: 'Schedule…' }).click();

  // A time that has passed is refused with the zone said.
  await ready.getByLabel('Publish at', { exact: true }).fill(dhakaLocal(new Date(Date.now() - 60_000)));
  await ready.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('already passed');

  const due = new Date(Date.now() + 12_000);
  await ready.getByLabel('Publish at', { exact: true }).fill(dhakaLocal(due));
  await ready.getByRole('button', { name: 'Schedule', exact: true }).click();

  // It waits in the "next out" list with a countdown, and in today's slot.
  const next = page.getByTestId('today-item').filter({ hasText: headline });
  await expect(next).toBeVisible();
  await expect(next.locator('.countdown')).toHaveText(/^0:\d\d$/);
  await expect(page.getByTestId('calendar-item').filter({ hasText: headline })).toBeVisible();

  // Nobody touches anything: the scheduler publishes it at its time.
  const story = await query<{ slug: string; status: string }>(page.request, 'articles.get', {
    id: created.id,
  });
  expect(story.status).toBe('scheduled');
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/article/${created.id}/${story.slug}`);
        return response.status() === 200 && (await response.text()).includes(headline);
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toBe(true);
  const publishedAt = Date.now();
  expect(publishedAt).toBeGreaterThanOrEqual(due.getTime() - 1000);
  const after = await query<{ status: string }>(page.request, 'articles.get', { id: created.id });
  expect(after.status).toBe('published');

  // The calendar shows it as published, live.
  await expect(page.getByTestId('calendar-item').filter({ hasText: headline })).toContainText('published', {
    timeout: 10_000,
  });
});
