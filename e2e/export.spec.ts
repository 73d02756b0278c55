import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test, expect } from './fixtures';
import {
  downloadVia,
  downloadZip,
  exportDesignJson,
  importFile,
  loadPreset,
  openApp,
  unzipDownload,
} from './app';

let workDir: string;
test.beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'configurator-e2e-'));
});
test.afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

test('the downloaded zip holds, byte for byte, what npm run render writes for the exported design', async ({
  page,
}) => {
  await openApp(page);
  await loadPreset(page, 'Global Valkey');
  await page.getByRole('textbox', { name: 'Design name' }).fill('zip-check');
  await expect(page.getByTestId('design-name')).toHaveText('zip-check');

  const zip = await downloadZip(page);
  expect(zip.suggestedFilename()).toBe('zip-check-terraform.zip');
  const entries = await unzipDownload(zip);

  const designFile = join(workDir, 'design.json');
  const exported = await exportDesignJson(page);
  expect(exported.suggestedFilename()).toBe('zip-check.design.json');
  await exported.saveAs(designFile);
  const outDir = join(workDir, 'out');
  execFileSync('npx', ['tsx', 'src/cli/render.ts', designFile, '--out', outDir], {
    cwd: process.cwd(),
    stdio: 'pipe',
  });

  const rendered = (await readdir(outDir)).sort();
  expect(Object.keys(entries).sort()).toEqual(rendered.map((file) => `zip-check/${file}`));
  for (const file of rendered) {
    const fromCli = await readFile(join(outDir, file));
    expect(Buffer.from(entries[`zip-check/${file}`]!).equals(fromCli), file).toBe(true);
  }
});

test('the Download menu gives the module layout: the module and its root, byte for byte what render --layout module writes', async ({
  page,
}) => {
  await openApp(page);
  await loadPreset(page, 'Global Valkey');
  await page.getByRole('textbox', { name: 'Design name' }).fill('module-check');
  await expect(page.getByTestId('design-name')).toHaveText('module-check');

  await page.getByRole('button', { name: 'Download options' }).click();
  const zip = await downloadVia(page, () =>
    page.getByRole('menuitem', { name: /Reusable module \+ root/ }).click(),
  );
  expect(zip.suggestedFilename()).toBe('module-check-terraform-module.zip');
  const entries = await unzipDownload(zip);
  const text = (path: string) => Buffer.from(entries[`module-check/${path}`]!).toString('utf8');
  expect(text('main.tf')).toContain('source = "./modules/module-check"');
  expect(text('modules/module-check/versions.tf')).toContain('configuration_aliases');
  expect(Object.keys(entries)).toEqual(
    expect.arrayContaining(
      ['providers.tf', 'backend.tf', 'outputs.tf', 'modules/module-check/elasticache.tf'].map(
        (path) => `module-check/${path}`,
      ),
    ),
  );

  const designFile = join(workDir, 'design.json');
  await (await exportDesignJson(page)).saveAs(designFile);
  const outDir = join(workDir, 'out');
  execFileSync('npx', ['tsx', 'src/cli/render.ts', designFile, '--out', outDir, '--layout', 'module'], {
    cwd: process.cwd(),
    stdio: 'pipe',
  });
  const rendered = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .sort();
  expect(Object.keys(entries).sort()).toEqual(rendered.map((file) => `module-check/${file}`));
  for (const file of rendered) {
    const fromCli = await readFile(join(outDir, file));
    expect(Buffer.from(entries[`module-check/${file}`]!).equals(fromCli), file).toBe(true);
  }
});

test('importing a design JSON replaces the design; a bad file is named and changes nothing', async ({
  page,
}) => {
  await openApp(page);
  const designName = page.getByRole('textbox', { name: 'Design name' });

  await importFile(page, 'broken.json', '{ "schemaVersion": 1, "name": ');
  const broken = page.getByRole('alert').filter({ hasText: 'broken.json' });
  await expect(broken).toContainText('is damaged');
  await expect(broken).toContainText('Nothing was changed');
  // The top bar's name, under the dialog: the design is untouched.
  await expect(page.getByTestId('design-name')).toHaveText('my-cache');

  await importFile(
    page,
    'invalid.json',
    JSON.stringify({ schemaVersion: 1, name: 'Not A Slug', caches: [{ kind: 'redis', id: 'x' }] }),
  );
  const invalid = page.getByRole('alert').filter({ hasText: 'invalid.json' });
  await expect(invalid).toContainText('holds an invalid design');
  await expect(invalid).toContainText('$.name');
  await expect(page.getByTestId('design-name')).toHaveText('my-cache');

  await importFile(
    page,
    'good.json',
    JSON.stringify({ schemaVersion: 1, name: 'imported', caches: [{ kind: 'serverless', id: 'sessions' }] }),
  );
  await expect(designName).toHaveValue('imported');
  await expect(page.getByRole('textbox', { name: 'Cache ID' })).toHaveValue('sessions');
  await expect(page.getByRole('alert').filter({ hasText: 'invalid.json' })).toBeHidden();
});

test('a design with errors downloads only after saying so', async ({ page }) => {
  await openApp(page);
  await page.getByRole('switch', { name: 'Automatic failover' }).uncheck();
  await expect(page.getByRole('tab', { name: /Checks/ })).toContainText('error');
  await page.getByRole('button', { name: 'Download zip' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download a bundle that will not apply?' });
  await expect(dialog).toContainText('breaks a rule');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Download zip' }).click();
  const zip = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download anyway' }).click(),
  ]);
  expect(zip[0].suggestedFilename()).toBe('my-cache-terraform.zip');
});
