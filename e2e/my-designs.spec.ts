/**
 * "My designs": several named designs in one browser, from the ⋮ menu: save, open (one undo step),
 * rename, duplicate, delete; a damaged entry is reported and ignored; nothing leaves the browser
 * (the origin guard of every test fails one that makes a request elsewhere).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openApp } from './app';

async function openMyDesigns(page: Page) {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: /^My designs/ }).click();
  return page.getByRole('dialog', { name: 'My designs' });
}

test('save two designs, rename, duplicate, delete, and open one as a single undo step', async ({ page }) => {
  // Two app loads and a dozen dialog steps: on a busy two-core machine this ran past the default limit.
  test.slow();
  await openApp(page);
  const designName = page.getByRole('textbox', { name: 'Design name' });
  await designName.fill('orders');
  let dialog = await openMyDesigns(page);
  await dialog.getByRole('textbox', { name: 'Name to save the current design under' }).fill('Orders');
  await dialog.getByRole('button', { name: 'Save current design' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await designName.fill('sessions');
  dialog = await openMyDesigns(page);
  await dialog.getByRole('button', { name: 'Save current design' }).click();
  const list = dialog.getByRole('list', { name: 'Saved designs' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await dialog.getByRole('button', { name: 'Rename Orders' }).click();
  await dialog.getByRole('textbox', { name: 'New name' }).fill('Orders (prod)');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await dialog.getByRole('button', { name: 'Duplicate Orders (prod)' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Delete Orders (prod) (copy)' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Orders (prod)');
  await expect(list).toContainText('sessions');

  await dialog.getByRole('button', { name: 'Open Orders (prod)' }).click();
  await expect(dialog).toBeHidden();
  await expect(designName).toHaveValue('orders');
  await expect(page.getByRole('alert').filter({ hasText: 'from My designs' })).toBeVisible();
  // One undo step back to what was being edited.
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(designName).toHaveValue('sessions');

  // Kept across reloads: it is in this browser's storage.
  await page.reload();
  dialog = await openMyDesigns(page);
  await expect(dialog.getByRole('list', { name: 'Saved designs' }).getByRole('listitem')).toHaveCount(2);
});

test('a damaged saved design is reported and ignored', async ({ page }) => {
  await page.addInitScript(() => {
    const good = {
      id: 'a',
      title: 'Broken design',
      savedAt: '2026-01-01T00:00:00Z',
      json: '{"name": "Bad Name!"}',
    };
    localStorage.setItem('elasticache-configurator:designs', JSON.stringify([good, { title: 3 }]));
  });
  await openApp(page);
  const dialog = await openMyDesigns(page);
  await expect(dialog.getByRole('alert')).toHaveText('1 damaged saved design(s) ignored.');
  await dialog.getByRole('button', { name: 'Open Broken design' }).click();
  // The intake's verdict, and the design being edited is kept.
  await expect(page.getByRole('alert').filter({ hasText: 'Broken design' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('my-cache');
});
