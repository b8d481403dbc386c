import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTheme } from '@mui/material/styles';
import { useController, type FieldValues } from 'react-hook-form';
import type { ControlledFieldProps } from './field-props.ts';
import { hasFieldLook } from './field-look.ts';
import { NativeSelectField } from './native-field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps<T extends FieldValues, O = T> extends ControlledFieldProps<T, O> {
  options: readonly SelectOption[];
  /** Adds a first option that clears the value (sets it to ''), for optional enums. */
  emptyLabel?: string;
}

/**
 * A labelled select for an enum field. In the theme's own field look, a native <select> in that
 * look (0140); under a host's theme, MUI's select in the host's look.
 */
export function SelectField<T extends FieldValues, O = T>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  options,
  emptyLabel,
}: SelectFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  const theme = useTheme();

  // What both looks take: the value, its handlers and the field's words and state.
  const shared = {
    name: field.name,
    value: typeof value === 'string' ? value : '',
    onChange: (event: { target: { value: string } }) => field.onChange(event.target.value),
    onBlur: field.onBlur,
    label,
    required,
    disabled: disabled || field.disabled,
    error: Boolean(fieldState.error),
    helperText: fieldState.error?.message ?? helperText,
  };
  if (hasFieldLook(theme)) {
    const choices =
      emptyLabel === undefined ? options : [{ value: '', label: emptyLabel }, ...options];
    return <NativeSelectField {...shared} selectRef={field.ref} options={choices} />;
  }
  return (
    <TextField select {...shared} inputRef={field.ref} fullWidth>
      {emptyLabel !== undefined ? (
        <MenuItem value="">
          <em>{emptyLabel}</em>
        </MenuItem>
      ) : null}
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
