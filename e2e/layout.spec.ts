/**
 * Every screen size from a phone up: the page never scrolls sideways, and the top bar's controls
 * fit, each whole and apart from the others, with their menus inside the viewport.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openApp, waitForMonaco } from './app';

const THEMES = ['light', 'dark'] as const;

// Each test loads the whole app, some twice: on a loaded machine that alone can take a minute.
test.beforeEach(() => test.slow());
const PHONE_WIDTHS = [390, 360];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, `${locator} has a box`).not.toBeNull();
  return box!;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectInsideViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await boxOf(locator);
  const { width, height } = page.viewportSize()!;
  expect(box.x, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends inside the viewport`).toBeLessThanOrEqual(width);
  expect(box.y + box.height, `${what} ends inside the viewport`).toBeLessThanOrEqual(height);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const metrics = await page.evaluate(() => {
    const before = document.scrollingElement!.scrollWidth;
    window.scrollBy(1000, 0);
    const scrolled = window.scrollX;
    window.scrollTo(0, window.scrollY);
    return { scrollWidth: before, innerWidth: window.innerWidth, scrolled };
  });
  expect(metrics.scrollWidth, 'the page is no wider than the window').toBeLessThanOrEqual(metrics.innerWidth);
  expect(metrics.scrolled, 'the page does not scroll sideways').toBe(0);
}

for (const theme of THEMES)
  for (const width of [360, 390, 800, 1440])
    test(`no sideways page scroll at ${width} px (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 800 });
      await openApp(page);
      await waitForMonaco(page);
      // The Checks badge (with its screen-reader text) shows once the checks have run.
      await expect(page.getByRole('tab', { name: /^Checks \d+ (error|warning)/ })).toBeVisible();
      await expectNoSidewaysScroll(page);
      // A menu open does not widen the page either.
      await page.getByRole('button', { name: 'Presets' }).click();
      await expect(page.getByRole('menu', { name: 'Presets' })).toBeVisible();
      await expectNoSidewaysScroll(page);
    });

for (const width of PHONE_WIDTHS)
  for (const theme of THEMES)
    test(`the top bar fits a ${width} px phone, its menus inside the screen (${theme})`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 800 });
      await openApp(page);
      const bar = page.getByRole('banner');
      const controls = [bar.getByTestId('design-name'), bar.getByText('Design', { exact: true })];
      const buttons = await bar.getByRole('button').all();
      expect(buttons.length, 'the bar keeps its main actions').toBeGreaterThanOrEqual(4);
      controls.push(...buttons);
      const boxes: { name: string; box: Box }[] = [];
      for (const control of controls) {
        await expect(control).toBeVisible();
        const name = (await control.getAttribute('aria-label')) ?? (await control.innerText());
        await expectInsideViewport(page, control, name);
        boxes.push({ name, box: await boxOf(control) });
      }
      // The "Design" label and the name are a pair, one above the other; nothing else may touch.
      for (const [index, a] of boxes.entries())
        for (const b of boxes.slice(Math.max(index + 1, 2)))
          expect(overlaps(a.box, b.box), `${a.name} overlaps ${b.name}`).toBe(false);
      await page.screenshot({ path: testInfo.outputPath(`top-bar-${width}-${theme}.png`) });

      // Everything the wide bar offers is reachable: the rest is in the overflow menu.
      await page.getByRole('button', { name: 'More actions' }).click();
      const more = page.getByRole('menu', { name: 'More actions' });
      await expect(more).toBeVisible();
      for (const item of [
        /^Download zip$/,
        /^Download zip: reusable module/,
        /My designs/,
        /Export design JSON/,
        /Import design JSON/,
        /Switch to (dark|light) theme/,
      ])
        await expect(more.getByRole('menuitem', { name: item })).toBeVisible();
      await expectInsideViewport(page, more, 'the More actions menu');
      await page.keyboard.press('Escape');
      await expect(more).toBeHidden();

      await page.getByRole('button', { name: 'Presets' }).click();
      const presets = page.getByRole('menu', { name: 'Presets' });
      await expect(presets).toBeVisible();
      // The menu's paper (the list's scrolling container) must fit, not only the list.
      await expectInsideViewport(page, page.locator('#presets-menu .MuiPaper-root'), 'the Presets menu');
      await page.screenshot({ path: testInfo.outputPath(`presets-${width}-${theme}.png`) });
    });

test('on a phone, the theme is switched from the overflow menu', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 800 });
  await openApp(page);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
});

test('on a phone, the form and the Terraform output are both usable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openApp(page);
  const name = page.getByRole('textbox', { name: 'Design name' });
  await expectInsideViewport(page, name, 'the Design name field');
  await name.fill('phone-review');
  await expect(page.getByTestId('design-name')).toHaveText('phone-review');
  const output = page.getByRole('region', { name: 'Output' });
  await output.scrollIntoViewIfNeeded();
  await expect(output.locator('#file-panel')).toContainText('phone-review');
  const panel = await boxOf(output);
  expect(panel.width, 'the output spans the phone width').toBeLessThanOrEqual(390);
});
