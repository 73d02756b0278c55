import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useController } from 'react-hook-form';
import { useHasRuleError } from '../field-annotations-context';
import type { FieldHelp } from '../field-help';
import { fieldDomId } from '../field-paths';
import type { DesignPath } from '../form-types';
import { FieldHelperText } from './FieldHelperText';

interface SwitchRhfProps {
  name: DesignPath;
  help: FieldHelp;
  onValueChange?: (next: boolean, previous: boolean) => void;
}

/** An on/off setting with its help under it. */
export function SwitchRhf({ name, help, onValueChange }: SwitchRhfProps) {
  const { field, fieldState } = useController({ name });
  const id = fieldDomId(name);
  const error = fieldState.error?.message;
  const ruleError = useHasRuleError(id);
  return (
    <FormControl error={Boolean(error) || ruleError} sx={{ alignItems: 'flex-start' }}>
      <FormControlLabel
        label={help.label}
        sx={{ ml: 0, gap: 1 }}
        control={
          <Switch
            id={id}
            name={field.name}
            checked={Boolean(field.value)}
            onChange={(event) => {
              field.onChange(event.target.checked);
              onValueChange?.(event.target.checked, Boolean(field.value));
            }}
            onBlur={field.onBlur}
            size="small"
            slotProps={{ input: { ref: field.ref, 'aria-describedby': `${id}-helper-text` } }}
            sx={{ ml: -1 }}
          />
        }
      />
      <FieldHelperText id={`${id}-helper-text`} fieldId={id} help={help} error={error} />
    </FormControl>
  );
}
