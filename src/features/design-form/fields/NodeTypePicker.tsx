import type { HTMLAttributes, Key, Ref } from 'react';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import ListSubheader from '@mui/material/ListSubheader';
import Paper, { type PaperProps } from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useHasRuleError } from '../field-annotations-context';
import type { FieldHelp } from '../field-help';
import type { NodeTypeOption } from '../node-type-options';
import { FieldHelpContent } from './FieldHelperText';

export interface NodeTypePickerProps {
  id: string;
  help: FieldHelp;
  options: readonly NodeTypeOption[];
  value: string | undefined;
  onChange: (next: string | undefined) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  /** Said once above the list: the region the prices are for. */
  priceNote: string;
}

declare module '@mui/material/Autocomplete' {
  interface AutocompletePaperSlotPropsOverrides {
    /** Said above the options (the price note). */
    note?: string;
  }
}

/** Typing "r7g", "graviton3", "memory" or "26 GiB" narrows the list: it searches every word shown. */
const filterOptions = createFilterOptions<NodeTypeOption>({
  stringify: (option) => `${option.label} ${option.group} ${option.detail}`,
});

/** The list's paper, with where the prices come from above the options. */
function PricedPaper({ note, children, ...props }: PaperProps & { note?: string }) {
  return (
    <Paper {...props}>
      <Typography variant="caption" color="textSecondary" component="p" sx={{ px: 2, pt: 1 }}>
        {note}
      </Typography>
      {children}
    </Paper>
  );
}

/**
 * A searchable picker over the node types a cache can run on: type to filter, arrows and Enter to
 * choose, grouped by family, each option with memory, vCPUs and the estimated hourly price.
 */
export function NodeTypePicker({
  id,
  help,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  priceNote,
}: NodeTypePickerProps) {
  const ruleError = useHasRuleError(id);
  const selected = options.find((option) => option.value === value) ?? null;
  return (
    <Autocomplete
      id={id}
      options={options}
      value={selected}
      onChange={(_event, next) => {
        if (next) onChange(next.value);
      }}
      onBlur={onBlur}
      disableClearable={selected !== null}
      autoHighlight
      groupBy={(option) => option.group}
      renderGroup={({ key, group, children }) => (
        <li key={key}>
          {group && <ListSubheader component="div">{group}</ListSubheader>}
          <Box component="ul" sx={{ p: 0 }}>
            {children}
          </Box>
        </li>
      )}
      getOptionLabel={(option) => option.label}
      getOptionDisabled={(option) => option.disabledReason !== undefined}
      isOptionEqualToValue={(option, current) => option.value === current.value}
      filterOptions={filterOptions}
      noOptionsText="No node type matches"
      sx={{ gridColumn: '1 / -1' }}
      slots={{ paper: PricedPaper }}
      slotProps={{
        paper: { note: priceNote },
        listbox: { sx: { maxHeight: 400 } },
      }}
      renderOption={({ key, ...props }: HTMLAttributes<HTMLLIElement> & { key: Key }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 2 }}>
          <Box component="span" sx={{ flex: 1, fontFamily: 'monospace' }}>
            {option.label}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.8125rem', textAlign: 'right' }}>
            {option.disabledReason ? `${option.detail} · ${option.disabledReason}` : option.detail}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={help.label}
          inputRef={inputRef}
          error={Boolean(error) || ruleError}
          helperText={
            <>
              {selected && (
                <Box component="span" sx={{ display: 'block' }}>
                  {selected.detail}
                </Box>
              )}
              <FieldHelpContent help={help} error={error} fieldId={id} />
            </>
          }
        />
      )}
    />
  );
}
