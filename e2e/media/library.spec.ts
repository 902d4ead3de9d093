import { expect, test } from '@playwright/test';
import { dropFiles, photo } from '../fixtures/images';
import { STORAGE } from '../fixtures/staff';

test.use({ storageState: STORAGE.admin });

test('upload several images, see per-file errors, describe one in Bengali and find it', async ({ page }) => {
  await page.goto('/admin/media');
  await expect(page.getByRole('heading', { name: 'Media library' })).toBeVisible();

  const name = `মাস্ক-${Date.now()}.jpg`;
  await page.getByTestId('media-file-input').setInputFiles([
    { name, mimeType: 'image/jpeg', buffer: await photo() },
    // A text file named like a photo: refused by its bytes, with its name and the reason.
    { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all, just words') },
  ]);
  const uploads = page.getByRole('list', { name: 'Uploads' });
  await expect(uploads.getByRole('alert')).toContainText('“notes.jpg” was not uploaded');
  await expect(uploads.getByRole('listitem').filter({ hasText: name })).toContainText('Uploaded.');

  const card = page.getByRole('button', { name: `Edit: ${name}` });
  await expect(card).toBeVisible();
  await card.click();
  const details = page.getByRole('complementary', { name: 'Image details' });
  await details.getByLabel(/^Alt text/).fill('মঞ্চে কথা বলছেন ইলন মাস্ক');
  await details.getByLabel('Caption').fill('ইলন মাস্ক।');
  await details.getByLabel(/^Credit/).fill('সংগৃহীত');
  await expect(details.locator('.caption-preview')).toContainText('ইলন মাস্ক। ছবি : সংগৃহীত');
  // The focal point: click near the right edge of the picture.
  const focal = details.getByTestId('focal-point-picker');
  const box = (await focal.boundingBox())!;
  await focal.click({ position: { x: box.width * 0.8, y: box.height * 0.3 } });
  await expect(focal).toHaveAccessibleName(/Focal point at (79|80|81)% from the left/);
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // Every size is made in the background; the library shows when it is done.
  await expect(details.getByText(/Making sizes/)).toHaveCount(0, { timeout: 30_000 });

  // Bengali search by a partial word of the caption.
  await page.getByRole('searchbox').fill('মাস');
  await expect(page.getByRole('button', { name: 'Edit: ইলন মাস্ক। ছবি : সংগৃহীত' }).first()).toBeVisible();
  await page.getByRole('searchbox').fill('অনুপস্থিতশব্দ');
  await expect(page.getByText('No image matches these filters.')).toBeVisible();
  await page.getByRole('searchbox').fill('সংগৃহীত');

  // The table view lists the same image with its texts.
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(
    page.getByRole('table').getByRole('cell', { name: 'মঞ্চে কথা বলছেন ইলন মাস্ক' }).first(),
  ).toBeVisible();

  // The renditions are served with immutable caching and a fixed type.
  const item = await page.request
    .get(`/trpc/media.list?input=${encodeURIComponent(JSON.stringify({ q: 'সংগৃহীত', limit: 1 }))}`)
    .then((r) => r.json());
  const src: string = item.result.data.items[0].previewSrc;
  const file = await page.request.get(src);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/webp');
  expect(file.headers()['cache-control']).toContain('immutable');
  expect(file.headers()['x-content-type-options']).toBe('nosniff');
});

test('drag and drop two images at once, each with its own progress and result', async ({ page }) => {
  await page.goto('/admin/media');
  const a = `drop-a-${Date.now()}.jpg`;
  const b = `drop-b-${Date.now()}.jpg`;
  await dropFiles(page.getByTestId('media-dropzone'), [
    { name: a, type: 'image/jpeg', bytes: await photo(700, 500) },
    { name: b, type: 'image/jpeg', bytes: await photo(640, 480) },
  ]);
  const uploads = page.getByRole('list', { name: 'Uploads' });
  await expect(uploads.getByRole('listitem').filter({ hasText: a })).toContainText('Uploaded.');
  await expect(uploads.getByRole('listitem').filter({ hasText: b })).toContainText('Uploaded.');
  await expect(page.getByRole('button', { name: `Edit: ${a}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Edit: ${b}` })).toBeVisible();
});
