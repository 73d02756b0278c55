/**
 * Settles once the first preview editor has painted, or has failed to load: from then on the first
 * screen is complete, and what the app loads next no longer competes with it.
 */
let settle: () => void = () => undefined;

export const firstEditorSettled = new Promise<void>((resolve) => {
  settle = resolve;
});

export const markFirstEditorSettled = () => settle();
