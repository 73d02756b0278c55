/**
 * Settles once the first preview editor has painted, or has failed to load: from then on the first
 * screen is complete, and what the app loads next no longer competes with it.
 */
let settle!: () => void;

export const firstEditorSettled = new Promise<void>((resolve) => {
  settle = resolve;
});

/**
 * Called in the frame the editor first paints (or when it fails to load). Settles a frame later, so
 * that what waits for it does not hold up the frame that shows the editor.
 */
export const markFirstEditorSettled = () => requestAnimationFrame(() => setTimeout(settle));

let requested = false;

/** Called when the first preview editor's chunk is requested: from then on it is on its way. */
export const markFirstEditorRequested = () => {
  requested = true;
};

export const firstEditorRequested = () => requested;
