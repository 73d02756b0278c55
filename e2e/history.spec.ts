import { test, expect } from './fixtures';
import { choose, openApp } from './app';

test('undo and redo step through edits, with the buttons and the keyboard', async ({ page }) => {
  await openApp(page);
  const bar = page.getByRole('banner');
  const undo = bar.getByRole('button', { name: 'Undo' });
  const redo = bar.getByRole('button', { name: 'Redo' });
  const designName = page.getByRole('textbox', { name: 'Design name' });
  const nodeType = page.getByRole('combobox', { name: 'Node type' });
  await expect(undo).toBeDisabled();

  await designName.fill('first-edit');
  await choose(page, 'Node type', /^cache\.r7g\.xlarge/);
  await expect(undo).toBeEnabled();

  await undo.click();
  await expect(nodeType).toHaveValue('cache.r7g.large');
  await expect(designName).toHaveValue('first-edit');
  await undo.click();
  await expect(designName).toHaveValue('my-cache');
  await expect(undo).toBeDisabled();

  await redo.click();
  await expect(designName).toHaveValue('first-edit');

  // The shortcuts work in a text field too: the design's history, not the field's.
  await designName.focus();
  await page.keyboard.press('Control+Shift+Z');
  await expect(nodeType).toHaveValue('cache.r7g.xlarge');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(designName).toHaveValue('my-cache');
  await expect(redo).toBeEnabled();
});

test('typing in a field is one undo step', async ({ page }) => {
  await openApp(page);
  const description = page.getByRole('textbox', { name: 'Description' }).first();
  await description.focus();
  await page.keyboard.press('Control+A');
  await description.pressSequentially('Orders cache', { delay: 20 });
  await expect(description).toHaveValue('Orders cache');
  await page.keyboard.press('Control+Z');
  await expect(description).toHaveValue('A highly available Valkey cache.');
});
