import { lazy, Suspense, useState, type MouseEvent, type ReactNode } from 'react';
import type { BundleLayout } from '@/generate';
import type { Design } from '@/model/design';
import { ArrowDropDownIcon, DownloadIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { ShellButton, ShellButtonGroup } from '../shared/ShellButton';
import { useNotify } from '../shared/notifications';
import { useOpenedOnce } from '../shared/use-opened-once';
import { downloadBundleZip } from './bundle-download';

const ZipConfirmDialog = lazy(() => import('./ZipConfirmDialog'));
const ZipLayoutMenu = lazy(() => import('./ZipLayoutMenu'));

interface ZipDownloadOptions {
  /** The design to zip, read when the download is asked for. */
  getDesign: () => Design;
  /** Errors of the checks: Terraform would fail with them, so downloading asks first. */
  errorCount: number;
  /** The form holds values the schema rejects; the zip has the last valid design. */
  formInvalid: boolean;
}

/**
 * Download zip, from a button or a menu item: `request(layout)` downloads the bundle as a standalone
 * stack or as a reusable module and a root calling it, or first asks for an explicit override when
 * the design has errors (in `dialog`, to render beside the trigger).
 */
export function useZipDownload({ getDesign, errorCount, formInvalid }: ZipDownloadOptions): {
  request: (layout: BundleLayout) => void;
  dialog: ReactNode;
} {
  const notify = useNotify();
  /** The layout waiting for the user's confirmation, if any. */
  const [confirming, setConfirming] = useState<BundleLayout | null>(null);
  const dialogLoaded = useOpenedOnce(confirming !== null);
  const download = async (layout: BundleLayout) => {
    setConfirming(null);
    try {
      await downloadBundleZip(getDesign(), layout);
    } catch (error) {
      notify({ message: `The zip could not be made: ${(error as Error).message}`, severity: 'error' });
    }
  };
  const request = (layout: BundleLayout) =>
    errorCount > 0 || formInvalid ? setConfirming(layout) : void download(layout);
  const dialog = dialogLoaded && (
    <Suspense fallback={null}>
      <ZipConfirmDialog
        open={confirming !== null}
        errorCount={errorCount}
        formInvalid={formInvalid}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void download(confirming ?? 'stack')}
      />
    </Suspense>
  );
  return { request, dialog };
}

export const ZIP_DOWNLOAD_LABEL = 'Download zip';
export const ZIP_MODULE_LABEL = 'Download zip: reusable module + root';
const MENU_LABEL = 'Download options';

/**
 * The Download zip button (labelled, or an icon only on narrow screens) and its menu of layouts: the
 * button gives the standalone stack, the menu also the reusable module with a root calling it.
 */
export function ZipDownloadButton({
  request,
  compact,
}: {
  request: (layout: BundleLayout) => void;
  compact?: boolean;
}) {
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const menuLoaded = useOpenedOnce(menuAnchor !== null);
  const menuButtonProps = {
    'aria-haspopup': 'menu' as const,
    'aria-expanded': menuAnchor !== null,
    onClick: (event: MouseEvent<HTMLElement>) => setMenuAnchor(event.currentTarget),
  };
  return (
    <>
      {compact ? (
        <>
          <IconAction color="inherit" label={ZIP_DOWNLOAD_LABEL} onClick={() => request('stack')}>
            <DownloadIcon />
          </IconAction>
          <IconAction color="inherit" label={MENU_LABEL} {...menuButtonProps}>
            <ArrowDropDownIcon />
          </IconAction>
        </>
      ) : (
        <ShellButtonGroup>
          <ShellButton variant="contained" startIcon={<DownloadIcon />} onClick={() => request('stack')}>
            {ZIP_DOWNLOAD_LABEL}
          </ShellButton>
          <ShellButton variant="contained" aria-label={MENU_LABEL} {...menuButtonProps}>
            <ArrowDropDownIcon />
          </ShellButton>
        </ShellButtonGroup>
      )}
      {menuLoaded && (
        <Suspense fallback={null}>
          <ZipLayoutMenu
            anchor={menuAnchor}
            onClose={() => setMenuAnchor(null)}
            onChoose={(layout) => {
              setMenuAnchor(null);
              request(layout);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
