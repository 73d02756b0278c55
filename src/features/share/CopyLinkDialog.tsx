import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';

/** When the browser refuses clipboard access: the link, selected, to copy by hand. */
export default function CopyLinkDialog({ url, onClose }: { url: string | undefined; onClose: () => void }) {
  return (
    <Dialog
      open={url !== undefined}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="copy-link-title"
    >
      <DialogTitle id="copy-link-title">Copy the share link</DialogTitle>
      <DialogContent>
        <DialogContentText gutterBottom>
          The browser did not allow copying. Select the link and copy it (Ctrl+C).
        </DialogContentText>
        <TextField
          value={url ?? ''}
          label="Share link"
          autoFocus
          onFocus={(event) => event.target.select()}
          slotProps={{
            htmlInput: { readOnly: true, spellCheck: false },
            input: { sx: { fontFamily: 'monospace' } },
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Done</Button>
      </DialogActions>
    </Dialog>
  );
}
