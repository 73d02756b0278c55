import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { openApp, waitForMonaco } from './app';

// Each test loads the whole app and runs axe over it: on a loaded machine that can take a minute.
test.beforeEach(() => test.slow());

for (const theme of ['light', 'dark'] as const) {
  // A wide screen, and a phone (the top bar's overflow menu open, as its items are checked too).
  for (const width of [1440, 390])
    test(`the main screen has no serious accessibility problem in the ${theme} theme at ${width} px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 900 });
      await openApp(page);
      await waitForMonaco(page);
      await expect(page.locator('html')).toHaveCSS('color-scheme', theme);
      if (width < 600) {
        await page.getByRole('button', { name: 'More actions' }).click();
        await expect(page.getByRole('menu', { name: 'More actions' })).toBeVisible();
      }

      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(serious).toEqual([]);
    });

  test(`the Diagram, Cost and Connect tabs have no serious accessibility problem in the ${theme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openApp(page);
    for (const name of ['Diagram', 'Cost', 'Connect']) {
      await page.getByRole('tab', { name, exact: true }).click();
      const panel = page.getByRole('tabpanel', { name });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('status')).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page })
        .include(`#${await panel.getAttribute('id')}`)
        .analyze();
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${name}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(serious).toEqual([]);
    }
  });
}

test('the theme follows the system until toggled, and the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Switch to dark theme' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
});
