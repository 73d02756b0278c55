import { lazy, Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import type { Design } from '@/model/design';
import { DownloadIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { useNotify } from '../shared/notifications';
import { useOpenedOnce } from '../shared/use-opened-once';
import { downloadBundleZip } from './bundle-download';

const ZipConfirmDialog = lazy(() => import('./ZipConfirmDialog'));

interface ZipDownloadButtonProps {
  /** The design to zip, read when the button is used. */
  getDesign: () => Design;
  /** Errors of the checks: Terraform would fail with them, so downloading asks first. */
  errorCount: number;
  /** The form holds values the schema rejects; the zip has the last valid design. */
  formInvalid: boolean;
  /** Icon only, for narrow screens. */
  compact?: boolean;
}

/** Download zip: the bundle, with an explicit override when the design has errors. */
export function ZipDownloadButton({ getDesign, errorCount, formInvalid, compact }: ZipDownloadButtonProps) {
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
  const label = 'Download zip';

  return (
    <>
      {compact ? (
        <IconAction color="inherit" label={label} onClick={request}>
          <DownloadIcon />
        </IconAction>
      ) : (
        <Button variant="contained" startIcon={<DownloadIcon />} onClick={request}>
          {label}
        </Button>
      )}
      {dialogLoaded && (
        <Suspense fallback={null}>
          <ZipConfirmDialog
            open={confirming}
            errorCount={errorCount}
            formInvalid={formInvalid}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void download()}
          />
        </Suspense>
      )}
    </>
  );
}
