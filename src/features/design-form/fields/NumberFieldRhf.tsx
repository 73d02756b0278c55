import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { fieldEntry } from '@/model/fields';
import type { FieldHelp } from '../field-help';
import { fieldDomId } from '../field-paths';
import type { DesignPath } from '../form-types';
import { NumberField, type NumberFieldProps } from './NumberField';

interface NumberFieldRhfProps extends Pick<
  NumberFieldProps,
  'min' | 'max' | 'step' | 'unit' | 'optional' | 'placeholder'
> {
  name: DesignPath;
  help: FieldHelp;
}

/** A number field bound to the form field `name`; its limits are the field registry's unless given. */
export function NumberFieldRhf({ name, help, ...props }: NumberFieldRhfProps) {
  const { field, fieldState } = useController({ name });
  // The registry lookup matches patterns: once per field name, not on every keystroke's render.
  const limits = useMemo(() => fieldEntry(name)?.limits, [name]);
  return (
    <NumberField
      min={limits?.[0]}
      max={limits?.[1]}
      {...props}
      id={fieldDomId(name)}
      help={help}
      value={field.value as number | undefined}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
    />
  );
}
