import { memo } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import type { Finding } from '@/model/rules';
import type { UpdateBehaviour, UpdateKind } from '@/model/update-behaviour';
import { visuallyHidden } from '../../shared/visually-hidden';
import { useApplyFix, useFieldAnnotations } from '../field-annotations-context';
import type { FieldHelp } from '../field-help';
import { formNameOfDomId } from '../field-paths';

const BADGES: Record<UpdateKind, { label: string; color: 'error' | 'warning' | 'default' }> = {
  replacement: { label: 'Forces replacement', color: 'error' },
  disruption: { label: 'Brief disruption', color: 'warning' },
  'in-place': { label: 'In place', color: 'default' },
};

/** What changing the field does to a running cache; the note shows on hover and is read with the field. */
function UpdateBadge({ update }: { update: UpdateBehaviour }) {
  const { label, color } = BADGES[update.behaviour];
  return (
    <Tooltip title={update.note} describeChild>
      <Chip
        component="span"
        size="small"
        variant="outlined"
        color={color}
        label={
          <>
            {label}
            <Box component="span" sx={visuallyHidden}>
              : {update.note}
            </Box>
          </>
        }
        sx={{
          height: 20,
          flexShrink: 0,
          fontSize: '0.6875rem',
          fontWeight: 500,
          // "In place" is the common, harmless case: it should not draw the eye.
          ...(color === 'default' && { color: 'text.secondary', borderColor: 'divider' }),
        }}
      />
    </Tooltip>
  );
}

/** A rule finding on the field, in its severity's colour, with its one-click fix when it has one. */
function FindingNote({ finding }: { finding: Finding }) {
  const applyFix = useApplyFix();
  return (
    <Box component="span" sx={{ color: `${finding.severity}.main` }}>
      {finding.message}
      {finding.environment && ` (in ${finding.environment})`}{' '}
      {finding.fix && applyFix && (
        <Button
          size="small"
          variant="outlined"
          color={finding.severity}
          onClick={() => applyFix(finding)}
          sx={{ minWidth: 0, py: 0, px: 0.75, mr: 0.5, fontSize: '0.75rem', lineHeight: 1.6 }}
        >
          {finding.fix.label}
        </Button>
      )}
    </Box>
  );
}

/** The rule findings on one row of a list (a CIDR block, a subnet ID): what its helper line shows. */
export function FindingNotes({ findings }: { findings: readonly Finding[] }) {
  return findings.map((finding, index) => <FindingNote key={index} finding={finding} />);
}

/**
 * A field's error when it has one, else the rule findings that mark it, else its help; then a link
 * to the docs, and a badge saying what changing the field does to a running cache. `fieldId`, the
 * field's DOM id, names the field whose findings and badge to show. Memoised: its field re-renders
 * on every keystroke, the line below it only when the error, findings or badge change.
 */
export const FieldHelpContent = memo(function FieldHelpContent({
  help,
  error,
  fieldId,
}: {
  help: FieldHelp;
  error?: string | undefined;
  fieldId?: string;
}) {
  const { findings, update } = useFieldAnnotations(fieldId && formNameOfDomId(fieldId));
  return (
    <Box component="span" sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
      <Box component="span" sx={{ flex: 1, minWidth: 0 }}>
        {/* A schema error is about what is typed now; the findings, about the last valid design. */}
        {error ?? (findings.length ? <FindingNotes findings={findings} /> : help.help)}
        {help.docs && (
          <>
            {' '}
            <Link
              href={help.docs}
              target="_blank"
              rel="noopener noreferrer"
              underline="always"
              aria-label={`Docs: ${help.label} (opens in a new tab)`}
              // Not a tab stop each: F1 in the field opens them (see DesignForm).
              tabIndex={-1}
              data-field-docs=""
              title="Docs (F1 in the field)"
              sx={{ whiteSpace: 'nowrap' }}
            >
              Docs
            </Link>
          </>
        )}
      </Box>
      {update && <UpdateBadge update={update} />}
    </Box>
  );
});

/** The line under a control that is not a TextField; `id` must match its `aria-describedby`. */
export function FieldHelperText({
  id,
  fieldId,
  help,
  error,
}: {
  id: string;
  fieldId: string;
  help: FieldHelp;
  error?: string | undefined;
}) {
  return (
    <FormHelperText id={id} error={Boolean(error)} component="div" sx={{ mx: 0 }}>
      <FieldHelpContent help={help} error={error} fieldId={fieldId} />
    </FormHelperText>
  );
}
