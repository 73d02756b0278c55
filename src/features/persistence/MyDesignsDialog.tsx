/**
 * The "My designs" dialog: save the current design under a name, and open, rename, duplicate or
 * delete the designs saved in this browser. Everything stays in local storage.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Design } from '@/model/design';
import type { IntakeError } from '@/share/intake';
import {
  deleteSavedDesign,
  duplicateSavedDesign,
  listSavedDesigns,
  readSavedDesign,
  renameSavedDesign,
  saveDesignAs,
  type SavedDesign,
} from './saved-designs';

interface MyDesignsDialogProps {
  open: boolean;
  onClose: () => void;
  /** The design being edited, for "Save current design". */
  getDesign: () => Design;
  /** Opens a saved design (replaces the current one as one undo step). */
  onOpen: (design: Design, title: string) => void;
  onOpenError: (error: IntakeError, title: string) => void;
}

const savedAtText = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function SavedDesignRow({
  entry,
  onOpen,
  onChange,
}: {
  entry: SavedDesign;
  onOpen: () => void;
  onChange: (run: () => SavedDesign[]) => void;
}) {
  const [renaming, setRenaming] = useState<string>();
  return (
    <ListItem
      divider
      aria-label={entry.title}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', px: 0 }}
    >
      {renaming === undefined ? (
        <Box sx={{ flex: '1 1 200px', minWidth: 0 }}>
          <Typography sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{entry.title}</Typography>
          <Typography variant="caption" color="textSecondary">
            Saved {savedAtText(entry.savedAt)}
          </Typography>
        </Box>
      ) : (
        <Box
          component="form"
          sx={{ flex: '1 1 200px', display: 'flex', gap: 1 }}
          onSubmit={(event) => {
            event.preventDefault();
            onChange(() => renameSavedDesign(entry.id, renaming));
            setRenaming(undefined);
          }}
        >
          <TextField
            size="small"
            label="New name"
            value={renaming}
            onChange={(event) => setRenaming(event.target.value)}
            autoFocus
            sx={{ flex: 1 }}
          />
          <Button type="submit" disabled={!renaming.trim()}>
            Save name
          </Button>
        </Box>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
        <Button variant="contained" size="small" onClick={onOpen} aria-label={`Open ${entry.title}`}>
          Open
        </Button>
        <Button size="small" onClick={() => setRenaming(entry.title)} aria-label={`Rename ${entry.title}`}>
          Rename
        </Button>
        <Button
          size="small"
          onClick={() => onChange(() => duplicateSavedDesign(entry.id))}
          aria-label={`Duplicate ${entry.title}`}
        >
          Duplicate
        </Button>
        <Button
          size="small"
          color="error"
          onClick={() => onChange(() => deleteSavedDesign(entry.id))}
          aria-label={`Delete ${entry.title}`}
        >
          Delete
        </Button>
      </Box>
    </ListItem>
  );
}

export default function MyDesignsDialog({
  open,
  onClose,
  getDesign,
  onOpen,
  onOpenError,
}: MyDesignsDialogProps) {
  const [list, setList] = useState(() => listSavedDesigns());
  const [title, setTitle] = useState('');
  const [failure, setFailure] = useState<string>();

  /** Runs a change of the stored list; a storage that is full or blocked is said, not thrown. */
  const change = (run: () => SavedDesign[]) => {
    try {
      setList({ entries: run(), problems: list.problems });
      setFailure(undefined);
    } catch (error) {
      setFailure(
        `This browser did not let the page save (${(error as Error).name}); download the design to keep it.`,
      );
    }
  };

  const openEntry = (entry: SavedDesign) => {
    const result = readSavedDesign(entry);
    onClose();
    if (result.ok) onOpen(result.design, entry.title);
    else onOpenError(result.error, entry.title);
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="my-designs-title">
      <DialogTitle id="my-designs-title">My designs</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="textSecondary" sx={{ mb: 2 }}>
          Designs saved in this browser only; nothing is sent anywhere. Passwords and tokens are never part of
          a design.
        </Typography>
        <Box
          component="form"
          sx={{ display: 'flex', gap: 1, mb: 2 }}
          onSubmit={(event) => {
            event.preventDefault();
            change(() => saveDesignAs(getDesign(), title));
            setTitle('');
          }}
        >
          <TextField
            size="small"
            label="Name to save the current design under"
            placeholder={getDesign().name}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            sx={{ flex: 1 }}
          />
          <Button type="submit" variant="outlined">
            Save current design
          </Button>
        </Box>
        {failure && (
          <Alert severity="error" sx={{ mb: 1 }}>
            {failure}
          </Alert>
        )}
        {list.problems.map((problem) => (
          <Alert key={problem} severity="warning" sx={{ mb: 1 }}>
            {problem}
          </Alert>
        ))}
        {list.entries.length === 0 ? (
          <Typography variant="body2">No saved designs yet.</Typography>
        ) : (
          <List aria-label="Saved designs" disablePadding>
            {list.entries.map((entry) => (
              <SavedDesignRow
                key={entry.id}
                entry={entry}
                onOpen={() => openEntry(entry)}
                onChange={change}
              />
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
