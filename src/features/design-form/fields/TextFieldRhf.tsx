import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useController } from 'react-hook-form';
import { useHasRuleError } from '../field-annotations-context';
import type { FieldHelp } from '../field-help';
import { fieldDomId } from '../field-paths';
import type { DesignPath } from '../form-types';
import { FieldHelpContent } from './FieldHelperText';

interface TextFieldRhfProps extends Pick<TextFieldProps, 'multiline' | 'minRows' | 'placeholder' | 'sx'> {
  name: DesignPath;
  help: FieldHelp;
  /** The field is optional in the model: an empty box means "not set" rather than "". */
  optional?: boolean;
  monospace?: boolean;
  /** Runs after the value changed, e.g. to keep dependent fields consistent. */
  onValueChange?: (next: string | undefined, previous: string | undefined) => void;
}

/** A text field bound to the form; only it re-renders as the user types. */
export function TextFieldRhf({
  name,
  help,
  optional,
  monospace,
  onValueChange,
  ...props
}: TextFieldRhfProps) {
  const { field, fieldState } = useController({ name });
  const value = (field.value as string | undefined) ?? '';
  const ruleError = useHasRuleError(fieldDomId(name));
  return (
    <TextField
      {...props}
      id={fieldDomId(name)}
      name={field.name}
      label={help.label}
      value={value}
      onChange={(event) => {
        const next = optional && event.target.value === '' ? undefined : event.target.value;
        field.onChange(next);
        onValueChange?.(next, field.value as string | undefined);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error) || ruleError}
      helperText={
        <FieldHelpContent help={help} error={fieldState.error?.message} fieldId={fieldDomId(name)} />
      }
      slotProps={{
        htmlInput: { spellCheck: false, autoComplete: 'off' },
        input: monospace ? { sx: { fontFamily: 'monospace' } } : {},
      }}
    />
  );
}
