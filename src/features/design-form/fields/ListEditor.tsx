/**
 * The frame of every list in the form (subnets, tags, parameters, users, regions…): a labelled group,
 * its rows each with a Remove button, an Add button, and the help line. Rows bring their own fields.
 */
import type { ReactNode, Ref } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useHasRuleError } from '../field-annotations-context';
import type { FieldHelp } from '../field-help';
import { AddIcon, DeleteIcon } from '../../shared/icons';
import { FieldHelperText } from './FieldHelperText';

interface ListEditorProps {
  /** DOM id of the group; findings about the list as a whole focus it. */
  id: string;
  help: FieldHelp;
  /** What one row is called, for the Add and Remove labels ("subnet ID", "tag"). */
  itemName: string;
  rows: { key: string | number; content: ReactNode }[];
  onAdd?: () => void;
  onRemove: (index: number) => void;
  maxRows?: number;
  /** An error about the list itself, e.g. "Add at least one secondary region". */
  error?: string | undefined;
  emptyText?: string;
  /** react-hook-form's ref, so focusing the list's name focuses the group. */
  groupRef?: Ref<HTMLDivElement>;
}

export function ListEditor({
  id,
  help,
  itemName,
  rows,
  onAdd,
  onRemove,
  maxRows,
  error,
  emptyText,
  groupRef,
}: ListEditorProps) {
  const labelId = `${id}-label`;
  const ruleError = useHasRuleError(id);
  return (
    <Box
      ref={groupRef}
      id={id}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={`${id}-helper-text`}
      tabIndex={-1}
      sx={{ gridColumn: '1 / -1', outline: 'none' }}
    >
      <FormLabel
        id={labelId}
        error={Boolean(error) || ruleError}
        sx={{ display: 'block', fontSize: '0.875rem', mb: 1 }}
      >
        {help.label}
      </FormLabel>
      {rows.length === 0 && emptyText && (
        <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
          {emptyText}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {rows.map((row, index) => (
          <Box key={row.key} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <Box
              sx={{
                flex: 1,
                display: 'grid',
                gap: 1.5,
                gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
              }}
            >
              {row.content}
            </Box>
            <Tooltip title={`Remove ${itemName}`}>
              <IconButton
                aria-label={`Remove ${itemName} ${index + 1}`}
                onClick={() => onRemove(index)}
                sx={{ mt: 0.5 }}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        ))}
      </Box>
      {onAdd && (
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={onAdd}
          disabled={maxRows !== undefined && rows.length >= maxRows}
          sx={{ mt: rows.length ? 1 : 0 }}
        >
          Add {itemName}
        </Button>
      )}
      <FieldHelperText id={`${id}-helper-text`} fieldId={id} help={help} error={error} />
    </Box>
  );
}
