import { expect, test } from '@playwright/test';
import { ADMIN, STORAGE } from '../fixtures/staff';

/**
 * A brand-new newsroom: the setup screen creates the administrator, who invites
 * an editor; the editor signs in with the one-time password and chooses their own.
 */
test('first run: setup, invite an editor, the editor signs in', async ({ page, browser }) => {
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: /Set up your newsroom/ })).toBeVisible();
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Repeat password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByRole('heading', { name: `নমস্কার, ${ADMIN.name}` })).toBeVisible();
  await page.context().storageState({ path: STORAGE.admin });

  await page.getByRole('link', { name: 'Users' }).click();
  const invite = page.getByRole('form', { name: 'Invite a colleague' });
  await invite.getByLabel('Name').fill('রহিম উদ্দিন');
  await invite.getByLabel('Email').fill('rahim@barta.test');
  await invite.getByLabel('Role').selectOption('editor');
  await invite.getByRole('button', { name: 'Invite' }).click();
  const oneTimePassword = (await page.getByTestId('one-time-password').textContent())!.trim();
  expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await expect(page.getByRole('cell', { name: 'rahim@barta.test' })).toBeVisible();

  // Bad input gets a clear message, and nothing is created.
  await invite.getByLabel('Name').fill('Someone');
  await invite.getByLabel('Email').fill('not-an-email');
  await invite.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a valid email address');

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await editor.goto('/admin');
  await editor.getByLabel('Email').fill('rahim@barta.test');
  await editor.getByLabel('Password').fill('wrong-password');
  await editor.getByRole('button', { name: 'Sign in' }).click();
  await expect(editor.getByRole('alert')).toHaveText('Email or password is not correct.');
  await editor.getByLabel('Password').fill(oneTimePassword);
  await editor.getByRole('button', { name: 'Sign in' }).click();
  await expect(editor.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await editor.getByLabel('One-time password').fill(oneTimePassword);
  await editor.getByLabel('New password', { exact: true }).fill('rahim-own-password');
  await editor.getByLabel('Repeat new password').fill('rahim-own-password');
  await editor.getByRole('button', { name: 'Change password' }).click();
  await expect(editor.getByRole('heading', { name: 'নমস্কার, রহিম উদ্দিন' })).toBeVisible();
  // An editor sees no admin screens.
  await expect(editor.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await editorContext.close();
});
