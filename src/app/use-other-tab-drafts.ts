import { useEffect, useRef } from 'react';
import type { Design } from '@/model/design';
import { watchOtherTabs, writeTabDraft } from '@/features/persistence/tab-drafts';
import type { DesignSession } from './design-session';
import { sameDesign, type Notice } from './startup';

const NOTICE_ID = 'other-tab';

interface OtherTabHandlers {
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  /** Replaces the design as one undoable step. */
  replaceDesign: (design: Design, message: string) => void;
}

/**
 * Offers what another tab saves: a notice to load it or keep this tab's own, never applied unasked.
 * "Keep mine" declines that save: the notice goes, and comes back only when that tab saves something
 * else; a later save there that equals this design withdraws the offer.
 */
export function useOtherTabDrafts(session: DesignSession, handlers: OtherTabHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    /** The save each tab had when this one kept its own design. */
    const declined = new Map<string, string>();
    let disposed = false;
    const stop = watchOtherTabs(({ tabId, json }, ownSlotTaken) => {
      if (ownSlotTaken)
        try {
          writeTabDraft(JSON.stringify(session.getState().design));
        } catch {
          // Autosave reports storage failures on this tab's next edit.
        }
      if (declined.get(tabId) === json) return;
      void import('@/share/intake').then(({ intakeJson }) => {
        const read = intakeJson(json);
        if (disposed || !read.ok) return;
        const { addNotice, dismissNotice, replaceDesign } = latest.current;
        if (sameDesign(read.design, session.getState().design)) return dismissNotice(NOTICE_ID);
        addNotice({
          id: NOTICE_ID,
          severity: 'info',
          title: 'This design was changed in another tab',
          message: `Another tab saved “${read.design.name}”. Each tab keeps its own draft: load that one here, or keep yours.`,
          actions: [
            {
              label: 'Load it',
              onClick: () => {
                dismissNotice(NOTICE_ID);
                replaceDesign(read.design, `Loaded “${read.design.name}” from another tab`);
              },
            },
            {
              label: 'Keep mine',
              onClick: () => {
                declined.set(tabId, json);
                dismissNotice(NOTICE_ID);
              },
            },
          ],
        });
      });
    });
    return () => {
      disposed = true;
      stop();
    };
  }, [session]);
}
