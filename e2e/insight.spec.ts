/**
 * The Diagram, Cost and Connect tabs: every seed preset is drawn with the topology it has, in both
 * themes; the cost estimate shows its breakdown and the serverless / node-based comparison; the
 * connection guide names the right outputs; the diagram downloads as SVG and PNG.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { downloadVia, openApp } from './app';

interface PresetFacts {
  id: string;
  name: string;
  /** The share-link fragment that opens the preset. */
  fragment: string;
  counts: { primaries: number; replicas: number; nodes: number; serverless: number; regions: number };
  /** Primaries and replicas with every stamped service counted, as the diagram's summary says. */
  deployed: { primaries: number; replicas: number };
  valkeyOrRedis: boolean;
  /** Cost cards shown: one per cache and environment. */
  cacheCosts: number;
  /** Cost cards with the serverless / node-based comparison (serverless could replace the cache). */
  comparisons: number;
}

/**
 * What the app should show for each preset, computed in Node from the app's own model (through tsx:
 * the model imports its JSON catalogue, which the test runner's loader does not).
 */
const FACTS_SCRIPT = `
import { topologyCounts } from '@/generate/diagram';
import { estimateCost } from '@/model/cost';
import { PRESETS } from '@/model/presets';
import { encodeShareFragment } from '@/share/codec';
const facts = PRESETS.filter((p) => p.id.startsWith('seed-') || p.id === 'ha-valkey').map((p) => ({
  id: p.id,
  name: p.design.name,
  fragment: encodeShareFragment(p.design),
  counts: topologyCounts(p.design),
  // The summary counts every stamped service's nodes; the drawing shows each cache once.
  deployed: p.design.caches.reduce((total, cache) => {
    const copies = Math.max(1, cache.instances.length);
    const one = topologyCounts({ ...p.design, caches: [cache] });
    return { primaries: total.primaries + copies * one.primaries, replicas: total.replicas + copies * one.replicas };
  }, { primaries: 0, replicas: 0 }),
  valkeyOrRedis: p.design.caches.some((c) => c.kind !== 'memcached' && c.engine !== 'memcached'),
  cacheCosts: p.design.caches.length * Math.max(1, p.design.environments.length),
  comparisons: estimateCost(p.design).flatMap((e) => e.caches).filter((c) => c.comparison.available).length,
}));
process.stdout.write(JSON.stringify(facts));
`;
const PRESET_FACTS: PresetFacts[] = JSON.parse(
  execFileSync('node_modules/.bin/tsx', ['--input-type=module', '-'], {
    input: FACTS_SCRIPT,
    encoding: 'utf8',
  }),
);
const SEED_PRESETS = PRESET_FACTS.filter((preset) => preset.id.startsWith('seed-'));

function facts(id: string): PresetFacts {
  const found = PRESET_FACTS.find((preset) => preset.id === id);
  if (!found) throw new Error(`No preset ${id}`);
  return found;
}

