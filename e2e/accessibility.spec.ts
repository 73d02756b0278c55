import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { openApp, waitForMonaco } from './app';

for (const theme of ['light', 'dark'] as const) {
  test(`the main screen has no serious accessibility problem in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openApp(page);
    await waitForMonaco(page);
    await expect(page.locator('html')).toHaveCSS('color-scheme', theme);

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
