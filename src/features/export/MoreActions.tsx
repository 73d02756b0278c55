/**
 * The ⋮ button: the designs saved in this browser, export the design JSON, import one from a file, and
 * on a phone the top bar's actions that do not fit it (its menu and dialog load on first use).
 */
import { lazy, Suspense, useRef, useState } from 'react';
import type { ImportReport } from '@/import';
import type { Design } from '@/model/design';
import type { IntakeError } from '@/share/intake';
import { MoreIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { useOpenedOnce } from '../shared/use-opened-once';
import { downloadDesignJson, readImportFile } from './bundle-download';
import type { OverflowAction } from './MoreActionsMenu';

const MoreActionsMenu = lazy(() => import('./MoreActionsMenu'));
const MyDesignsDialog = lazy(() => import('../persistence/MyDesignsDialog'));

interface MoreActionsProps {
  /** The design to export, read when the menu item is used. */
  getDesign: () => Design;
  /** A design opened from a file; `report` says what an import of a deployment mapped and left out. */
  onImport: (design: Design, fileName: string, report?: ImportReport) => void;
  /** The file could not be opened: nothing changed. */
  onImportError: (error: IntakeError, fileName: string) => void;
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
  const fileInput = useRef<HTMLInputElement>(null);
  const [myDesigns, setMyDesigns] = useState(false);
  const myDesignsLoaded = useOpenedOnce(myDesigns);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readImportFile(file);
    if (result.ok) onImport(result.design, file.name, result.report);
    else onImportError(result.error, file.name);
  };

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
              fileInput.current?.click();
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
      <input
        ref={fileInput}
        type="file"
        accept=".json,.tfstate,.tf,application/json"
        aria-label="Design JSON or deployment file to import"
        hidden
        onChange={(event) => {
          void importFile(event.target.files?.[0]);
          // Picking the same file again must trigger a change too.
          event.target.value = '';
        }}
      />
    </>
  );
}
