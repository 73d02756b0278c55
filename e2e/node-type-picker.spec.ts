/**
 * The node type picker: type to filter, grouped by family with current-generation Graviton first,
 * each option with memory, vCPUs and the hourly price; only the types the cache can run on; keyboard
 * operable.
 */
import { test, expect } from './fixtures';
import { fileText, openApp } from './app';

test('typing filters the node types; each option shows memory, vCPUs and the hourly price', async ({
  page,
}) => {
  await openApp(page);
  const picker = page.getByRole('combobox', { name: 'Node type' });
  await expect(picker).toHaveValue('cache.r7g.large');
  await picker.click();
  const listbox = page.getByRole('listbox');
  // Current-generation Graviton first, named by family and processor.
  await expect(listbox.getByRole('option').first()).toHaveText(
    /^cache\.r7g\.large\s*13\.07 GiB · 2 vCPU · \$0\.\d{4}\/h$/,
  );
  await expect(page.getByText('Memory optimized — R7g (Graviton3)')).toBeVisible();
  await expect(page.getByText(/Hourly on-demand prices\. Prices are estimates for us-east-1/)).toBeVisible();

  await picker.fill('m7g.2x');
  await expect(listbox.getByRole('option')).toHaveCount(1);
  await expect(listbox.getByRole('option')).toHaveText(/^cache\.m7g\.2xlarge\s*26\.05 GiB · 8 vCPU/);
  await page.keyboard.press('Enter');
  await expect(listbox).toBeHidden();
  await expect(picker).toHaveValue('cache.m7g.2xlarge');
  expect(await fileText(page, 'variables.tf')).toContain('"cache.m7g.2xlarge"');
});

test('the picker works from the keyboard alone and searches the family names', async ({ page }) => {
  await openApp(page);
  const picker = page.getByRole('combobox', { name: 'Node type' });
  await picker.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('burstable — t4g');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toHaveText(/^cache\.t4g\.micro/);
  await expect(options).toHaveCount(3);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue('cache.t4g.small');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('no such type');
  await expect(page.getByText('No node type matches')).toBeVisible();
  await page.keyboard.press('Escape');
  await picker.blur();
  await expect(picker).toHaveValue('cache.t4g.small');
});

test('only node types the cache can run on are offered: r6gd with data tiering, no T-class for a global datastore', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('switch', { name: 'Data tiering' }).check();
  const picker = page.getByRole('combobox', { name: 'Node type' });
  await picker.click();
  const options = page.getByRole('listbox').getByRole('option');
  const names = await options.allTextContents();
  expect(names.length).toBeGreaterThan(0);
  // The current value (r7g) stays listed, disabled, so the field says what it holds.
  expect(names.filter((name) => !name.startsWith('cache.r6gd.'))).toEqual([
    expect.stringMatching(/^cache\.r7g\.large.*does not fit this cache$/),
  ]);
  await options.filter({ hasText: /^cache\.r6gd\.xlarge/ }).click();
  await expect(picker).toHaveValue('cache.r6gd.xlarge');
});
