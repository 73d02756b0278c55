/**
 * The Cost tab: the expected usage is edited beside the figures it drives (and carried in the design),
 * designs serverless cannot replace get no serverless comparison, and prices say their region.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { choose, loadPreset, openApp } from './app';

async function openCost(page: Page) {
  await page.getByRole('tab', { name: 'Cost', exact: true }).click();
  return page.getByRole('tabpanel', { name: 'Cost' });
}

test('the expected usage is edited in the Cost tab, drives the serverless figure and is one undo step', async ({
  page,
}) => {
  await openApp(page);
  const panel = await openCost(page);
  const usage = panel.getByRole('group', { name: 'Expected usage of app-cache' });
  const data = usage.getByRole('spinbutton', { name: 'Expected data (GB)' });
  await expect(data).toHaveValue('1');
  const serverless = panel.getByTestId('as-serverless');
  const before = await serverless.textContent();

  await data.fill('0');
  await data.press('Enter');
  await expect(usage).toContainText('At least 0.1');
  await expect(serverless).toHaveText(before!);

  await data.fill('40');
  await data.press('Enter');
  await expect(usage).not.toContainText('At least');
  await expect(serverless).not.toHaveText(before!);
  // Backups of 40 GB: six snapshots beyond the free one.
  await expect(panel).toContainText('Backups: 6 snapshot(s) of 40 GB beyond the free one');
  // The same value is the design's: the form shows it, and the link carries it.
  await expect(
    page.getByRole('region', { name: 'Design form' }).getByRole('spinbutton', { name: 'Expected data (GB)' }),
  ).toHaveValue('40');

  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(data).toHaveValue('1');
  await expect(serverless).toHaveText(before!);
});

test('a global datastore gets no serverless comparison, and says why', async ({ page }) => {
  await openApp(page);
  await loadPreset(page, 'Redis global datastore');
  const panel = await openCost(page);
  await expect(panel.getByTestId('no-serverless-comparison')).toHaveText(
    'No serverless comparison: It is part of a global datastore, which serverless caches cannot join.',
  );
  await expect(panel.getByTestId('as-serverless')).toHaveCount(0);
});

test('prices state their region, and that the design region differs', async ({ page }) => {
  await openApp(page);
  const panel = await openCost(page);
  await expect(panel).toContainText(
    'Prices are estimates for us-east-1 (as of 2025-06); other regions differ.',
  );
  await choose(page, 'Region', /^eu-west-1/);
  await expect(panel).toContainText(
    'Prices are estimates for us-east-1 (as of 2025-06); this design is in eu-west-1, where prices differ.',
  );
});
