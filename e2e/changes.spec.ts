/**
 * The Changes tab: after a preset is opened, resizing its cache and moving it to an engine version of
 * another parameter family shows what Terraform will do to the deployed preset — the custom parameter
 * group replaced (a new name for the new family) and the cache updated in place.
 */
import { test, expect } from './fixtures';
import { loadPreset, openApp, resizeAndUpgradeBasicRedis } from './app';

const PARAMETER_GROUP = 'aws_elasticache_parameter_group.redis_cluster';
const CACHE = 'aws_elasticache_replication_group.redis_cluster';

for (const width of [1280, 390]) {
  test(`at ${width} px: node type and engine version changed on a preset — the parameter group is replaced, the cache updated`, async ({
    page,
  }) => {
    // Opening a preset, three edits and two reviews: more than the default minute on a busy machine.
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    await loadPreset(page, 'Basic Redis');

    const panel = await resizeAndUpgradeBasicRedis(page);
    const list = panel.getByRole('list', { name: 'Planned changes, worst first' });
    const items = list.getByRole('listitem');
    await expect(panel.getByRole('status')).toHaveText('Plan: 1 to replace, 1 to update.');
    await expect(items).toHaveCount(2);
    // Worst first: the cache's failovers before the parameter group, which is created anew before the
    // old one goes (its name follows the family) and never touches the running cache.
    const cache = items.nth(0);
    await expect(cache).toContainText(CACHE);
    await expect(cache).toHaveAttribute('data-action', 'update');
    await expect(cache).toContainText('Because of engine, engine_version, node_type, parameter_group_name');
    await expect(cache).toContainText(/online resize/i);
    const parameterGroup = items.nth(1);
    await expect(parameterGroup).toContainText(PARAMETER_GROUP);
    await expect(parameterGroup).toHaveAttribute('data-action', 'replace');
    await expect(parameterGroup).toContainText('Forced by family, name');

    // Nothing in the view is wider than the screen.
    const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
