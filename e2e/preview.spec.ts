import { test, expect } from './fixtures';
import { readFile } from 'node:fs/promises';
import { choose, codeView, downloadVia, editorText, fileText, openApp, openFile, waitForMonaco } from './app';

test('the default design shows its replication group, first as static text, then in Monaco', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  await expect(page.getByRole('tab', { name: 'elasticache.tf' })).toHaveAttribute('aria-selected', 'true');
  await expect(codeView(page)).toContainText('resource "aws_elasticache_replication_group" "app_cache"');
  await waitForMonaco(page);
  await expect(codeView(page).locator('.monaco-editor')).toContainText('aws_elasticache_replication_group');
  // The read-only editor is set up to need no worker at all.
  expect(workers).toEqual([]);
});

test('changing the node type changes its line in the preview, highlighted', async ({ page }) => {
  await openApp(page);
  await waitForMonaco(page);
  await openFile(page, 'terraform.tfvars.example');
  await expect(codeView(page)).toContainText('app_cache_node_type = "cache.r7g.large"');

  await choose(page, 'Node type', /^cache\.r7g\.xlarge/);

  // The changed line is highlighted for a moment, so look for that first.
  await expect(codeView(page).locator('.preview-changed-line')).toHaveCount(1);
  await expect(codeView(page)).toContainText('app_cache_node_type = "cache.r7g.xlarge"');
  await expect(codeView(page)).not.toContainText('"cache.r7g.large"');
  // The tabs of the files the edit changed get a dot; the others do not.
  const files = page.getByRole('tablist', { name: 'Bundle files' });
  await expect(files.getByRole('tab', { name: 'terraform.tfvars.example' }).locator('span')).toHaveCount(1);
  await expect(files.getByRole('tab', { name: 'versions.tf' }).locator('span')).toHaveCount(0);
});

test('a changed line stays highlighted while the edits go on, fades once they pause, and stays with its file', async ({
  page,
}) => {
  await openApp(page);
  await waitForMonaco(page);
  const highlight = codeView(page).locator('.preview-changed-line');
  const description = page.locator('[name="caches.0.description"]');
  await description.click();
  await description.press('End');

  await page.keyboard.type('ab', { delay: 100 });
  await expect(codeView(page)).toContainText('"app-cache cacheab"');
  await expect(highlight).toHaveCount(1);
  await expect(highlight).not.toHaveClass(/preview-change-fading/);
  // The fade is short: watch every frame for it.
  await page.waitForFunction(
    () => document.querySelector('.preview-changed-line.preview-change-fading'),
    null,
    {
      polling: 'raf',
    },
  );
  await expect(highlight).toHaveCount(0);

  // A file left while its highlight shows comes back without it.
  await page.keyboard.type('c');
  await expect(highlight).toHaveCount(1);
  await openFile(page, 'variables.tf');
  await openFile(page, 'elasticache.tf');
  await expect(codeView(page)).toContainText('"app-cache cacheabc"');
  await expect(highlight).toHaveCount(0);
});

test('after edits of one line, of several and of the line count, the editor holds exactly the file', async ({
  page,
}) => {
  await openApp(page);
  await waitForMonaco(page);
  const description = page.locator('[name="caches.0.description"]');
  await description.click();
  await description.press('End');
  await page.keyboard.type(' for orders');
  await choose(page, 'Node type', /^cache\.r7g\.xlarge/);
  await choose(page, 'Cluster mode', /^Enabled/);
  await expect(codeView(page)).toContainText('"app-cache cache for orders"');
  await expect(codeView(page)).toContainText('num_node_groups');

  const file = await fileText(page, 'elasticache.tf');
  expect(await editorText(page)).toBe(file);
});

test('on a narrow screen the preview sits under the form and shows its code', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await openApp(page);
  await waitForMonaco(page);
  await codeView(page).scrollIntoViewIfNeeded();
  await expect(codeView(page).locator('.monaco-editor .view-lines')).toBeVisible();
  await expect(codeView(page)).toContainText('aws_elasticache_replication_group');
  expect((await codeView(page).boundingBox())!.height).toBeGreaterThan(300);
});

test('each bundle file has a tab, and the open one can be copied and downloaded', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const files = page.getByRole('tablist', { name: 'Bundle files' }).getByRole('tab');
  await expect(files).toHaveText([
    'versions.tf',
    'providers.tf',
    'variables.tf',
    'network.tf',
    'security.tf',
    'elasticache.tf',
    'monitoring.tf',
    'outputs.tf',
    'terraform.tfvars.example',
    'README.md',
  ]);
  await openFile(page, 'versions.tf');
  await page.getByRole('button', { name: 'Copy versions.tf' }).click();
  await expect(page.getByText('Copied versions.tf')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('required_providers');

  const download = await downloadVia(page, () =>
    page.getByRole('button', { name: 'Download versions.tf' }).click(),
  );
  expect(download.suggestedFilename()).toBe('versions.tf');
  expect(await readFile((await download.path())!, 'utf8')).toBe(copied);
});

test('the split between form and preview can be resized, also with the keyboard', async ({ page }) => {
  await openApp(page);
  const divider = page.getByRole('separator', { name: 'Resize the form and the preview' });
  const form = page.getByRole('region', { name: 'Design form' });
  const before = (await form.boundingBox())!.width;
  await divider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await form.boundingBox())!.width).toBeGreaterThan(before + 20);

  const box = (await divider.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x - 200, box.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await form.boundingBox())!.width).toBeLessThan(before - 100);
});

test('the output and file tabs follow the ARIA tabs pattern: arrow keys, Home and End move the selection', async ({
  page,
}) => {
  await openApp(page);
  const output = page.getByRole('tablist', { name: 'Output' });
  await output.getByRole('tab', { name: 'Terraform' }).focus();
  await page.keyboard.press('ArrowRight');
  const checks = output.getByRole('tab', { name: /Checks/ });
  await expect(checks).toHaveAttribute('aria-selected', 'true');
  await expect(checks).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: /Checks/ })).toBeVisible();
  await page.keyboard.press('End');
  await expect(output.getByRole('tab', { name: 'Changes' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(output.getByRole('tab', { name: 'Terraform' })).toHaveAttribute('aria-selected', 'true');
  await expect(output.getByRole('tab', { name: 'Terraform' })).toBeFocused();
  // Only the selected tab is in the tab order.
  await expect(output.getByRole('tab', { selected: false }).first()).toHaveAttribute('tabindex', '-1');

  const files = page.getByRole('tablist', { name: 'Bundle files' });
  await files.getByRole('tab', { name: 'elasticache.tf' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(files.getByRole('tab', { name: 'security.tf' })).toHaveAttribute('aria-selected', 'true');
  await expect(codeView(page)).toContainText('aws_security_group');
  await page.keyboard.press('Home');
  await expect(files.getByRole('tab', { name: 'versions.tf' })).toBeFocused();
  await expect(codeView(page)).toContainText('required_providers');
});
