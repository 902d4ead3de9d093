import { expect, test } from '@playwright/test';
import { makeJpegWithPhotoMetadata } from '../../server/features/media/test-images';
import { STORAGE } from '../fixtures/staff';

test.use({ storageState: STORAGE.admin });

test('an agency photo arrives with its caption and credits, marked from the file until edited', async ({
  page,
}) => {
  await page.goto('/admin/media');
  const name = `afp-${Date.now()}.jpg`;
  const bytes = await makeJpegWithPhotoMetadata({
    iim: { caption: 'XvKvq e„wói Kvi‡Y hvbRU †e‡o‡Q|', source: 'AFP' },
    iimEncoding: 'cp1252',
    xmp: { credit: 'এএফপি', creator: 'মুনির উজ জামান', copyright: '© AFP 2024' },
  });
  await page.getByTestId('media-file-input').setInputFiles([{ name, mimeType: 'image/jpeg', buffer: bytes }]);
  // The card is named by the caption read from the file (converted from Bijoy).
  const card = page.getByRole('button', { name: /^Edit: ঢাকায় বৃষ্টির কারণে যানজট বেড়েছে। ছবি : এএফপি/ });
  await card.first().click();
  const details = page.getByRole('complementary', { name: 'Image details' });
  const caption = details.getByLabel(/^Caption/);
  await expect(caption).toHaveValue('ঢাকায় বৃষ্টির কারণে যানজট বেড়েছে।');
  await expect(details.getByLabel(/^Credit line/)).toHaveValue('এএফপি');
  await expect(details.getByLabel(/^Photographer/)).toHaveValue('মুনির উজ জামান');
  await expect(details.getByLabel(/^Copyright notice/)).toHaveValue('© AFP 2024');
  await expect(details.getByLabel(/^Source \(agency/)).toHaveValue('AFP');
  await expect(details.getByText('from the file')).toHaveCount(5);

  await details.getByLabel(/^Credit line/).fill('ছবি: এএফপি');
  await expect(details.getByText('from the file')).toHaveCount(4);
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await page
    .getByRole('button', { name: /^Edit: ঢাকায় বৃষ্টির কারণে যানজট বেড়েছে। ছবি : ছবি: এএফপি/ })
    .first()
    .click();
  await expect(details.getByLabel(/^Credit line/)).toHaveValue('ছবি: এএফপি');
  await expect(details.getByText('from the file')).toHaveCount(4);
});
