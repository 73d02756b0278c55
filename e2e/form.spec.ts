import { test, expect } from './fixtures';
import { choose, fileText, openApp } from './app';

test('fields appear only where they apply', async ({ page }) => {
  await openApp(page);
  const shards = page.getByRole('spinbutton', { name: 'Number of shards' });
  await expect(shards).toHaveCount(0);
  await expect(page.getByRole('spinbutton', { name: 'Number of replicas' })).toBeVisible();

  await choose(page, 'Cluster mode', 'Enabled');
  await expect(shards).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Replicas per shard' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Availability Zone placement' })).toHaveCount(0);

  // The parameter group family is derived from the engine and version, never typed.
  await page.getByRole('button', { name: /^Parameters/ }).click();
  const family = page.getByRole('textbox', { name: 'Parameter group family' });
  await expect(family).toHaveValue('valkey8');
  await expect(family).toHaveAttribute('readonly', '');
  await choose(page, 'Engine', 'Redis OSS');
  await expect(page.getByRole('combobox', { name: 'Engine version' })).toContainText('7.1');
  await expect(family).toHaveValue('redis7');
});

test('caches can be added, duplicated and removed (with undo)', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add cache' }).click();
  await page.getByRole('menuitem', { name: /^Memcached/ }).click();
  const memcached = page.getByRole('article', { name: 'memcached' });
  await expect(memcached).toBeVisible();
  await expect(memcached.getByRole('spinbutton', { name: 'Number of nodes' })).toHaveValue('2');
  expect(await fileText(page, 'elasticache.tf')).toContain('resource "aws_elasticache_cluster" "memcached"');

  await page.getByRole('button', { name: 'Duplicate cache app-cache' }).click();
  await expect(page.getByRole('article', { name: 'app-cache-2' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);

  await page.getByRole('button', { name: 'Remove cache app-cache-2' }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await page.getByRole('alert').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('article', { name: 'app-cache-2' })).toBeVisible();
});

test('environments size a cache differently, each with its own tfvars', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add environment' }).click();
  await page.getByRole('button', { name: 'Add environment' }).click();
  await expect(page.getByRole('textbox', { name: 'Environment name' })).toHaveCount(2);

  await page.getByRole('button', { name: /^Environments/ }).click();
  const dev = page.getByRole('region', { name: 'Environment dev' });
  await dev.getByRole('combobox', { name: 'Node type' }).click();
  await page.getByRole('option', { name: /^cache\.t4g\.small/ }).click();

  expect(await fileText(page, 'dev.tfvars')).toMatch(/app_cache_node_type\s+= "cache\.t4g\.small"/);
  expect(await fileText(page, 'staging.tfvars')).toMatch(/app_cache_node_type\s+= "cache\.r7g\.large"/);

  // Renaming the cache (even through an empty field) carries its overrides along.
  const cacheId = page.getByRole('textbox', { name: 'Cache ID' });
  await cacheId.fill('');
  await cacheId.pressSequentially('orders');
  expect(await fileText(page, 'dev.tfvars')).toMatch(/orders_node_type\s+= "cache\.t4g\.small"/);
  await page.getByRole('tab', { name: /Checks/ }).click();
  await expect(page.getByText('No cache has the ID')).toHaveCount(0);
});

test('a cache card collapses to its summary, from the keyboard too, and a jump from Checks opens it', async ({
  page,
}) => {
  await openApp(page);
  const failover = page.getByRole('switch', { name: 'Automatic failover' });
  await failover.uncheck();

  const header = page.getByRole('button', { name: 'app-cache', exact: true });
  await expect(header).toHaveAttribute('aria-expanded', 'true');
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-expanded', 'false');
  await expect(failover).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'app-cache' })).toContainText('cache.r7g.large');

  await page.getByRole('tab', { name: /Checks/ }).click();
  await page.getByRole('button', { name: /Automatic failover: Multi-AZ needs automatic failover/ }).click();
  await expect(header).toHaveAttribute('aria-expanded', 'true');
  await expect(failover).toBeFocused();
});

test('a card keeps its open or closed state when a cache before it is removed or duplicated', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add cache' }).click();
  await page.getByRole('menuitem', { name: /^Memcached/ }).click();
  const first = page.getByRole('button', { name: 'app-cache', exact: true });
  const memcached = page.getByRole('button', { name: 'memcached', exact: true });
  await expect(memcached).toHaveAttribute('aria-expanded', 'true');
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'false');

  // Duplicated, the collapsed first card stays collapsed and the open one after it stays open.
  await page.getByRole('button', { name: 'Duplicate cache app-cache' }).click();
  await expect(page.getByRole('button', { name: 'app-cache-2', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await expect(memcached).toHaveAttribute('aria-expanded', 'true');

  await page.getByRole('button', { name: 'Remove cache app-cache-2' }).click();
  await page.getByRole('button', { name: 'Remove cache app-cache', exact: true }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(memcached).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('spinbutton', { name: 'Number of nodes' })).toBeVisible();
});
