import { useState, type Ref } from 'react';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useHasRuleError } from '../field-annotations-context';
import type { FieldHelp } from '../field-help';
import { FieldHelpContent } from './FieldHelperText';

export interface NumberFieldProps {
  id: string;
  help: FieldHelp;
  value: number | undefined;
  onChange: (next: number | undefined) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  /** Optional in the model: an empty box means "not set". Otherwise an empty box is an error. */
  optional?: boolean;
  /** Says what an empty box means, e.g. "Same as the cache (3)". */
  placeholder?: string;
}

const sameNumber = (a: unknown, b: unknown) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

/**
 * A number field. It keeps the text as typed ("1." stays "1.") and reports a number, `NaN` for
 * something that is not one (the schema then says so), or `undefined` for an empty optional field.
 * A required field must not become `undefined`: the schema's default would silently fill it in.
 */
export function NumberField({
  id,
  help,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  min,
  max,
  step = 1,
  unit,
  optional,
  placeholder,
}: NumberFieldProps) {
  const toNumber = (text: string) =>
    text.trim() === '' ? (optional ? undefined : Number.NaN) : Number(text);
  const toText = (number: number | undefined) =>
    number === undefined || Number.isNaN(number) ? '' : String(number);
  const [text, setText] = useState(() => toText(value));
  const ruleError = useHasRuleError(id);
  // Follow changes from outside (reset, undo) without fighting what the user is typing.
  if (!sameNumber(toNumber(text), value)) setText(toText(value));

  return (
    <TextField
      id={id}
      type="number"
      label={help.label}
      value={text}
      placeholder={placeholder}
      onChange={(event) => {
        setText(event.target.value);
        onChange(toNumber(event.target.value));
      }}
      onBlur={onBlur}
      inputRef={inputRef}
      error={Boolean(error) || ruleError}
      helperText={<FieldHelpContent help={help} error={error} fieldId={id} />}
      slotProps={{
        htmlInput: { min, max, step, inputMode: 'numeric' },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : {},
        // A placeholder says what an empty field means: keep it visible.
        inputLabel: placeholder ? { shrink: true } : {},
      }}
    />
  );
}
