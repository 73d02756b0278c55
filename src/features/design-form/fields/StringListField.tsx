import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useController, type FieldError } from 'react-hook-form';
import type { FieldHelp } from '../field-help';
import { fieldDomId } from '../field-paths';
import type { DesignPath } from '../form-types';
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
      rows={values.map((value, index) => {
        const error = errors?.[index]?.message;
        const common = {
          id: fieldDomId(`${name}.${index}`),
          value,
          error: Boolean(error),
          helperText: error,
          onBlur: field.onBlur,
          onChange: (event: { target: { value: string } }) => setAt(index, event.target.value),
        };
        return {
          key: index,
          content: options ? (
            <TextField {...common} select label={`${itemName} ${index + 1}`}>
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
                htmlInput: { 'aria-label': `${itemName} ${index + 1}`, spellCheck: false },
                input: { sx: { fontFamily: 'monospace' } },
              }}
            />
          ),
        };
      })}
    />
  );
}
