import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openApp } from './app';

/**
 * Presses Tab from the top of the page `presses` times, then tells after how many presses focus first
 * reached the output's tabs, and how many of the stops before were per-field docs links.
 */
async function tabsToOutput(page: Page, presses = 90): Promise<{ toOutput: number; docsStops: number }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const stops: { inOutput: boolean; docs: boolean }[] = [];
    document.addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      stops.push({
        inOutput: target.closest('[role="tablist"][aria-label="Output"]') !== null,
        docs: target.getAttribute('aria-label')?.startsWith('Docs:') ?? false,
      });
    });
    Object.assign(window, { tabStops: stops });
  });
  // One round trip per press only: a busy machine makes each one slow.
  for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const stops = (window as unknown as { tabStops: { inOutput: boolean; docs: boolean }[] }).tabStops;
    const index = stops.findIndex((stop) => stop.inOutput);
    const before = index < 0 ? stops : stops.slice(0, index);
    return {
      toOutput: index < 0 ? Infinity : index + 1,
      docsStops: before.filter((stop) => stop.docs).length,
    };
  });
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
  test.setTimeout(300_000);
  await openApp(page);
  const { toOutput, docsStops } = await tabsToOutput(page);
  expect(docsStops).toBe(0);
  expect(toOutput).toBeLessThanOrEqual(75);
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
