/**
 * Work that must not delay the next frame, such as what an edit changes beyond the preview: each
 * step runs in an idle period of its own (where the browser has no idle callbacks, a task of its
 * own), the first no sooner than `afterMs`. Returns a function that cancels the steps not yet run.
 */
export function runWhenIdle(steps: readonly (() => void)[], { afterMs = 0 } = {}): () => void {
  const idle = typeof requestIdleCallback === 'function';
  const schedule = (run: () => void) => (idle ? requestIdleCallback(run) : window.setTimeout(run, 1));
  const cancel = (handle: number) => (idle ? cancelIdleCallback(handle) : window.clearTimeout(handle));
  let next = 0;
  let handle: number | undefined;
  const runStep = () => {
    steps[next++]!();
    handle = next < steps.length ? schedule(runStep) : undefined;
  };
  const start = () => {
    if (steps.length) handle = schedule(runStep);
  };
  let delay: number | undefined;
  if (afterMs > 0) delay = window.setTimeout(start, afterMs);
  else start();
  return () => {
    window.clearTimeout(delay);
    if (handle !== undefined) cancel(handle);
  };
}
