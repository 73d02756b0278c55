import type { ReactNode, Ref } from 'react';
import Box from '@mui/material/Box';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useHasRuleError } from '../field-annotations-context';
import type { FieldHelp } from '../field-help';
import { FieldHelpContent } from './FieldHelperText';

export interface SelectOption<T> {
  value: T;
  label: string;
  /** Shown greyed beside the label, e.g. "2 vCPU · 13.07 GiB". */
  detail?: string;
  /** Options with the same group are listed under one heading, in the order given. */
  group?: string;
  disabled?: boolean;
}

export interface SelectFieldProps<T> {
  id: string;
  help: FieldHelp;
  options: readonly SelectOption<T>[];
  value: T;
  onChange: (next: T) => void;
  onBlur?: () => void;
  inputRef?: Ref<unknown>;
  error?: string | undefined;
  /** Spans the whole row of the field grid (long values such as node types). */
  wide?: boolean;
}

/** Marks a value the options do not offer (from an old link or file); the checks explain why. */
const UNKNOWN = 'unknown';

/**
 * A picker over a fixed list: the only way to enter values that have one (region, engine, version,
 * node type…). Option values may be any type (booleans, numbers, `undefined` for "not set"): the
 * menu works with their indexes.
 */
export function SelectField<T>({
  id,
  help,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  wide,
}: SelectFieldProps<T>) {
  const index = options.findIndex((option) => Object.is(option.value, value));
  const ruleError = useHasRuleError(id);
  const unknownLabel = `${String(value)} (not offered)`;

  const items: ReactNode[] = [];
  let group: string | undefined;
  options.forEach((option, optionIndex) => {
    if (option.group && option.group !== group)
      items.push(<ListSubheader key={`group-${option.group}`}>{option.group}</ListSubheader>);
    group = option.group;
    items.push(
      <MenuItem key={optionIndex} value={String(optionIndex)} disabled={option.disabled} sx={{ gap: 2 }}>
        <Box component="span" sx={{ flex: 1 }}>
          {option.label}
        </Box>
        {option.detail && (
          <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.8125rem' }}>
            {option.detail}
          </Box>
        )}
      </MenuItem>,
    );
  });
  if (index < 0)
    items.push(
      <MenuItem key={UNKNOWN} value={UNKNOWN} disabled>
        {unknownLabel}
      </MenuItem>,
    );

  return (
    <TextField
      select
      id={id}
      label={help.label}
      value={index >= 0 ? String(index) : UNKNOWN}
      onChange={(event) => {
        const option = options[Number(event.target.value)];
        if (option) onChange(option.value);
      }}
      onBlur={onBlur}
      inputRef={inputRef}
      error={Boolean(error) || ruleError}
      helperText={<FieldHelpContent help={help} error={error} fieldId={id} />}
      sx={wide ? { gridColumn: '1 / -1' } : undefined}
      slotProps={{
        select: {
          renderValue: () => {
            const option = options[index];
            if (!option) return unknownLabel;
            return option.detail ? `${option.label} · ${option.detail}` : option.label;
          },
          MenuProps: { slotProps: { paper: { sx: { maxHeight: 420 } } } },
        },
      }}
    >
      {items}
    </TextField>
  );
}
