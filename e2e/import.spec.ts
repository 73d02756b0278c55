/**
 * Import of a deployment: `terraform show -json` of the Basic Redis bundle's plan, opened from the
 * More actions menu. The report says what was mapped and what the design does not hold, and the Changes
 * tab then reviews edits against that deployment.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { openApp, resizeAndUpgradeBasicRedis } from './app';

const PLAN_JSON = new URL('../src/import/__fixtures__/seed-basic-redis.plan.json', import.meta.url);

test('a plan imported from terraform show -json opens with its report, and the Changes tab reviews against it', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  await page.getByRole('button', { name: 'More actions' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('menuitem', { name: /Import design JSON or deployment/ }).click(),
  ]);
  await chooser.setFiles({
    name: 'plan.json',
    mimeType: 'application/json',
    buffer: await readFile(PLAN_JSON),
  });

  const report = page.getByRole('alert').filter({ hasText: 'fields mapped' });
  await expect(report).toContainText('terraform show -json');
  await expect(report).toContainText(/\d+ fields mapped/);
  const designName = page.getByRole('textbox', { name: 'Design name' });
  await expect(designName).toHaveValue('basic-redis', { timeout: 60_000 });
  // Undo brings back the draft the import replaced; Redo the import.
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: 'Undo' }).click();
  await expect(designName).toHaveValue('my-cache');
  await banner.getByRole('button', { name: 'Redo' }).click();
  await expect(designName).toHaveValue('basic-redis');

  const panel = await resizeAndUpgradeBasicRedis(page);
  await expect(panel.getByRole('status')).toHaveText('Plan: 1 to replace, 1 to update.');
  const items = panel.getByRole('list', { name: 'Planned changes, worst first' }).getByRole('listitem');
  await expect(items.nth(0)).toContainText('aws_elasticache_replication_group.redis_cluster');
  await expect(items.nth(0)).toHaveAttribute('data-action', 'update');
  await expect(items.nth(1)).toContainText('aws_elasticache_parameter_group.redis_cluster');
  await expect(items.nth(1)).toHaveAttribute('data-action', 'replace');
});
