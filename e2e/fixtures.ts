/**
 * The test fixture every journey uses: a page whose requests to any origin other than the app's own
 * are blocked and recorded — a test that made one fails, whatever else it checked.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface OriginGuard {
  /** URLs of requests to other origins made so far. */
  foreignRequests: string[];
}

async function guardOrigin(context: BrowserContext, baseURL: string, guard: OriginGuard): Promise<void> {
  const ownOrigin = new URL(baseURL).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === ownOrigin)
      return route.continue();
    guard.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
}

export const test = base.extend<{ originGuard: OriginGuard; freshPage: () => Promise<Page> }>({
  originGuard: [
    async ({ page, baseURL }, use) => {
      const guard: OriginGuard = { foreignRequests: [] };
      await guardOrigin(page.context(), baseURL!, guard);
      await use(guard);
      expect(guard.foreignRequests, 'the page requested another origin').toEqual([]);
    },
    { auto: true },
  ],
  /** A page in a new browser context (no shared storage), guarded like `page`. */
  freshPage: async ({ browser, baseURL, originGuard }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL });
      contexts.push(context);
      await guardOrigin(context, baseURL!, originGuard);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
