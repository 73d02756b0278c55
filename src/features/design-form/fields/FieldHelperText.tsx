import FormHelperText from '@mui/material/FormHelperText';
import Link from '@mui/material/Link';
import type { FieldHelp } from '../field-help';

/** A field's error when it has one, else its help; then a link to the docs. */
export function FieldHelpContent({ help, error }: { help: FieldHelp; error?: string | undefined }) {
  return (
    <>
      {error ?? help.help}
      {help.docs && (
        <>
          {' '}
          <Link
            href={help.docs}
            target="_blank"
            rel="noopener noreferrer"
            underline="always"
            aria-label={`Docs: ${help.label} (opens in a new tab)`}
            sx={{ whiteSpace: 'nowrap' }}
          >
            Docs
          </Link>
        </>
      )}
    </>
  );
}

/** The line under a control that is not a TextField; `id` must match its `aria-describedby`. */
export function FieldHelperText({
  id,
  help,
  error,
}: {
  id: string;
  help: FieldHelp;
  error?: string | undefined;
}) {
  return (
    <FormHelperText id={id} error={Boolean(error)} component="div" sx={{ mx: 0 }}>
      <FieldHelpContent help={help} error={error} />
    </FormHelperText>
  );
}
