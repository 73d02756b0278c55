/**
 * Security journeys: the production build's Content-Security-Policy holds while everything works
 * (Monaco included); secrets never reach a share link, local storage or the bundle; and hostile share
 * links are refused without costing the draft.
 */
import type { Page } from '@playwright/test';
import { deflateRawSync, inflateRawSync, inflateSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../scripts/csp';
import { LINK_DICTIONARIES } from '../src/share/link-dictionary';
import { test, expect } from './fixtures';
import { choose, codeView, downloadZip, loadPreset, openApp, unzipDownload, waitForMonaco } from './app';

/**
 * A share fragment decoded with Node's zlib, as `src/share/codec.ts` lays it out: `#d<version>z.<base64url
 * of a zlib stream with a link dictionary>`, or the first links' `#d<version>.<base64url of raw deflate>`.
 * Node's zlib checks the dictionary ID and the checksum, as the app does. The codec itself is not
 * imported: its module graph holds JSON imports that the test runner's loader does not take. Throws on
 * anything that is not a readable link.
 */
function decodeFragment(hash: string): unknown {
  const match = /^#d(\d{1,6})(z?)\.([A-Za-z0-9_-]*)$/.exec(hash);
  if (!match) throw new Error('not a share fragment');
  const bytes = Buffer.from(match[3]!, 'base64url');
  const json = match[2]
    ? LINK_DICTIONARIES.map((dictionary) => {
        try {
          return inflateSync(bytes, { dictionary: Buffer.from(dictionary) }).toString();
        } catch {
          return undefined;
        }
      }).find((text) => text !== undefined)
    : inflateRawSync(bytes).toString();
  if (json === undefined) throw new Error('not a readable zlib stream');
  return JSON.parse(json);
}

/** True when the fragment cannot even be decompressed and parsed, so the app must refuse it. */
function unreadable(hash: string): boolean {
  try {
    decodeFragment(hash);
    return false;
  } catch {
    return true;
  }
}

const designName = (page: Page) => page.getByRole('textbox', { name: 'Design name' });
const cacheDescription = (page: Page) => page.locator('[name="caches.0.description"]');

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    )),
    ...consoleReports,
  ];
}

test('the build ships a strict CSP, and the app, Monaco, presets and the zip work under it', async ({
  page,
}) => {
  const response = await page.request.get('/');
  expect(response.headers()['content-security-policy']).toContain(CONTENT_SECURITY_POLICY);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const html = await response.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'"])
    expect(CONTENT_SECURITY_POLICY).toContain(directive);
  // WebAssembly compilation (the HCL parser) is the one evaluation allowed: never JavaScript's.
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/(?<!wasm-)unsafe-eval|script-src[^;]*unsafe-inline/);

  const violations = await recordViolations(page);
  await openApp(page);
  await waitForMonaco(page);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('resource');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('aws_elasticache');
  await loadPreset(page, 'Highly available Valkey');
  await expect(page.getByText('Loaded the preset')).toBeVisible();
  const zip = await unzipDownload(await downloadZip(page));
  expect(Object.keys(zip).some((path) => path.endsWith('elasticache.tf'))).toBe(true);
  expect(await violations()).toEqual([]);
});

