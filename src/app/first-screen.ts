/**
 * The first screen loads in order: the shell with the Terraform as text, then its editor, then the
 * form and the checks. On a machine with little CPU to spare, loading them together made each wait
 * for the others, and the form mounted no sooner for it. On a slow two-core machine the editor takes
 * ~2 s to paint: a form that stopped waiting at 0.6 s put its chunk and first render in the middle of
 * the editor's start-up (Monaco ready 1.18–1.20× the reference page; waiting for the editor,
 * 1.12–1.14×; npm run bench, two runs each).
 */
import { firstEditorRequested, firstEditorSettled } from '@/features/preview/first-editor';

/** When the shell has had time to request the editor: if it has not, there is none to wait for. */
const EDITOR_REQUEST_DEADLINE_MS = 600;
/** How long the form waits for a requested editor at most: a slow download never holds it longer. */
const FORM_DEADLINE_MS = 3000;
let editorRequestDeadline: Promise<boolean> | undefined;
let firstScreen: Promise<void> | undefined;
let firstEditor: Promise<void> | undefined;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Settles at the first deadline with whether an editor is on its way. */
const editorOnItsWay = () =>
  (editorRequestDeadline ??= wait(EDITOR_REQUEST_DEADLINE_MS).then(firstEditorRequested));

/**
 * For the form: settles once the editor has painted (or failed), at the first deadline if no editor
 * is on its way (the Terraform could not be generated), and at the latest at the form's deadline.
 */
export const afterFirstScreen = () =>
  (firstScreen ??= Promise.race([
    firstEditorSettled,
    editorOnItsWay().then((requested) =>
      requested ? wait(FORM_DEADLINE_MS - EDITOR_REQUEST_DEADLINE_MS) : undefined,
    ),
  ]));

/**
 * For what the first screen shows only on demand (the checks: a count on the Checks tab, marks on
 * fields): settles once the editor has painted or failed, and at the first deadline only if no
 * editor is on its way. Run at the deadline, the first check and the rules' start-up took the main
 * thread just as the editor's chunk arrived, on a busy two-core machine for some 300 ms, and the
 * editor was ready that much later (npm run bench).
 */
export const afterFirstEditor = () =>
  (firstEditor ??= Promise.race([
    firstEditorSettled,
    editorOnItsWay().then((requested) => (requested ? firstEditorSettled : undefined)),
  ]));
