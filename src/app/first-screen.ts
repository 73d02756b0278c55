/**
 * The first screen loads in order: the shell with the Terraform as text, then its editor, then the
 * form and the checks. On a machine with little CPU to spare, loading them together made each wait
 * for the others, and the form mounted no sooner for it; in this order the editor is ready ~60 ms
 * earlier (npm run bench).
 */
import { firstEditorSettled } from '@/features/preview/first-editor';

/** How long the form and the checks wait for the editor at most: a slow download never holds them. */
const FIRST_SCREEN_DEADLINE_MS = 600;
let firstScreen: Promise<void> | undefined;

/** Settles once the editor has painted (or failed), or at the deadline, whichever comes first. */
export const afterFirstScreen = () =>
  (firstScreen ??= Promise.race([
    firstEditorSettled,
    new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_DEADLINE_MS)),
  ]));