/** No literal secret anywhere: tokens and passwords are only ever `var.` references. */
function expectNoLiteralSecrets(text: string, where: string) {
  expect(text, where).not.toMatch(/auth_token\s*=\s*"/);
  expect(text, where).not.toMatch(/passwords\s*=\s*\[\s*"/);
  expect(text, where).not.toMatch(/^\s*\w*(auth_token|passwords)\s*=\s*"/m);
}

/** The body of `variable "<name>" { … }` in variables.tf. */
function variableBlock(variables: string, name: string): string {
  const block = new RegExp(`variable "${name}" \\{\\n([\\s\\S]*?)\\n\\}`).exec(variables);
  expect(block, `variable ${name}`).not.toBeNull();
  return block![1]!;
}

async function expectNoSecretInputs(page: Page) {
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
  for (const role of ['textbox', 'spinbutton', 'searchbox'] as const)
    await expect(page.getByRole(role, { name: /token|password|secret/i })).toHaveCount(0);
}

async function sharedAndStored(page: Page): Promise<{ shared: string; stored: string[] }> {
  // The address bar follows the design once edits pause.
  await expect(page).toHaveURL(/#d1z\./);
  const decoded = decodeFragment(new URL(page.url()).hash);
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`),
  );
  return { shared: JSON.stringify(decoded), stored };
}

test('AUTH tokens and RBAC passwords are sensitive variables, never in the form, the link, storage or the zip', async ({
  page,
}) => {
  await openApp(page);
  await designName(page).fill('secret-check');

  // AUTH token mode.
  await choose(page, 'Access control', 'AUTH token');
  await expect(page.getByText('The token is never stored in the design or the link.')).toBeVisible();
  await expectNoSecretInputs(page);
  await cacheDescription(page).fill('token mode');
  await expect(codeView(page)).toContainText('token mode');
  let { shared, stored } = await sharedAndStored(page);
  // Token mode is the default, so the link (defaults pruned) does not even name it.
  expect(shared).not.toContain('"mode":"rbac"');
  expectNoLiteralSecrets(shared, 'share link');
  expect(stored.length).toBeGreaterThan(0);
  for (const value of stored) expectNoLiteralSecrets(value, 'local storage');
  let zip = await unzipDownload(await downloadZip(page));
  const text = (files: Record<string, Uint8Array>, name: string) => {
    const path = Object.keys(files).find((candidate) => candidate.split('/').pop() === name);
    expect(path, name).toBeDefined();
    return Buffer.from(files[path!]!).toString('utf8');
  };
  for (const [path, bytes] of Object.entries(zip))
    expectNoLiteralSecrets(Buffer.from(bytes).toString('utf8'), path);
  expect(text(zip, 'elasticache.tf')).toMatch(/auth_token\s+=\s+var\.app_cache_auth_token\b/);
  const tokenVariable = variableBlock(text(zip, 'variables.tf'), 'app_cache_auth_token');
  expect(tokenVariable).toMatch(/^\s*sensitive\s+= true$/m);
  expect(tokenVariable).not.toMatch(/^\s*default\s*=/m);

  // RBAC users and a user group.
  await choose(page, 'Access control', 'RBAC users and user group');
  await expect(page.getByRole('textbox', { name: 'User name' }).first()).toBeVisible();
  await expectNoSecretInputs(page);
  await cacheDescription(page).fill('rbac mode');
  await expect(codeView(page)).toContainText('rbac mode');
  ({ shared, stored } = await sharedAndStored(page));
  await expect.poll(async () => (await sharedAndStored(page)).shared).toContain('"mode":"rbac"');
  ({ shared, stored } = await sharedAndStored(page));
  expectNoLiteralSecrets(shared, 'share link');
  for (const value of stored) expectNoLiteralSecrets(value, 'local storage');
  zip = await unzipDownload(await downloadZip(page));
  for (const [path, bytes] of Object.entries(zip))
    expectNoLiteralSecrets(Buffer.from(bytes).toString('utf8'), path);
  expect(text(zip, 'elasticache.tf')).toMatch(/passwords\s+=\s+\[var\.app_cache_user_passwords\["app"\]\]/);
  const passwordsVariable = variableBlock(text(zip, 'variables.tf'), 'app_cache_user_passwords');
  expect(passwordsVariable).toMatch(/^\s*sensitive\s+= true$/m);
  expect(passwordsVariable).not.toMatch(/^\s*default\s*=/m);
});

// ---------------------------------------------------------------------------------------------
// Hostile links
// ---------------------------------------------------------------------------------------------

/** A small seeded PRNG (mulberry32): the same 50 links on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const deflated = (text: string) => deflateRawSync(text).toString('base64url');

/** 50 share links that must all be refused: truncated, bit-flipped, random, newer, tampered, huge. */
function hostileLinks(base: string): { label: string; hash: string }[] {
  const next = random(0x5eed);
  const prefix = base.slice(0, base.indexOf('.') + 1);
  const payload = Buffer.from(base.slice(prefix.length), 'base64url');
  const links: { label: string; hash: string }[] = [
    { label: 'newer version', hash: `#d9.${deflated('{"name":"from-the-future"}')}` },
    { label: '__proto__ key', hash: `#d1.${deflated('{"name":"evil","__proto__":{"polluted":true}}')}` },
    { label: '1 MB payload', hash: `#d1.${'A'.repeat(1_000_004)}` },
    { label: 'invalid design', hash: `#d1.${deflated('{"name":42,"caches":"none"}')}` },
    { label: 'not JSON', hash: `#d1.${deflated('{"name":')}` },
  ];
  // Only links that cannot be read at all: a bit flip can leave a valid design behind.
  const refused = unreadable;
  const add = (label: string, hash: string) => {
    if (refused(hash) && !links.some((link) => link.hash === hash)) links.push({ label, hash });
  };
  for (let attempt = 0; links.length < 20 && attempt < 1000; attempt++)
    add('truncated', base.slice(0, 5 + Math.floor(next() * (base.length - 6))));
  for (let attempt = 0; links.length < 35 && attempt < 1000; attempt++) {
    const flipped = Buffer.from(payload);
    const bit = Math.floor(next() * flipped.length * 8);
    flipped[bit >> 3]! ^= 1 << (bit & 7);
    add('bit flip', `${prefix}${flipped.toString('base64url')}`);
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let attempt = 0; links.length < 50 && attempt < 1000; attempt++) {
    const length = 1 + Math.floor(next() * 400);
    add(
      'random base64url',
      `${prefix}${Array.from({ length }, () => alphabet[Math.floor(next() * 64)]).join('')}`,
    );
  }
  return links;
}

test('50 hostile links each show an alert, keep the draft and leave the preview working', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page);
  await loadPreset(page, 'Highly available Valkey');
  await designName(page).fill('fuzz-draft');
  await expect(page).toHaveURL(/#d1z\./);
  const links = hostileLinks(new URL(page.url()).hash);
  expect(links).toHaveLength(50);
  await expect(page.getByTestId('design-name')).toHaveText('fuzz-draft');
  const alert = page.getByRole('alert').filter({ hasText: 'Your draft is unchanged' });

  // The app reads a link pasted into the open page on `hashchange`: one page, 50 fragment changes.
  for (const [index, { label, hash }] of links.entries()) {
    const step = `link ${index} (${label})`;
    await page.evaluate((fragment) => {
      location.hash = fragment;
    }, hash);
    await expect(alert, step).toBeVisible();
    await expect(designName(page), step).toHaveValue('fuzz-draft');
    await cacheDescription(page).fill(`after link ${index}`);
    await expect(codeView(page), step).toContainText(`after link ${index}`);
    await alert.getByRole('button', { name: 'Close' }).click();
    await expect(alert, step).toBeHidden();
  }
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  // A reload still opens the kept draft.
  await page.goto('/');
  await expect(designName(page)).toHaveValue('fuzz-draft', { timeout: 30_000 });
});
