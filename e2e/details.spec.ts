import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { loadPreset, openApp } from './app';

const checksTab = (page: Page) => page.getByRole('tab', { name: /Checks/ });

for (const width of [1440, 390]) {
  test(`the file tabs open scrolled to the start at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    const strip = page.getByRole('tablist', { name: 'Bundle files' });
    const firstTab = strip.getByRole('tab').first();
    await expect(firstTab).toBeVisible();
    // The first file's name reads whole: its tab starts inside the strip.
    await expect.poll(() => strip.evaluate((element) => element.scrollLeft)).toBe(0);
    const [stripBox, tabBox] = [await strip.boundingBox(), await firstTab.boundingBox()];
    expect(tabBox!.x).toBeGreaterThanOrEqual(stripBox!.x);
  });
}

test('the diagram counts every stamped service', async ({ page }) => {
  await openApp(page);
  await loadPreset(page, 'Microservices Redis');
  await page.getByRole('tab', { name: 'Diagram' }).click();
  // Four services, each a primary and a replica.
  await expect(page.getByText(/4 primaries · 4 replicas · 1 region/)).toBeVisible();
});

test("a Checks entry names its field with the field's own label", async ({ page }) => {
  await openApp(page);
  const replicas = page.getByRole('spinbutton', { name: 'Number of replicas' });
  await replicas.fill('0');
  await checksTab(page).click();
  await expect(
    page.getByRole('button', { name: /Number of replicas: Automatic failover needs/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Replicas per shard:/ })).toHaveCount(0);
});

test('turning on a global datastore starts with a secondary region, without an error', async ({ page }) => {
  await openApp(page);
  // The section opens collapsed, its summary saying "Off".
  await page.getByRole('button', { name: /^Global datastore/ }).click();
  await page.getByRole('switch', { name: 'Global datastore' }).check();
  // The design's own region, then the secondary's.
  await expect(page.getByRole('combobox', { name: 'Region', exact: true })).toHaveCount(2);
  const secondary = page.getByRole('combobox', { name: 'Region', exact: true }).last();
  await expect(secondary).not.toHaveText(/us-east-1\b/); // the default primary region
  await expect(checksTab(page)).not.toContainText('error');
});

test('while a field is invalid the Terraform tab says it shows the last valid design', async ({ page }) => {
  await openApp(page);
  const banner = page.getByRole('status').filter({ hasText: 'Showing the last valid design' });
  await expect(banner).toHaveCount(0);
  await page.getByRole('spinbutton', { name: 'Port' }).fill('80');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('fix 1 field');
  await page.getByRole('spinbutton', { name: 'Port' }).fill('6379');
  await expect(banner).toHaveCount(0);
});
