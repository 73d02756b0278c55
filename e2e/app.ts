/**
 * Drivers for the journeys: how a person reaches things on the page (by role and label), written
 * once. Specs read as the steps a user takes.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect } from './fixtures';

/** Opens the app (optionally at a fragment) and waits until the form is ready. */
export async function openApp(page: Page, fragment = ''): Promise<void> {
  await page.goto(`/${fragment}`);
  // The form loads after the first paint; a busy machine can make that slow.
  await expect(page.getByRole('textbox', { name: 'Design name' })).toBeVisible({ timeout: 60_000 });
}

/** The code view of the Terraform tab, whichever of the static view or Monaco is showing. */
export function codeView(page: Page): Locator {
  return page.locator('#file-panel');
}

export async function openFile(page: Page, path: string): Promise<void> {
  await page.getByRole('tab', { name: path, exact: true }).click();
  await expect(page.getByRole('tab', { name: path, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/**
 * The whole text of a bundle file, as its Copy button puts it on the clipboard (the editor only
 * renders the lines in view).
 */
export async function fileText(page: Page, path: string): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFile(page, path);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: `Copy ${path}` }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The whole text the editor holds, as its own Select All and Copy put it on the clipboard. */
export async function editorText(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await codeView(page).locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Waits for Monaco to have taken over from the static view. */
export async function waitForMonaco(page: Page): Promise<void> {
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('monaco-view')).toHaveCSS('visibility', 'visible');
}

/** Picks `option` in the MUI select labelled `label` (the first one on the page). */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

/** Loads a preset by its title through the Presets menu. */
export async function loadPreset(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${title}`) }).click();
}

export async function downloadVia(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

/** The files of a downloaded zip, by path inside the zip. */
export async function unzipDownload(download: Download): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await readFile((await download.path())!)));
}

export async function downloadZip(page: Page): Promise<Download> {
  return downloadVia(page, () => page.getByRole('button', { name: 'Download zip' }).click());
}

export async function exportDesignJson(page: Page): Promise<Download> {
  await page.getByRole('button', { name: 'More actions' }).click();
  return downloadVia(page, () => page.getByRole('menuitem', { name: /Export design JSON/ }).click());
}

/** Selects the Changes tab from the keyboard and returns its panel. */
export async function openChanges(page: Page): Promise<Locator> {
  const tab = page.getByRole('tab', { name: 'Changes' });
  await tab.focus();
  await page.keyboard.press('Enter');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  return page.getByRole('tabpanel', { name: 'Changes' });
}

/**
 * From the Changes tab of an unchanged design: checks it shows no changes, resizes the Basic Redis
 * cache and moves it to Valkey 7.2 (another parameter family), and returns to the Changes panel.
 */
export async function resizeAndUpgradeBasicRedis(page: Page): Promise<Locator> {
  const panel = await openChanges(page);
  await expect(panel.getByRole('status')).toContainText('No changes');
  await page.getByRole('tab', { name: 'Terraform' }).click();
  await choose(page, 'Node type', /^cache\.t3\.small/);
  await choose(page, 'Engine', 'Valkey');
  await choose(page, 'Engine version', /^7\.2/);
  return openChanges(page);
}

/** The Import dialog, opened from the More actions menu unless it is open already (after a failure). */
export async function openImport(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Import' });
  if (await dialog.isVisible()) return dialog;
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: /Import design JSON or deployment/ }).click();
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Imports a file through the Import dialog's file chooser. */
export async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const dialog = await openImport(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Choose file…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}
