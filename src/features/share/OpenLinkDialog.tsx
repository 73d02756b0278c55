import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { Design } from '@/model/design';

interface OpenLinkDialogProps {
  /** The design the link holds; the dialog is open while there is one. */
  linked: Design | undefined;
  draft: Design;
  onKeepDraft: () => void;
  onOpenLink: () => void;
}

const describe = (design: Design) =>
  `“${design.name}”, ${design.caches.length === 1 ? '1 cache' : `${design.caches.length} caches`}`;

/** Asks before a share link replaces a draft the user has worked on. */
export default function OpenLinkDialog({ linked, draft, onKeepDraft, onOpenLink }: OpenLinkDialogProps) {
  return (
    <Dialog
      open={linked !== undefined}
      onClose={onKeepDraft}
      aria-labelledby="open-link-title"
      aria-describedby="open-link-text"
    >
      <DialogTitle id="open-link-title">Replace your draft with the shared design?</DialogTitle>
      <DialogContent>
        <DialogContentText id="open-link-text">
          The link holds {linked ? describe(linked) : 'a design'}. Your draft, {describe(draft)}, differs from
          it. Opening the link replaces the draft; Undo brings the draft back.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeepDraft}>Keep draft</Button>
        <Button onClick={onOpenLink} variant="contained" autoFocus>
          Open link
        </Button>
      </DialogActions>
    </Dialog>
  );
}
