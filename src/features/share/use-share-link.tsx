/**
 * The share-link flow of the workspace: copying the design's link (a dialog shows it when the
 * clipboard refuses), and opening a link pasted into the address bar of the open app — at once over a
 * blank design, after asking over a draft. The app shell wires it to its session and notices.
 */
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Design } from '@/model/design';
import type { IntakeError } from '@/share/intake';
import { copyText } from '@/features/shared/browser-files';
import { useNotify } from '@/features/shared/notifications';
import { useOpenedOnce } from '@/features/shared/use-opened-once';
import { readLinkedDesign, shareUrl, showInAddressBar } from './share-link';

const OpenLinkDialog = lazy(() => import('./OpenLinkDialog'));
const CopyLinkDialog = lazy(() => import('./CopyLinkDialog'));

export interface ShareLinkOptions {
  /** The design now, and whether some of its fields are invalid (the link then holds it as before them). */
  current: () => { design: Design; hasInvalidFields: boolean };
  /** A link the app started with that waits for the user's choice over a draft. */
  initialPendingLink: Design | undefined;
  /** What to do with a linked design over the current one: nothing (the same), open it, or ask. */
  decide: (current: Design, linked: Design) => 'ignore' | 'open' | 'ask';
  /** Opens a linked design (as one undoable step). */
  open: (design: Design) => void;
  /** A link that cannot be opened, and a later one that could. */
  onBrokenLink: (error: IntakeError) => void;
  onLinkRead: () => void;
}

export function useShareLink(options: ShareLinkOptions): {
  copyLink: () => Promise<void>;
  dialogs: ReactNode;
} {
  const { current, decide, open, onBrokenLink, onLinkRead } = options;
  const notify = useNotify();
  const [pendingLink, setPendingLink] = useState(options.initialPendingLink);
  const [linkToCopy, setLinkToCopy] = useState<string>();
  const openLinkDialogLoaded = useOpenedOnce(pendingLink !== undefined);
  const copyLinkDialogLoaded = useOpenedOnce(linkToCopy !== undefined);

  // A link pasted into the address bar of the open app changes only the fragment.
  useEffect(() => {
    const onHashChange = async (event: HashChangeEvent) => {
      // The event's URL, not location.hash: the address bar's own sync may have rewritten the
      // fragment since, and the pasted link would then be read as the draft's own.
      const linked = await readLinkedDesign(new URL(event.newURL).hash);
      if (!linked) return;
      if (!linked.ok) {
        onBrokenLink(linked.error);
        // The address bar should not keep a link that cannot open: the draft's own link replaces it.
        return showInAddressBar(current().design);
      }
      onLinkRead();
      const choice = decide(current().design, linked.design);
      if (choice === 'open') open(linked.design);
      else if (choice === 'ask') setPendingLink(linked.design);
    };
    const listener = (event: HashChangeEvent) => void onHashChange(event);
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, [current, decide, open, onBrokenLink, onLinkRead]);

  const copyLink = useCallback(async () => {
    const { design, hasInvalidFields } = current();
    showInAddressBar(design);
    const url = shareUrl(design);
    if (!(await copyText(url))) return setLinkToCopy(url);
    notify(
      hasInvalidFields
        ? {
            message:
              'Share link copied. Some fields are invalid: the link holds the design as it was before them.',
            severity: 'warning',
          }
        : { message: 'Share link copied' },
    );
  }, [current, notify]);

  const dialogs = (
    <Suspense fallback={null}>
      {openLinkDialogLoaded && (
        <OpenLinkDialog
          linked={pendingLink}
          draft={current().design}
          onKeepDraft={() => {
            setPendingLink(undefined);
            showInAddressBar(current().design);
          }}
          onOpenLink={() => {
            if (pendingLink) open(pendingLink);
            setPendingLink(undefined);
          }}
        />
      )}
      {copyLinkDialogLoaded && <CopyLinkDialog url={linkToCopy} onClose={() => setLinkToCopy(undefined)} />}
    </Suspense>
  );
  return { copyLink, dialogs };
}
