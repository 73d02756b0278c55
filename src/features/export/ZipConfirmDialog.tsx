import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

interface ZipConfirmDialogProps {
  open: boolean;
  errorCount: number;
  formInvalid: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** The explicit override: a design with errors downloads only when the user says so. */
export default function ZipConfirmDialog({
  open,
  errorCount,
  formInvalid,
  onCancel,
  onConfirm,
}: ZipConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="zip-confirm-title">
      <DialogTitle id="zip-confirm-title">Download a bundle that will not apply?</DialogTitle>
      <DialogContent>
        {errorCount > 0 && (
          <DialogContentText gutterBottom>
            The design breaks {errorCount === 1 ? 'a rule' : `${errorCount} rules`} that AWS or Terraform
            enforce, so <code>terraform plan</code> or <code>apply</code> will fail until{' '}
            {errorCount === 1 ? 'it is' : 'they are'} fixed. See Checks.
          </DialogContentText>
        )}
        {formInvalid && (
          <DialogContentText>
            Some fields hold invalid values; the zip has the design as it was before them.
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button onClick={onConfirm} color="warning">
          Download anyway
        </Button>
      </DialogActions>
    </Dialog>
  );
}
