import { useEffect } from 'react';
import { createDraftAutosave } from '@/features/persistence/draft-storage';
import { createFragmentSync } from '@/features/share/share-link';
import type { DesignSession } from './design-session';

/** Autosave and the address bar's share link follow every change of the design. */
export function useDesignPersistence(session: DesignSession, onSaveError: (message: string) => void): void {
  useEffect(() => {
    const autosave = createDraftAutosave(onSaveError);
    const fragment = createFragmentSync();
    let last = session.getState().design;
    const unsubscribe = session.subscribe(() => {
      const { design } = session.getState();
      if (design === last) return;
      last = design;
      autosave.schedule(design);
      fragment.schedule(design);
    });
    return () => {
      unsubscribe();
      fragment.cancel();
      autosave.dispose();
    };
  }, [session, onSaveError]);
}
