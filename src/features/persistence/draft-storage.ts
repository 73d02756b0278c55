/**
 * The autosaved draft in local storage, this tab's own (see `./tab-drafts.ts`). Reading goes through
 * `intakeJson`, like a link or a file: a draft written by another version, or damaged by hand, is
 * reported and ignored, never trusted. The intake (and zod with it) loads only when there is a draft
 * to read.
 */
import type { Design } from '@/model/design';
import { runWhenIdle } from '@/features/shared/idle-work';
import { readTabDraftText, writeTabDraft } from './tab-drafts';

export type DraftRead =
  { status: 'none' } | { status: 'ok'; design: Design } | { status: 'unreadable'; message: string };

/** True when a draft may be stored (or storage cannot be read, which `readDraft` reports). */
export function mayHaveDraft(): boolean {
  try {
    return readTabDraftText() !== null;
  } catch {
    return true;
  }
}

export async function readDraft(): Promise<DraftRead> {
  let text: string | null;
  try {
    text = readTabDraftText();
  } catch {
    return {
      status: 'unreadable',
      message:
        'The browser does not allow this page to use local storage, so your work is not saved between visits.',
    };
  }
  if (text === null) return { status: 'none' };
  const { intakeJson } = await import('@/share/intake');
  const result = intakeJson(text);
  return result.ok
    ? { status: 'ok', design: result.design }
    : {
        status: 'unreadable',
        message: `The draft saved in this browser could not be read and was ignored: ${result.error.message}`,
      };
}

/**
 * Saves the design at most once per `delayMs`, in idle time so typing does not wait for it, and at
 * once when the page is hidden or closed.
 * `onError` hears about the first failure only (storage full or blocked), not every keystroke's.
 */
export function createDraftAutosave(onError: (message: string) => void, delayMs = 300) {
  let cancelScheduled: (() => void) | undefined;
  let latest: Design | undefined;
  let reported = false;
  const save = () => {
    cancelScheduled?.();
    cancelScheduled = undefined;
    if (!latest) return;
    try {
      writeTabDraft(JSON.stringify(latest));
      latest = undefined;
    } catch (error) {
      if (!reported)
        onError(
          `Your draft could not be saved in this browser (${(error as Error).name}); download the design to keep it.`,
        );
      reported = true;
    }
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') save();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', save);
  return {
    schedule(design: Design) {
      latest = design;
      cancelScheduled ??= runWhenIdle([save], { afterMs: delayMs });
    },
    dispose() {
      save();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
    },
  };
}
