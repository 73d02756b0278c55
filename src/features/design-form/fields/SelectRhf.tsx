import { useController } from 'react-hook-form';
import type { FieldHelp } from '../field-help';
import { fieldDomId } from '../field-paths';
import type { DesignPath } from '../form-types';
import { SelectField, type SelectOption } from './SelectField';

export type { SelectOption };

interface SelectRhfProps<T> {
  name: DesignPath;
  help: FieldHelp;
  options: readonly SelectOption<T>[];
  /** Runs after the value changed, e.g. to keep dependent fields consistent. */
  onValueChange?: (next: T, previous: T) => void;
  wide?: boolean;
}

/** A picker bound to the form field `name`. */
export function SelectRhf<T>({ name, help, options, onValueChange, wide }: SelectRhfProps<T>) {
  const { field, fieldState } = useController({ name });
  return (
    <SelectField
      id={fieldDomId(name)}
      help={help}
      options={options}
      value={field.value as T}
      onChange={(next) => {
        const previous = field.value as T;
        field.onChange(next);
        onValueChange?.(next, previous);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
      wide={wide}
    />
  );
}
