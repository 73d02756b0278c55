import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openApp } from './app';

/**
 * Presses Tab from the top of the page until focus is in the output's tabs: the number of presses,
 * and how many of the stops on the way were per-field docs links.
 */
async function tabsToOutput(page: Page, limit = 200): Promise<{ presses: number; docsStops: number }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let docsStops = 0;
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => ({
      inOutput: document.activeElement?.closest('[role="tablist"][aria-label="Output"]') != null,
      docs: document.activeElement?.getAttribute('aria-label')?.startsWith('Docs:') ?? false,
    }));
    if (stop.docs) docsStops++;
    if (stop.inOutput) return { presses, docsStops };
  }
  return { presses: Infinity, docsStops };
}

test('a skip link leads from the top to the output', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to output' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Terraform', exact: true })).toBeFocused();
});

test('the output is a few dozen Tab presses from the top, with no stop per docs link', async ({ page }) => {
  await openApp(page);
  const { presses, docsStops } = await tabsToOutput(page);
  expect(docsStops).toBe(0);
  expect(presses).toBeLessThanOrEqual(75);
});

test('F1 in a field opens its docs', async ({ page }) => {
  await openApp(page);
  // The docs are on another site: record where the page would go instead of going there.
  await page.evaluate(() => {
    window.open = (url) => {
      document.body.dataset.opened = String(url);
      return null;
    };
  });
  await page.getByRole('spinbutton', { name: 'Port' }).focus();
  await page.keyboard.press('F1');
  await expect(page.locator('body')).toHaveAttribute('data-opened', /^https:\/\/docs\.aws\.amazon\.com\//);
});
