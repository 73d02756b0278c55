/**
 * Rule findings where the user is: at the field they mark, with their one-click fix, as well as in
 * Checks; and what changing a field does to a running cache, as a badge on the field.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { loadPreset, openApp } from './app';

const NEEDS_FAILOVER = /Multi-AZ needs automatic failover/;

/** Multi-AZ on with automatic failover off: the provider rejects it at plan time. */
async function breakFailover(page: Page) {
  const multiAz = page.getByRole('switch', { name: 'Multi-AZ' });
  const failover = page.getByRole('switch', { name: 'Automatic failover' });
  await multiAz.uncheck();
  await failover.uncheck();
  await multiAz.check();
  return { multiAz, failover };
}

const checksEntry = (page: Page) =>
  page.getByRole('button', { name: /Automatic failover: Multi-AZ needs automatic failover/ });

test('a rule error shows at its field and in Checks, and the fix beside the field repairs both', async ({
  page,
}) => {
  await openApp(page);
  const { multiAz, failover } = await breakFailover(page);

  await expect(failover).toHaveAccessibleDescription(NEEDS_FAILOVER);
  // The control itself is marked invalid, as for a schema error.
  const failoverLabelInError = page.locator('.MuiFormControlLabel-root.Mui-error', {
    hasText: 'Automatic failover',
  });
  await expect(failoverLabelInError).toBeVisible();
  const checksTab = page.getByRole('tab', { name: /Checks/ });
  await checksTab.click();
  await expect(checksEntry(page)).toBeVisible();

  await page
    .getByRole('form', { name: 'Design' })
    .getByRole('button', { name: 'Enable automatic failover' })
    .click();

  await expect(failover).toBeChecked();
  await expect(multiAz).toBeChecked();
  await expect(failover).not.toHaveAccessibleDescription(NEEDS_FAILOVER);
  await expect(failoverLabelInError).toHaveCount(0);
  await expect(checksEntry(page)).toHaveCount(0);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Applied: Enable automatic failover' }),
  ).toBeVisible();
});

test('a fix applied from Checks changes the form, and Undo brings the error back', async ({ page }) => {
  await openApp(page);
  const { failover } = await breakFailover(page);
  await page.getByRole('tab', { name: /Checks/ }).click();

  await page
    .getByRole('tabpanel', { name: /Checks/ })
    .getByRole('button', { name: 'Enable automatic failover' })
    .click();

  await expect(failover).toBeChecked();
  await expect(checksEntry(page)).toHaveCount(0);

  await page.getByRole('alert').getByRole('button', { name: 'Undo' }).click();
  await expect(failover).not.toBeChecked();
  await expect(checksEntry(page)).toBeVisible();
  await expect(failover).toHaveAccessibleDescription(NEEDS_FAILOVER);
});

test('a field says what changing it does to a running cache', async ({ page }) => {
  await openApp(page);
  const atRest = page.getByRole('switch', { name: 'Encryption at rest' });
  await expect(atRest).toHaveAccessibleDescription(
    /Forces replacement\s*: Encryption at rest is chosen at creation/,
  );
  const field = page.locator('.MuiFormControl-root').filter({ has: atRest });
  await expect(field.getByText('Forces replacement')).toBeVisible();

  await expect(page.getByRole('switch', { name: 'Automatic failover' })).toHaveAccessibleDescription(
    /In place/,
  );
});

test('a best-practice warning names the checkov check that flags it, and its fix says which entry it repairs', async ({
  page,
}) => {
  await openApp(page);
  await loadPreset(page, 'Basic Redis');
  await page.getByRole('tab', { name: /Checks/ }).click();
  const checks = page.getByRole('tabpanel', { name: /Checks/ });
  await expect(checks.getByText(/Best practice · [a-z-]+ · checkov CKV_AWS_29/)).toBeVisible();
  const fix = checks.getByRole('button', { name: 'Turn on encryption at rest' });
  await expect(fix).toHaveAccessibleDescription(/Encryption at rest/);
});

test('a finding on one row of a list shows at that row, with its fix', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add CIDR block' }).click();
  const row = page.getByRole('textbox', { name: 'CIDR block 1' });
  await row.fill('0.0.0.0/0');
  await expect(row).toHaveAccessibleDescription(/0\.0\.0\.0\/0 lets any address connect/);
  await page.getByRole('form', { name: 'Design' }).getByRole('button', { name: 'Remove 0.0.0.0/0' }).click();
  await expect(row).toHaveCount(0);
});
