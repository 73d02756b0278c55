import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openApp } from './app';

const designName = (page: Page) => page.getByRole('textbox', { name: 'Design name' });
const otherTabNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This design was changed in another tab' });

test('two tabs keep their own drafts; a save in one is offered to the other, never applied', async ({
  context,
}) => {
  // Two pages, each loading the whole app: slow on a busy machine.
  test.setTimeout(480_000);
  const tabA = await context.newPage();
  await openApp(tabA);
  await designName(tabA).fill('design-a');
  await expect(tabA).toHaveURL(/#d1z\./);

  // A new tab starts from the most recent draft, then goes its own way.
  const tabB = await context.newPage();
  await openApp(tabB);
  await expect(designName(tabB)).toHaveValue('design-a');
  await designName(tabB).fill('design-b');

  // Tab A hears of it and offers it, but keeps its own design until asked.
  await expect(otherTabNotice(tabA)).toBeVisible({ timeout: 15_000 });
  await expect(otherTabNotice(tabA)).toContainText('design-b');
  await expect(designName(tabA)).toHaveValue('design-a');

  // A reload of A brings back A's own draft, not B's newer one.
  await tabA.reload();
  await expect(designName(tabA)).toHaveValue('design-a', { timeout: 30_000 });
  await expect(otherTabNotice(tabA)).toHaveCount(0);
  // ...and a reload of B brings back B's.
  await tabB.reload();
  await expect(designName(tabB)).toHaveValue('design-b', { timeout: 30_000 });

  // "Keep mine" dismisses the offer; A stays as it is.
  await designName(tabB).fill('design-b2');
  await expect(otherTabNotice(tabA)).toContainText('design-b2', { timeout: 15_000 });
  await otherTabNotice(tabA).getByRole('button', { name: 'Keep mine' }).click();
  await expect(otherTabNotice(tabA)).toHaveCount(0);
  await expect(designName(tabA)).toHaveValue('design-a');

  // "Load it" takes the other tab's design, as one undoable step.
  await designName(tabB).fill('design-b3');
  await expect(otherTabNotice(tabA)).toContainText('design-b3', { timeout: 15_000 });
  await otherTabNotice(tabA).getByRole('button', { name: 'Load it' }).click();
  await expect(designName(tabA)).toHaveValue('design-b3');
  await expect(otherTabNotice(tabA)).toHaveCount(0);
  await tabA.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(designName(tabA)).toHaveValue('design-a');
});
