import { lazy, Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import type { BundleLayout } from '@/generate';
import type { Design } from '@/model/design';
import { ArrowDropDownIcon, DownloadIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { useNotify } from '../shared/notifications';
import { useOpenedOnce } from '../shared/use-opened-once';
import { downloadBundleZip } from './bundle-download';

const ZipConfirmDialog = lazy(() => import('./ZipConfirmDialog'));
const ZipLayoutMenu = lazy(() => import('./ZipLayoutMenu'));

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

/**
 * Download zip: the bundle as a standalone stack, or from its menu as a reusable module and a root
 * calling it; with an explicit override when the design has errors.
 */
export function ZipDownloadButton({ getDesign, errorCount, formInvalid, compact }: ZipDownloadButtonProps) {
  const notify = useNotify();
  /** The layout waiting for the user's confirmation, if any. */
  const [confirming, setConfirming] = useState<BundleLayout | null>(null);
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const dialogLoaded = useOpenedOnce(confirming !== null);
  const menuLoaded = useOpenedOnce(menuAnchor !== null);
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
  const label = 'Download zip';
  const menuLabel = 'Download options';
  const menuButtonProps = {
    'aria-haspopup': 'menu' as const,
    'aria-expanded': menuAnchor !== null,
    onClick: (event: React.MouseEvent<HTMLElement>) => setMenuAnchor(event.currentTarget),
  };

  return (
    <>
      {compact ? (
        <>
          <IconAction color="inherit" label={label} onClick={() => request('stack')}>
            <DownloadIcon />
          </IconAction>
          <IconAction color="inherit" label={menuLabel} {...menuButtonProps}>
            <ArrowDropDownIcon />
          </IconAction>
        </>
      ) : (
        <ButtonGroup variant="contained">
          <Button startIcon={<DownloadIcon />} onClick={() => request('stack')}>
            {label}
          </Button>
          <Button size="small" aria-label={menuLabel} {...menuButtonProps}>
            <ArrowDropDownIcon />
          </Button>
        </ButtonGroup>
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
      {dialogLoaded && (
        <Suspense fallback={null}>
          <ZipConfirmDialog
            open={confirming !== null}
            errorCount={errorCount}
            formInvalid={formInvalid}
            onCancel={() => setConfirming(null)}
            onConfirm={() => void download(confirming ?? 'stack')}
          />
        </Suspense>
      )}
    </>
  );
}
