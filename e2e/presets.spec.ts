import { test, expect } from './fixtures';
import { fileText, loadPreset, openApp } from './app';

test('a seed preset fills the form and the preview with its values', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Presets' }).click();
  const menu = page.getByRole('menu', { name: 'Presets' });
  // Every guide example is offered, marked as from the guide, with its description.
  await expect(menu.getByRole('menuitem', { name: /From the guide/ })).toHaveCount(18);
  await expect(
    menu.getByRole('menuitem', { name: /^Basic Redis.*Basic Redis setup: a Redis cluster for caching/ }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  await loadPreset(page, 'Basic Redis');

  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('basic-redis');
  await expect(page.getByTestId('design-name')).toHaveText('basic-redis');
  // The guide's description in Description; what we corrected or added in the notes.
  await expect(page.getByRole('textbox', { name: 'Description', exact: true }).first()).toHaveValue(
    /^Basic Redis setup: a Redis cluster for caching/,
  );
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    /redis7\.x[\s\S]*Added: the backup window/,
  );
  await expect(page.getByRole('combobox', { name: 'Engine', exact: false }).first()).toContainText(
    'Redis OSS',
  );
  await expect(page.getByRole('combobox', { name: 'Engine version' })).toContainText('7.0');
  await expect(page.getByRole('combobox', { name: 'Node type' })).toHaveValue('cache.t3.micro');
  await expect(page.getByRole('textbox', { name: 'Cache ID' })).toHaveValue('redis-cluster');
  const hcl = await fileText(page, 'elasticache.tf');
  expect(hcl).toContain('resource "aws_elasticache_replication_group" "redis_cluster"');
  expect(hcl).toMatch(/engine\s+= "redis"/);
  expect(hcl).toMatch(/family\s+= "redis7"/);

  // The notice offers to undo it: back to the design before the preset.
  await loadPreset(page, 'Secure Redis');
  await page.getByRole('alert').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('basic-redis');
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('my-cache');
});

test('a serverless preset shows the serverless fields only', async ({ page }) => {
  await openApp(page);
  await loadPreset(page, 'Serverless Valkey');
  await expect(page.getByRole('spinbutton', { name: 'Maximum data storage (GB)' })).toHaveValue('10');
  await expect(page.getByRole('spinbutton', { name: 'Maximum ECPU per second' })).toHaveValue('10000');
  await expect(page.getByRole('combobox', { name: 'Node type' })).toHaveCount(0);
  await expect(page.getByRole('spinbutton', { name: 'Number of shards' })).toHaveCount(0);
  expect(await fileText(page, 'elasticache.tf')).toContain('resource "aws_elasticache_serverless_cache"');
});
