import type { Page } from '@playwright/test';
import { deflateSync, strToU8 } from 'fflate';
import { BASE_URL } from '../playwright.config';
import { test, expect } from './fixtures';
import { downloadZip, fileText, loadPreset, openApp, unzipDownload } from './app';

const designName = (page: Page) => page.getByRole('textbox', { name: 'Design name' });

/** A share fragment holding `document` as schema version `version` (as a newer app would write it). */
const fragmentFor = (version: number, document: object) =>
  `#d${version}.${Buffer.from(deflateSync(strToU8(JSON.stringify(document)))).toString('base64url')}`;

test('a copied share link opens the same design, with identical Terraform, in a fresh browser', async ({
  page,
  context,
  freshPage,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const historyLength = await page.evaluate(() => history.length);
  await loadPreset(page, 'Highly available Valkey');
  await designName(page).fill('shared-cache');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Share link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${BASE_URL}/#d1z.`)).toBe(true);
  expect(link.slice(BASE_URL.length)).toMatch(/^\/#d1z\.[A-Za-z0-9_-]+$/);
  // The address bar holds the same link (kept current with replaceState, not new history entries).
  await expect(page).toHaveURL(link);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  const reviewer = await freshPage();
  await reviewer.goto(link);
  await expect(designName(reviewer)).toHaveValue('shared-cache', { timeout: 30_000 });
  await expect(reviewer.getByRole('combobox', { name: 'Cluster mode' })).toContainText('Enabled');
  await expect(reviewer.getByRole('spinbutton', { name: 'Number of shards' })).toHaveValue('3');

  expect(await fileText(reviewer, 'elasticache.tf')).toBe(await fileText(page, 'elasticache.tf'));
  const [mine, theirs] = [
    await unzipDownload(await downloadZip(page)),
    await unzipDownload(await downloadZip(reviewer)),
  ];
  expect(Object.keys(theirs)).toEqual(Object.keys(mine));
  for (const path of Object.keys(mine))
    expect(Buffer.from(theirs[path]!).equals(Buffer.from(mine[path]!)), path).toBe(true);
});

test('a garbled link shows what is wrong, keeps the draft, and leaves the app usable', async ({ page }) => {
  await openApp(page);
  await designName(page).fill('my-draft');
  await expect(page).toHaveURL(/#d1z\./); // autosaved and linked

  // A fresh load of the link (a hash change in the open page is the last test's case).
  await page.goto('about:blank');
  await page.goto('/#d1.this-is-not-a-design');
  const alert = page.getByRole('alert').filter({ hasText: 'This share link is damaged' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText('Your draft is unchanged');
  // The form loads after the first paint (see openApp).
  await expect(designName(page)).toHaveValue('my-draft', { timeout: 60_000 });
  await expect(page).not.toHaveURL(/this-is-not-a-design/);

  await designName(page).fill('still-working');
  await expect(page.getByTestId('design-name')).toHaveText('still-working');
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(alert).toBeHidden();
});

test('a link from a newer version says so and keeps the draft', async ({ page }) => {
  await openApp(page, fragmentFor(9, { name: 'from-the-future' }));
  await expect(page.getByRole('alert').filter({ hasText: 'needs a newer version of the app' })).toBeVisible();
  await expect(designName(page)).toHaveValue('my-cache');
});

test('a tampered link is refused', async ({ page }) => {
  // Written as text: JSON.stringify would not keep a __proto__ key.
  const tampered = `#d1.${Buffer.from(deflateSync(strToU8('{"name":"evil","__proto__":{"polluted":true}}'))).toString('base64url')}`;
  await openApp(page, tampered);
  await expect(
    page.getByRole('alert').filter({ hasText: 'This share link was tampered with' }),
  ).toBeVisible();
  await expect(designName(page)).toHaveValue('my-cache');
});

test('a valid link asks before it replaces a draft that differs', async ({ page }) => {
  const link = fragmentFor(1, { name: 'linked-design', caches: [{ kind: 'memcached', id: 'sessions' }] });
  await openApp(page);
  await designName(page).fill('my-work');
  await expect(page).toHaveURL(/#d1z\./);

  await page.goto(`/${link}`);
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Replace your draft with the shared design?' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Keep draft' }).click();
  await expect(designName(page)).toHaveValue('my-work');

  await page.goto(`/${link}`);
  await page.reload();
  await page.getByRole('dialog').getByRole('button', { name: 'Open link' }).click();
  await expect(designName(page)).toHaveValue('linked-design');
  await expect(page.getByRole('textbox', { name: 'Cache ID' })).toHaveValue('sessions');
  // Undo brings the draft back.
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(designName(page)).toHaveValue('my-work');
});

test('a damaged link pasted into the open page says what is wrong and leaves the address bar', async ({
  page,
}) => {
  await openApp(page);
  await designName(page).fill('my-draft');
  await expect(page).toHaveURL(/#d1z\./);

  await page.evaluate(() => (location.hash = '#d1z.!!!not-a-link***'));
  const alert = page.getByRole('alert').filter({ hasText: 'This share link is damaged' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('“!” “*”');
  await expect(alert).not.toContainText('should start with');
  // The address bar holds the draft's own link again, not the damaged one.
  await expect(page).not.toHaveURL(/not-a-link/);
  await expect(page).toHaveURL(/#d1z\.[A-Za-z0-9_-]+$/);
  await expect(designName(page)).toHaveValue('my-draft');
});
