import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useController, type FieldError } from 'react-hook-form';
import { useFieldAnnotations } from '../field-annotations-context';
import type { FieldHelp } from '../field-help';
import { fieldDomId } from '../field-paths';
import type { DesignPath } from '../form-types';
import { FindingNotes } from './FieldHelperText';
import { ListEditor } from './ListEditor';

interface StringListFieldProps {
  name: DesignPath;
  help: FieldHelp;
  itemName: string;
  placeholder?: string;
  /** When given, each row picks from these instead of free text (e.g. Availability Zones). */
  options?: readonly string[];
  /** The value a new row starts with. */
  newItem?: () => string;
  maxRows?: number;
  emptyText?: string;
}

type ListErrors = FieldError & Partial<Record<number, FieldError>>;

interface RowProps {
  /** The row's form name (`clients.cidrBlocks.0`). */
  name: string;
  label: string;
  value: string;
  /** The schema's message for what is typed in the row now. */
  error: string | undefined;
  options: readonly string[] | undefined;
  placeholder: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** One row: its schema error, else the rule findings that mark it (a CIDR open to the internet). */
function StringListRow({ name, label, value, error, options, placeholder, onChange, onBlur }: RowProps) {
  const { findings } = useFieldAnnotations(name);
  const common = {
    id: fieldDomId(name),
    value,
    error: Boolean(error) || findings.some((finding) => finding.severity === 'error'),
    helperText: error ?? (findings.length ? <FindingNotes findings={findings} /> : undefined),
    onBlur,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return options ? (
    <TextField {...common} select label={label}>
      {(options.includes(value) ? options : [value, ...options]).map((option) => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </TextField>
  ) : (
    <TextField
      {...common}
      placeholder={placeholder}
      slotProps={{
        htmlInput: { 'aria-label': label, spellCheck: false },
        input: { sx: { fontFamily: 'monospace' } },
      }}
    />
  );
}

/** A list of strings (subnet IDs, CIDR blocks, AZs, service names), one row each. */
export function StringListField({
  name,
  help,
  itemName,
  placeholder,
  options,
  newItem,
  maxRows,
  emptyText,
}: StringListFieldProps) {
  const { field, fieldState } = useController({ name });
  const values = (field.value as string[] | undefined) ?? [];
  const errors = fieldState.error as ListErrors | undefined;
  const update = (next: string[]) => field.onChange(next);
  const setAt = (index: number, value: string) =>
    update(values.map((item, at) => (at === index ? value : item)));

  return (
    <ListEditor
      id={fieldDomId(name)}
      groupRef={field.ref}
      help={help}
      itemName={itemName}
      maxRows={maxRows}
      emptyText={emptyText}
      error={errors?.message ?? errors?.root?.message}
      onAdd={() => update([...values, newItem?.() ?? ''])}
      onRemove={(index) => update(values.filter((_, at) => at !== index))}
      rows={values.map((value, index) => ({
        key: index,
        content: (
          <StringListRow
            name={`${name}.${index}`}
            label={`${itemName} ${index + 1}`}
            value={value}
            error={errors?.[index]?.message}
            options={options}
            placeholder={placeholder}
            onChange={(next) => setAt(index, next)}
            onBlur={field.onBlur}
          />
        ),
      }))}
    />
  );
}
