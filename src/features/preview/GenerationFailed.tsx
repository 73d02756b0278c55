import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

/** Shown instead of the preview when the generator fails: a bug, never the user's doing. */
export function GenerationFailed({ error }: { error: Error }) {
  return (
    <Alert severity="error" sx={{ m: 2 }}>
      <AlertTitle>The Terraform could not be generated</AlertTitle>
      {error.message}. Your design is kept; export it (⋮ → Export design JSON) and report the problem.
    </Alert>
  );
}

/** Runs `read`, turning what it throws into an Error. */
export function attempt<T>(read: () => T): { value: T } | { error: Error } {
  try {
    return { value: read() };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}
