/**
 * The first screen loads in order: the shell with the Terraform as text, then its editor, then the
 * form and the checks. On a machine with little CPU to spare, loading them together made each wait
 * for the others, and the form mounted no sooner for it; in this order the editor is ready ~60 ms
 * earlier (npm run bench).
 */
import { firstEditorRequested, firstEditorSettled } from '@/features/preview/first-editor';

/** How long the form waits for the editor at most: a slow download never holds it. */
const FIRST_SCREEN_DEADLINE_MS = 600;
let deadline: Promise<void> | undefined;
let firstScreen: Promise<void> | undefined;
let firstEditor: Promise<void> | undefined;

const atDeadline = () =>
  (deadline ??= new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_DEADLINE_MS)));

/** Settles once the editor has painted (or failed), or at the deadline, whichever comes first. */
export const afterFirstScreen = () => (firstScreen ??= Promise.race([firstEditorSettled, atDeadline()]));

/**
 * For what the first screen shows only on demand (the checks: a count on the Checks tab, marks on
 * fields): settles once the editor has painted or failed, and at the deadline only if no editor is
 * on its way (the Terraform could not be generated). Run at the deadline, the first check and the
 * rules' start-up took the main thread just as the editor's chunk arrived, on a busy two-core
 * machine for some 300 ms, and the editor was ready that much later (npm run bench).
 */
export const afterFirstEditor = () =>
  (firstEditor ??= Promise.race([
    firstEditorSettled,
    atDeadline().then(() => (firstEditorRequested() ? firstEditorSettled : undefined)),
  ]));
