import { test, expect } from './fixtures';
import { choose, openApp } from './app';

test('an invalid value shows its error under the field and in Checks, which leads back to it', async ({
  page,
}) => {
  await openApp(page);
  const port = page.getByRole('spinbutton', { name: 'Port' });
  await port.fill('80');

  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('At least 1024')).toBeVisible();

  const checksTab = page.getByRole('tab', { name: /Checks/ });
  await expect(checksTab).toContainText('1 error');
  await checksTab.click();
  const entry = page.getByRole('button', { name: /Port: At least 1024/ });
  await expect(entry).toBeVisible();

  await port.blur();
  await entry.click();
  await expect(port).toBeFocused();

  await port.fill('6380');
  await expect(port).toHaveAttribute('aria-invalid', 'false');
  await expect(entry).toHaveCount(0);
});

test('a rule that relates two fields is listed, and leads to the field it marks', async ({ page }) => {
  await openApp(page);
  await page.getByRole('switch', { name: 'Automatic failover' }).uncheck();
  await page.getByRole('tab', { name: /Checks/ }).click();
  const finding = page.getByRole('button', { name: /Automatic failover: Multi-AZ needs automatic failover/ });
  await expect(finding).toBeVisible();
  await finding.click();
  await expect(page.getByRole('switch', { name: 'Automatic failover' })).toBeFocused();
});

test('a fix applied from Checks leaves focus on the field it changed', async ({ page }) => {
  await openApp(page);
  const failover = page.getByRole('switch', { name: 'Automatic failover' });
  await failover.uncheck();
  await page.getByRole('tab', { name: /Checks/ }).click();
  await page.getByRole('button', { name: 'Enable automatic failover' }).click();
  await expect(failover).toBeChecked();
  await expect(failover).toBeFocused();
});

test('a change that recreates the cache the session opened with is a warning in Checks', async ({ page }) => {
  await openApp(page);
  const checksTab = page.getByRole('tab', { name: /Checks/ });
  // Valkey → Redis OSS: AWS cannot change the engine back in place, so the cache is recreated.
  await choose(page, 'Engine', 'Redis OSS');
  await expect(checksTab).toContainText(/warning/);
  await checksTab.click();
  const warning = page.getByRole('button', {
    name: /Engine: Changed since this design was opened: applying it destroys app-cache/,
  });
  await expect(warning).toBeVisible();
  await warning.click();
  await expect(page.getByRole('combobox', { name: 'Engine' }).first()).toBeFocused();

  // Back on Valkey (a newer version is an in-place upgrade) the warning goes.
  await choose(page, 'Engine', 'Valkey');
  await expect(page.getByRole('button', { name: /Changed since this design was opened/ })).toHaveCount(0);
});
