/**
 * Where the first design comes from: a share link in the URL, else the autosaved draft, else the
 * default design. A link that cannot be opened never costs the draft; a valid link that differs
 * from a draft the user has worked on waits for their answer. A first visit (no link, no draft)
 * starts at once; reading a link or a draft first loads the intake.
 */
import { defaultDesign } from '@/model/default-design';
import type { Design } from '@/model/design';
import { mayHaveDraft, readDraft } from '@/features/persistence/draft-storage';
import { clearFragment, hasFragment, isOwnFragment, readLinkedDesign } from '@/features/share/share-link';
import type { IntakeError } from '@/share/intake';
import { describeIntakeError, type Problem } from '@/features/shared/intake-errors';

export interface Notice extends Problem {
  id: string;
  severity: 'error' | 'warning' | 'info';
  /** Buttons under the message; each is expected to dismiss the notice. */
  actions?: { label: string; onClick: () => void }[];
}

export interface Startup {
  design: Design;
  notices: Notice[];
  /** A linked design to offer instead of the draft (the user is asked). */
  pendingLink?: Design;
}

export const sameDesign = (a: Design, b: Design) => JSON.stringify(a) === JSON.stringify(b);

/** The design a first visit starts with: replacing it loses nothing, so no need to ask. */
export const isBlankDesign = (design: Design) => sameDesign(design, defaultDesign());

/** The notice for a share link that cannot be opened. */
export function linkNotice(error: IntakeError): Notice {
  const problem = describeIntakeError(error, 'This share link');
  return {
    ...problem,
    id: 'link',
    severity: 'error',
    message: `${problem.message} Your draft is unchanged.`,
  };
}

export async function resolveStartup(): Promise<Startup> {
  if (!hasFragment(location.hash) && !mayHaveDraft()) return { design: defaultDesign(), notices: [] };
  const notices: Notice[] = [];
  const draft = await readDraft();
  if (draft.status === 'unreadable')
    notices.push({
      id: 'storage',
      severity: 'warning',
      title: 'Saved draft ignored',
      message: draft.message,
    });
  const fallback = draft.status === 'ok' ? draft.design : defaultDesign();

  const linked = await readLinkedDesign(location.hash);
  if (!linked) return { design: fallback, notices };
  if (!linked.ok) {
    notices.push(linkNotice(linked.error));
    // The address bar should not keep offering a link that cannot open; the draft's link replaces it.
    clearFragment();
    return { design: fallback, notices };
  }
  if (draft.status === 'ok' && isOwnFragment(location.hash)) return { design: draft.design, notices };
  if (draft.status === 'ok' && !isBlankDesign(draft.design) && !sameDesign(draft.design, linked.design))
    return { design: draft.design, notices, pendingLink: linked.design };
  return { design: linked.design, notices };
}
