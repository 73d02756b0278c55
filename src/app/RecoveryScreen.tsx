/** Shown instead of a blank page if the app fails: what happened, and ways out that keep the work. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { readTabDraftText, removeTabDraft } from '@/features/persistence/tab-drafts';
import { saveFile } from '@/features/shared/browser-files';

function storedDraft(): string | null {
  try {
    return readTabDraftText();
  } catch {
    return null;
  }
}

function startOver(): void {
  try {
    removeTabDraft();
  } catch {
    // Nothing stored, nothing to remove.
  }
  location.replace(`${location.pathname}${location.search}`);
}

export function RecoveryScreen({ error }: { error: Error }) {
  const draft = storedDraft();
  return (
    <Box
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3, bgcolor: 'background.default' }}
    >
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 560 }} role="alert">
        <Typography component="h1" variant="h5" gutterBottom>
          Something went wrong
        </Typography>
        <Typography color="textSecondary" gutterBottom>
          The configurator hit an error it could not recover from. Your draft is still saved in this browser:
          reload to continue, or download it first to be safe.
        </Typography>
        <Typography
          component="pre"
          variant="body2"
          sx={{
            whiteSpace: 'pre-wrap',
            fontFamily: 'monospace',
            bgcolor: 'action.hover',
            p: 1.5,
            borderRadius: 1,
            my: 2,
          }}
        >
          {error.message}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={() => location.reload()}>
            Reload
          </Button>
          {draft && (
            <Button
              variant="outlined"
              onClick={() => saveFile(draft, 'draft.design.json', 'application/json')}
            >
              Download the draft
            </Button>
          )}
          <Button color="inherit" onClick={startOver}>
            Start over with a new design
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
