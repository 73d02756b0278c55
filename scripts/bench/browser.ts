/**
 * Chromium measurements for `npm run bench`: page load milestones, keystroke-to-preview latency and
 * what the page fetched. The same probes run on the app and on the reference page.
 */
import type { Browser, Page } from 'playwright-core';

/** Text both the app's preview and the reference's editor show once their code is on screen. */
const MARK = 'resource "';

// The page scripts are plain JavaScript text: tsx (esbuild with keepNames) would wrap functions
// serialised from here in a `__name` helper the page does not have.

/** Installed before any page script: records, per animation frame, when the code first shows. */
const LOAD_PROBE = `(() => {
  const mark = ${JSON.stringify(MARK)};
  const state = { firstText: -1, monacoReady: -1 };
  window.__bench = state;
  const text = (element) => ((element && element.textContent) || '').replace(/\u00a0/g, ' ');
  const poll = () => {
    const now = performance.now();
    if (state.firstText < 0 && text(document.querySelector('#file-panel, #reference-preview')).includes(mark))
      state.firstText = now;
    if (state.monacoReady < 0) {
      const wrapper = document.querySelector('[data-testid="monaco-view"]');
      if (text(document.querySelector('.monaco-editor .view-lines')).includes(mark) &&
          (!wrapper || getComputedStyle(wrapper).visibility === 'visible'))
        state.monacoReady = now;
    }
    if (state.firstText < 0 || state.monacoReady < 0) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/**
 * Arms one measurement: from the focused field's next `input` event (its timeStamp) to the first
 * animation frame after the preview's text changed.
 */
const armKeystroke = (containerSelector: string) => `(() => {
  const container = document.querySelector(${JSON.stringify(containerSelector)});
  const field = document.activeElement;
  const before = container.textContent;
  let t0 = -1;
  window.__benchPending = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (t0 < 0 || container.textContent === before) return;
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() => resolve(performance.now() - t0));
    });
    const timeout = setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
    field.addEventListener('input', (event) => { t0 = event.timeStamp; }, { capture: true, once: true });
    observer.observe(container, { subtree: true, childList: true, characterData: true });
  });
})()`;

function ready(): boolean {
  const state = (window as unknown as { __bench?: { firstText: number; monacoReady: number } }).__bench;
  return !!state && state.firstText >= 0 && state.monacoReady >= 0;
}

export interface Target {
  name: string;
  url: string;
  /** The field typed into, and the container whose text shows the preview. */
  field: string;
  preview: string;
}

export interface LoadSample {
  firstText: number;
  monacoReady: number;
  jsTransferred: number;
  fonts: string[];
  workers: string[];
}

export async function openAndMeasure(
  browser: Browser,
  target: Target,
): Promise<{ page: Page; sample: LoadSample; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const fonts: string[] = [];
  const workers: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || /\.(ttf|woff2?|otf)(\?|$)/.test(request.url()))
      fonts.push(request.url());
    if (/worker/i.test(request.url())) workers.push(request.url());
  });
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.addInitScript(LOAD_PROBE);
  await page.goto(target.url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(ready, undefined, {
      timeout: 300_000,
      polling: 100,
    });
  } catch (error) {
    const state = await page.evaluate('JSON.stringify(window.__bench)').catch(() => 'unavailable');
    throw new Error(`${target.name}: the code never showed (${String(state)}): ${(error as Error).message}`);
  }
  // Let anything the idle editor would still fetch (fonts, workers) arrive.
  await page.waitForTimeout(300);
  const measured = await page.evaluate(() => {
    const state = (window as unknown as { __bench: { firstText: number; monacoReady: number } }).__bench;
    const js = performance
      .getEntriesByType('resource')
      .filter((entry) => /\.m?js(\?|$)/.test(entry.name))
      .reduce((total, entry) => total + (entry as PerformanceResourceTiming).transferSize, 0);
    return { firstText: state.firstText, monacoReady: state.monacoReady, jsTransferred: js };
  });
  return { page, sample: { ...measured, fonts, workers }, close: () => context.close() };
}

/** Types `count` characters into the target's field, one measured keystroke at a time. */
export async function measureKeystrokes(page: Page, target: Target, count: number): Promise<number[]> {
  const field = page.locator(target.field).first();
  await field.scrollIntoViewIfNeeded();
  await field.click();
  await page.keyboard.press('End');
  const latencies: number[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let index = 0; index < count; index++) {
    await page.evaluate(armKeystroke(target.preview));
    await page.keyboard.type(letters[index % letters.length]!);
    const latency = await page.evaluate(
      () => (window as unknown as { __benchPending: Promise<number> }).__benchPending,
    );
    if (latency >= 0) latencies.push(latency);
    await page.waitForTimeout(30);
  }
  return latencies;
}