/** Opens the app on a preset through its share link. */
async function openPreset(page: Page, id: string): Promise<void> {
  await openApp(page, facts(id).fragment);
  await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(facts(id).name);
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

const diagram = (page: Page) => page.getByTestId('diagram');
const drawn = (page: Page, role: string) => diagram(page).locator(`[data-role="${role}"]`);

for (const preset of SEED_PRESETS) {
  test(`${preset.id}: the diagram matches its topology in both themes; the cost compares serverless with node-based`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openPreset(page, preset.id);
    await openTab(page, 'Diagram');
    const counts = preset.counts;
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveCSS('color-scheme', theme);
      await expect(diagram(page).locator('svg')).toHaveAttribute('role', 'img');
      await expect(drawn(page, 'primary'), `primaries (${theme})`).toHaveCount(counts.primaries);
      await expect(drawn(page, 'replica'), `replicas (${theme})`).toHaveCount(counts.replicas);
      await expect(drawn(page, 'region'), `regions (${theme})`).toHaveCount(counts.regions);
      await expect(drawn(page, 'node'), `Memcached nodes (${theme})`).toHaveCount(counts.nodes);
      await expect(drawn(page, 'serverless'), `serverless caches (${theme})`).toHaveCount(counts.serverless);
      // Drawn in the theme's palette.
      await expect(diagram(page).locator('svg > rect').first()).toHaveAttribute(
        'fill',
        theme === 'dark' ? '#0d1117' : '#ffffff',
      );
      const { primaries, replicas } = preset.deployed;
      await expect(page.getByTestId('diagram-summary')).toContainText(
        `${primaries} ${primaries === 1 ? 'primary' : 'primaries'} · ${replicas} replica`,
      );
    }

    await openTab(page, 'Cost');
    const panel = page.getByRole('tabpanel', { name: 'Cost' });
    await expect(panel.getByTestId('cost-total')).toContainText(/\$[\d,]+\.\d\d/);
    if (!preset.valkeyOrRedis) return;
    const serverless = panel.getByTestId('as-serverless');
    const nodeBased = panel.getByTestId('as-node-based');
    await expect(serverless).toHaveCount(preset.comparisons);
    await expect(nodeBased).toHaveCount(preset.comparisons);
    await expect(panel.getByTestId('no-serverless-comparison')).toHaveCount(
      preset.cacheCosts - preset.comparisons,
    );
    for (const figure of await serverless.allTextContents())
      expect(figure).toMatch(/As serverless\s*\$[\d,]+\.\d\d/);
    for (const figure of await nodeBased.allTextContents())
      expect(figure).toMatch(/As node-based\s*\$[\d,]+\.\d\d/);
  });
}

test('seed-basic-redis costs two cache.t3.micro nodes for a month, with its breakdown', async ({ page }) => {
  await openPreset(page, 'seed-basic-redis');
  await openTab(page, 'Cost');
  const panel = page.getByRole('tabpanel', { name: 'Cost' });
  await expect(panel).toContainText('2 × cache.t3.micro × 730 h');
  await expect(panel.getByRole('row', { name: /2 × cache\.t3\.micro × 730 h/ })).toContainText('$24.82');
  await expect(panel.getByTestId('cost-total')).toContainText('$24.82');
  await expect(panel).toContainText(/estimate/i);
  await expect(panel).toContainText(
    /Prices are estimates for us-east-1 \(as of \d{4}-\d{2}\); other regions differ\./,
  );
  await expect(panel).toContainText('Reserved nodes (one or three years): the saving is not known');
});

test('expected usage in the form updates the cost estimate live', async ({ page }) => {
  await openPreset(page, 'seed-basic-redis');
  await openTab(page, 'Cost');
  const serverless = page.getByTestId('as-serverless').first();
  await expect(serverless).toContainText('$');
  const before = await serverless.textContent();
  const capacity = page.getByRole('button', { name: /^Capacity/ }).first();
  if ((await capacity.getAttribute('aria-expanded')) !== 'true') await capacity.click();
  await expect(page.getByRole('spinbutton', { name: 'Expected data (GB)' }).first()).toBeVisible();
  const requests = page.getByRole('spinbutton', { name: 'Expected requests per second' }).first();
  await requests.fill('250000');
  await expect(serverless).not.toHaveText(before!);
});

test('the connection guide names the endpoint outputs that fit the topology', async ({ page, freshPage }) => {
  await openPreset(page, 'seed-basic-redis');
  await openTab(page, 'Connect');
  const panel = page.getByRole('tabpanel', { name: 'Connect' });
  await expect(panel).toContainText('primary_endpoint');
  await expect(panel).toContainText(/terraform output -raw \w+_primary_endpoint/);
  await expect(panel).toContainText(/TLS is (on|off)/);
  await expect(panel.getByRole('button', { name: /^Copy .*snippet/ }).first()).toBeVisible();

  const other = await freshPage();
  await openPreset(other, 'ha-valkey');
  await openTab(other, 'Connect');
  await expect(other.getByRole('tabpanel', { name: 'Connect' })).toContainText('configuration_endpoint');
});

test('the diagram downloads as SVG and as PNG', async ({ page }) => {
  await openPreset(page, 'seed-basic-redis');
  await openTab(page, 'Diagram');
  const svg = await downloadVia(page, () => page.getByRole('button', { name: 'Download SVG' }).click());
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const svgText = await readFile((await svg.path())!, 'utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  expect(svgText).toContain('data-role="primary"');

  const png = await downloadVia(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(1000);
});
