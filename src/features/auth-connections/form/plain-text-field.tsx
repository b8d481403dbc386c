import TextField from '@mui/material/TextField';
import { useController, type Control } from 'react-hook-form';
import type { ConnectionFormValues, FormFieldName } from './form-values.ts';

type Props = {
  control: Control<ConnectionFormValues>;
  name: FormFieldName;
  label: string;
  helperText?: string;
  required?: boolean;
  disabled?: boolean;
  type?: 'text' | 'url';
  placeholder?: string;
  autoFocus?: boolean;
};

/** A single-line, non-secret text value. Re-renders alone as the admin types (useController). */
export function PlainTextField({ control, name, helperText, type = 'text', ...rest }: Props) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      {...rest}
      name={field.name}
      inputRef={field.ref}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={(event) => field.onChange(event.target.value)}
      onBlur={field.onBlur}
      type={type}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? helperText}
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
    />
  );
}
