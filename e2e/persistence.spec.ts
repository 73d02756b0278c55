import { test, expect } from './fixtures';
import { choose, openApp } from './app';

test('a reload restores the autosaved design', async ({ page }) => {
  await openApp(page);
  await page.getByRole('textbox', { name: 'Design name' }).fill('saved-design');
  await choose(page, 'Node type', /^cache\.m7g\.large/);
  await expect(page).toHaveURL(/#d1z\./);

  // Without the link in the address bar, the draft alone brings the design back.
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('saved-design', {
    timeout: 30_000,
  });
  await expect(page.getByRole('combobox', { name: 'Node type' })).toHaveValue('cache.m7g.large');
});

test('a reload that catches the address bar a moment behind the draft keeps the draft, without asking', async ({
  page,
}) => {
  await openApp(page);
  const designName = page.getByRole('textbox', { name: 'Design name' });
  await designName.fill('first-name');
  await expect(page).toHaveURL(/#d1z\./);
  const earlier = new URL(page.url()).hash;
  await designName.fill('second-name');
  await expect.poll(() => new URL(page.url()).hash).not.toBe(earlier);
  // The reload took the URL of the moment before the last rewrite: this tab's own earlier link.
  await page.evaluate((hash) => history.replaceState(history.state, '', hash), earlier);
  await page.reload();
  await expect(designName).toHaveValue('second-name', { timeout: 30_000 });
  await expect(page.getByRole('dialog', { name: /Replace your draft/ })).toHaveCount(0);
});

test('an unreadable draft is reported once and ignored', async ({ page }) => {
  await page.addInitScript(() => {
    // Only on the first load: the app's autosave then replaces the bad draft.
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('elasticache-configurator:draft', '{"schemaVersion": 1, "name": "Bad Name!"');
    }
  });
  await openApp(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Saved draft ignored' });
  await expect(notice).toContainText('could not be read');
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('my-cache');

  await page.getByRole('textbox', { name: 'Design name' }).fill('fresh-start');
  await expect(page).toHaveURL(/#d1z\./);
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue('fresh-start', {
    timeout: 30_000,
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Saved draft ignored' })).toHaveCount(0);
});
