import { expect, test } from '@playwright/test';
import { STORAGE } from '../fixtures/staff';
import { mutate, query } from '../fixtures/trpc';

test.use({ storageState: STORAGE.admin });

/**
 * The lead image's alt text is written in the editor, where it is missed: it is saved to
 * the library record, the checklist ticks at once, and the library shows the same text.
 */
test('alt text edited in place on the lead image: checklist done, library agrees', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/admin');
  const seeded = await mutate<{ stories: { id: string }[] }>(page.request, 'demo.seed', { confirm: true });
  const sample = await query<{ leadMediaId: string; sectionId: string }>(page.request, 'articles.get', {
    id: seeded.stories[0].id,
  });
  // A library image whose alt text nobody wrote yet.
  await mutate(page.request, 'media.update', { id: sample.leadMediaId, alt: '' });
  const created = await mutate<{ id: string }>(page.request, 'articles.create', {
    headline: `ছবির বিবরণ ${Date.now()}`,
    summary: 'বিকল্প লেখা সম্পাদকেই।',
    byline: 'নিজস্ব প্রতিবেদক',
    sectionId: sample.sectionId,
    leadMediaId: sample.leadMediaId,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'লেখা।' }] }] },
  });

  await page.goto(`/admin/stories/${created.id}`);
  await page.getByRole('tab', { name: 'Workflow' }).click();
  const leadAlt = page.locator('.wf-checklist li[data-item="lead_alt"]');
  await expect(leadAlt).toHaveClass(/todo/);
  const lead = page.getByRole('group', { name: 'Lead image' });
  await expect(lead.getByText('This image has no alt text')).toBeVisible();

  const alt = `মঞ্চে বক্তা, পেছনে পর্দা ${Date.now()}`;
  const details = lead.getByRole('form', { name: 'Lead image details' });
  await details.getByLabel(/^Alt text/).fill(alt);
  await details.getByRole('button', { name: 'Save to library' }).click();
  await expect(details.getByText('Saved to the library.')).toBeVisible();
  // The box, the checklist and the library agree, without a reload.
  await expect(leadAlt).toHaveClass(/ok/);
  await expect(lead.getByText('This image has no alt text')).toHaveCount(0);
  const record = await query<{ alt: string }>(page.request, 'media.get', { id: sample.leadMediaId });
  expect(record.alt).toBe(alt);

  await page.goto('/admin/media');
  await page.getByRole('searchbox').fill(alt.split(' ').at(-1) ?? '');
  await page
    .getByRole('button', { name: /^Edit: / })
    .first()
    .click();
  await expect(
    page.getByRole('complementary', { name: 'Image details' }).getByLabel(/^Alt text/),
  ).toHaveValue(alt);
});
