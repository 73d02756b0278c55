/**
 * Import of a deployment through the Import dialog (More actions): `terraform show -json` of the Basic
 * Redis bundle's plan as a file, AWS CLI output as pasted text. The report says what was mapped and what
 * the design does not hold, and the Changes tab then reviews edits against that deployment.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { importFile, openApp, openImport, resizeAndUpgradeBasicRedis } from './app';

const PLAN_JSON = new URL('../src/import/__fixtures__/seed-basic-redis.plan.json', import.meta.url);
const GUIDE_SIMPLE = new URL('../src/import/__fixtures__/guide/seed-simple.tf', import.meta.url);
const SERVERLESS_DESCRIBE = new URL(
  '../src/import/__fixtures__/aws-cli/describe-serverless-caches.json',
  import.meta.url,
);

test('a plan imported from terraform show -json opens with its report, and the Changes tab reviews against it', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  await importFile(page, 'plan.json', await readFile(PLAN_JSON));

  const report = page.getByRole('alert').filter({ hasText: 'fields mapped' });
  await expect(report).toContainText('terraform show -json');
  await expect(report).toContainText(/\d+ fields mapped/);
  const designName = page.getByRole('textbox', { name: 'Design name' });
  await expect(designName).toHaveValue('basic-redis', { timeout: 60_000 });
  // Undo brings back the draft the import replaced; Redo the import.
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: 'Undo' }).click();
  await expect(designName).toHaveValue('my-cache');
  await banner.getByRole('button', { name: 'Redo' }).click();
  await expect(designName).toHaveValue('basic-redis');

  const panel = await resizeAndUpgradeBasicRedis(page);
  await expect(panel.getByRole('status')).toHaveText('Plan: 1 to replace, 1 to update.');
  const items = panel.getByRole('list', { name: 'Planned changes, worst first' }).getByRole('listitem');
  await expect(items.nth(0)).toContainText('aws_elasticache_replication_group.redis_cluster');
  await expect(items.nth(0)).toHaveAttribute('data-action', 'update');
  await expect(items.nth(1)).toContainText('aws_elasticache_parameter_group.redis_cluster');
  await expect(items.nth(1)).toHaveAttribute('data-action', 'replace');
});

test('pasted AWS CLI output imports; a pasted fragment is refused in the dialog, which keeps the text', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openImport(page);
  const paste = dialog.getByRole('textbox', { name: 'Or paste it here' });
  const serverless = await readFile(SERVERLESS_DESCRIBE, 'utf8');
  const cutShort = serverless.slice(0, 200);
  await paste.fill(cutShort);
  await dialog.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The pasted text is damaged');
  await expect(dialog.getByRole('alert')).toContainText('Nothing was changed');
  await expect(paste).toHaveValue(cutShort);
  // The top bar's name, under the dialog: the design is untouched.
  await expect(page.getByTestId('design-name')).toHaveText('my-cache');

  await paste.fill(serverless);
  await dialog.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(dialog).toBeHidden();
  // The report's notice (the snackbar says "Imported the pasted text" too, with Undo).
  await expect(
    page.getByRole('alert').filter({ hasText: 'Imported the pasted text (AWS CLI describe output)' }),
  ).toContainText('fields mapped');
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('catalog-cache');
  await expect(page.getByRole('textbox', { name: 'Cache ID' })).toHaveValue('catalog-cache');
});

test('a .tf file of the guide imports through HashiCorp’s HCL parser, under the app’s CSP', async ({
  page,
}) => {
  await openApp(page);
  await importFile(page, 'simple.tf', await readFile(GUIDE_SIMPLE));
  await expect(page.getByRole('alert').filter({ hasText: 'Imported simple.tf (Terraform' })).toContainText(
    'fields mapped',
  );
  await expect(page.getByRole('textbox', { name: 'Cache ID' })).toHaveValue('simple-redis-cluster');
  await expect(page.getByRole('combobox', { name: 'Node type' })).toHaveValue('cache.t3.micro');
});
