import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import { useId } from 'react';
import { useController, type FieldValues } from 'react-hook-form';
import type { ControlledFieldProps } from './field-props.ts';

/** A labelled switch for a boolean field. */
export function SwitchField<T extends FieldValues, O = T>({
  control,
  name,
  label,
  helperText,
  disabled,
}: ControlledFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const helpId = useId();
  const help = fieldState.error?.message ?? helperText;

  return (
    <FormControl error={Boolean(fieldState.error)} disabled={disabled || field.disabled}>
      <FormControlLabel
        label={label}
        control={
          <Switch
            name={field.name}
            checked={field.value === true}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            slotProps={{
              input: { ref: field.ref, ...(help ? { 'aria-describedby': helpId } : {}) },
            }}
          />
        }
      />
      {help ? <FormHelperText id={helpId}>{help}</FormHelperText> : null}
    </FormControl>
  );
}
