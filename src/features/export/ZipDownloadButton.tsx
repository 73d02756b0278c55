import { lazy, Suspense, useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import type { Design } from '@/model/design';
import { DownloadIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { useNotify } from '../shared/notifications';
import { useOpenedOnce } from '../shared/use-opened-once';
import { downloadBundleZip } from './bundle-download';

const ZipConfirmDialog = lazy(() => import('./ZipConfirmDialog'));

interface ZipDownloadOptions {
  /** The design to zip, read when the download is asked for. */
  getDesign: () => Design;
  /** Errors of the checks: Terraform would fail with them, so downloading asks first. */
  errorCount: number;
  /** The form holds values the schema rejects; the zip has the last valid design. */
  formInvalid: boolean;
}

/**
 * Download zip, from a button or a menu item: `request` downloads the bundle, or first asks for an
 * explicit override when the design has errors (in `dialog`, to render beside the trigger).
 */
export function useZipDownload({ getDesign, errorCount, formInvalid }: ZipDownloadOptions): {
  request: () => void;
  dialog: ReactNode;
} {
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const dialogLoaded = useOpenedOnce(confirming);
  const download = async () => {
    setConfirming(false);
    try {
      await downloadBundleZip(getDesign());
    } catch (error) {
      notify({ message: `The zip could not be made: ${(error as Error).message}`, severity: 'error' });
    }
  };
  const request = () => (errorCount > 0 || formInvalid ? setConfirming(true) : void download());
  const dialog = dialogLoaded && (
    <Suspense fallback={null}>
      <ZipConfirmDialog
        open={confirming}
        errorCount={errorCount}
        formInvalid={formInvalid}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void download()}
      />
    </Suspense>
  );
  return { request, dialog };
}

export const ZIP_DOWNLOAD_LABEL = 'Download zip';

/** The Download zip button: labelled, or an icon only on narrow screens. */
export function ZipDownloadButton({ request, compact }: { request: () => void; compact?: boolean }) {
  return compact ? (
    <IconAction color="inherit" label={ZIP_DOWNLOAD_LABEL} onClick={request}>
      <DownloadIcon />
    </IconAction>
  ) : (
    <Button variant="contained" startIcon={<DownloadIcon />} onClick={request}>
      {ZIP_DOWNLOAD_LABEL}
    </Button>
  );
}
