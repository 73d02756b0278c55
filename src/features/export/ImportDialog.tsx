/**
 * Import: a file (chosen or dropped) or pasted text, read by its content — a design file, `terraform
 * show -json` of a plan or state, a state file, Terraform HCL, AWS CLI describe output. A failure is said in the
 * dialog, which keeps the pasted text: nothing is lost and the design is not touched.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ImportReport, ImportResult } from '@/import';
import type { Design } from '@/model/design';
import { describeIntakeError, type Problem } from '../shared/intake-errors';
import { importFromText, readImportFile } from './bundle-download';

interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** The imported design, its source (a file name, or the pasted text) and what the import mapped. */
  onImport: (design: Design, source: string, report?: ImportReport) => void;
}

export default function ImportDialog({ open, onClose, onImport }: ImportDialogProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  /** `source` names the input in an error's title and, as `label`, in the import's notice. */
  const finish = async (source: string, label: string, read: () => Promise<ImportResult>) => {
    setBusy(true);
    try {
      const result = await read();
      if (!result.ok) return setFailure(describeIntakeError(result.error, source));
      setFailure(undefined);
      setText('');
      onClose();
      onImport(result.design, label, result.report);
    } finally {
      setBusy(false);
    }
  };
  const importFile = (file: File | undefined) => {
    if (file) void finish(file.name, file.name, () => readImportFile(file));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    importFile(event.dataTransfer.files[0]);
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="import-title">
      <DialogTitle id="import-title">Import</DialogTitle>
      <DialogContent
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        sx={{ outline: dragging ? 2 : 0, outlineColor: 'primary.main', outlineStyle: 'dashed' }}
      >
        <Typography variant="body2" color="textSecondary" id={hintId} sx={{ mb: 2 }}>
          A design file, <code>terraform show -json</code> output (plan or state), a{' '}
          <code>terraform.tfstate</code> or AWS CLI describe output (several pasted one after the other are
          read together). Drop a file here, choose one, or paste its text. It is read in this browser; nothing
          is sent anywhere.
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
          <Button variant="outlined" disabled={busy} onClick={() => fileInput.current?.click()}>
            Choose file…
          </Button>
          <Typography variant="body2" color="textSecondary">
            or drop it anywhere in this dialog
          </Typography>
        </Box>
        <TextField
          label="Or paste it here"
          value={text}
          onChange={(event) => setText(event.target.value)}
          multiline
          minRows={6}
          maxRows={14}
          fullWidth
          slotProps={{
            htmlInput: { spellCheck: false, 'aria-describedby': hintId, style: { fontFamily: 'monospace' } },
          }}
        />
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }}>
            <AlertTitle>{failure.title}</AlertTitle>
            {failure.message} Nothing was changed.
            {failure.details?.length ? (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {failure.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </Box>
            ) : null}
          </Alert>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".json,.tfstate,.tf,application/json"
          aria-label="Design JSON or deployment file to import"
          hidden
          onChange={(event) => {
            importFile(event.target.files?.[0]);
            // Picking the same file again must trigger a change too.
            event.target.value = '';
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          disabled={busy || text.trim() === ''}
          onClick={() => void finish('The pasted text', 'the pasted text', () => importFromText(text))}
        >
          Import pasted text
        </Button>
      </DialogActions>
    </Dialog>
  );
}
