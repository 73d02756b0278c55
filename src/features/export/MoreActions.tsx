/**
 * The ⋮ button: the designs saved in this browser, export the design JSON, import a design or a deployment (a file or pasted text), and
 * on a phone the top bar's actions that do not fit it (its menu and dialogs load on first use).
 */
import { lazy, Suspense, useState } from 'react';
import type { ImportReport } from '@/import';
import type { Design } from '@/model/design';
import type { IntakeError } from '@/share/intake';
import { MoreIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { useOpenedOnce } from '../shared/use-opened-once';
import { downloadDesignJson } from './bundle-download';
import type { OverflowAction } from './MoreActionsMenu';

const MoreActionsMenu = lazy(() => import('./MoreActionsMenu'));
const MyDesignsDialog = lazy(() => import('../persistence/MyDesignsDialog'));
const ImportDialog = lazy(() => import('./ImportDialog'));

interface MoreActionsProps {
  /** The design to export, read when the menu item is used. */
  getDesign: () => Design;
  /** An imported design (file, paste or My designs); `report` says what an import of a deployment mapped and left out. */
  onImport: (design: Design, source: string, report?: ImportReport) => void;
  /** A design saved in My designs could not be opened: nothing changed. */
  onImportError: (error: IntakeError, source: string) => void;
  /** Actions moved here from a bar too narrow for them, listed first. */
  overflow?: readonly OverflowAction[];
  /** `end` when the button is the last of the bar: its hint then extends leftwards, inside the window. */
  hintAlign?: 'center' | 'end';
}

export function MoreActions({
  getDesign,
  onImport,
  onImportError,
  overflow = [],
  hintAlign,
}: MoreActionsProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const loaded = useOpenedOnce(anchor !== null);
  const [myDesigns, setMyDesigns] = useState(false);
  const myDesignsLoaded = useOpenedOnce(myDesigns);
  const [importing, setImporting] = useState(false);
  const importLoaded = useOpenedOnce(importing);

  return (
    <>
      <IconAction
        color="inherit"
        label="More actions"
        hintAlign={hintAlign}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreIcon />
      </IconAction>
      {loaded && (
        <Suspense fallback={null}>
          <MoreActionsMenu
            anchor={anchor}
            onClose={() => setAnchor(null)}
            overflow={overflow.map((action) => ({
              ...action,
              onClick: () => {
                setAnchor(null);
                action.onClick();
              },
            }))}
            onExport={() => {
              setAnchor(null);
              downloadDesignJson(getDesign());
            }}
            onImport={() => {
              setAnchor(null);
              setImporting(true);
            }}
            onMyDesigns={() => {
              setAnchor(null);
              setMyDesigns(true);
            }}
          />
        </Suspense>
      )}
      {myDesignsLoaded && (
        <Suspense fallback={null}>
          <MyDesignsDialog
            open={myDesigns}
            onClose={() => setMyDesigns(false)}
            getDesign={getDesign}
            onOpen={(design, title) => onImport(design, `“${title}” from My designs`)}
            onOpenError={(error, title) => onImportError(error, `“${title}” from My designs`)}
          />
        </Suspense>
      )}
      {importLoaded && (
        <Suspense fallback={null}>
          <ImportDialog open={importing} onClose={() => setImporting(false)} onImport={onImport} />
        </Suspense>
      )}
    </>
  );
}
