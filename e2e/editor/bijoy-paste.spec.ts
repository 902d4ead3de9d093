import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { STORAGE } from '../fixtures/staff';
import { createStory, storyText } from './api';

const ADMIN_STATE = path.join(os.tmpdir(), `barta-bijoy-admin-${process.env.E2E_PORT ?? 3100}.json`);
test.beforeAll(() => fs.copyFileSync(STORAGE.admin, ADMIN_STATE));
test.use({ storageState: ADMIN_STATE });

const BIJOY = 'Avwg evsjvq Mvb MvB';
const UNICODE = 'আমি বাংলায় গান গাই';

/** Puts text on the real system clipboard, as a copy from a SutonnyMJ document would. */
async function copyToClipboard(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
}

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});

test('Bijoy pasted into the headline becomes Unicode; one undo gives back the original', async ({ page }) => {
  const id = await createStory(page, '');
  await page.goto(`/admin/stories/${id}`);
  const headline = page.getByLabel('Headline');
  await headline.click();
  await copyToClipboard(page, BIJOY);
  await page.keyboard.press('Control+V');
  await expect(headline).toHaveValue(UNICODE);
  await page.keyboard.press('Control+Z');
  await expect(headline).toHaveValue(BIJOY);
  await page.keyboard.press('Control+Y');
  await expect(headline).toHaveValue(UNICODE);

  // English pastes as it is.
  await page.getByLabel('Summary').click();
  await copyToClipboard(page, 'Photo: Reuters');
  await page.keyboard.press('Control+V');
  await expect(page.getByLabel('Summary')).toHaveValue('Photo: Reuters');
});

test('Bijoy pasted into the story text becomes Unicode, undo restores the paste, and it is saved', async ({
  page,
}) => {
  const id = await createStory(page, 'বিজয় পেস্ট');
  await page.goto(`/admin/stories/${id}`);
  const body = page.getByRole('textbox', { name: 'Story text' });
  await expect(body).toHaveAttribute('contenteditable', 'true');
  await body.click();
  await page.keyboard.press('Control+End');
  await copyToClipboard(page, 'cÖavbgš¿x e‡j‡Qb, †`‡ki Dbœqb Ae¨vnZ _vK‡e|');
  await page.keyboard.press('Control+V');
  await expect(body).toContainText('প্রধানমন্ত্রী বলেছেন, দেশের উন্নয়ন অব্যাহত থাকবে।');
  await page.keyboard.press('Control+Z');
  await expect(body).toContainText('cÖavbgš¿x e‡j‡Qb');
  await expect(body).not.toContainText('প্রধানমন্ত্রী');
  await page.keyboard.press('Control+Shift+Z');
  await expect(body).toContainText('প্রধানমন্ত্রী বলেছেন');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  expect(await storyText(page.request, id)).toContain('প্রধানমন্ত্রী বলেছেন, দেশের উন্নয়ন অব্যাহত থাকবে।');
});

test('the toolbar converts a selected Bijoy phrase', async ({ page }) => {
  const id = await createStory(page, 'রূপান্তর');
  await page.goto(`/admin/stories/${id}`);
  const body = page.getByRole('textbox', { name: 'Story text' });
  await expect(body).toHaveAttribute('contenteditable', 'true');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  // Typed, not pasted: Bijoy that arrived some other way.
  await page.keyboard.type('XvKv');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: 'Convert Bijoy to Unicode (selection)' }).click();
  await expect(body).toContainText('ঢাকা');
  await expect(body).not.toContainText('XvKv');
  await expect(body).toContainText('শুরুর লেখা।');
});
