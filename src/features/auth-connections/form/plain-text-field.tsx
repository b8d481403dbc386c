import TextField from '@mui/material/TextField';
import { useFormState, type Control, type FieldError } from 'react-hook-form';
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

/**
 * A single-line, non-secret text value. Uncontrolled (register): a key goes from the input to
 * the form's store without rendering anything, and values set by `reset`/`setValue` (import, a
 * type switch, edit) are written to the input by react-hook-form. This is safe because the label
 * is static (components/field-look.ts): a floating label would not hear those writes and would
 * sit on top of the value. The field renders again only when its own error comes or goes
 * (docs/decisions/0132).
 */
export function PlainTextField({ control, name, helperText, type = 'text', ...rest }: Props) {
  const { ref, ...input } = control.register(name);
  // Reads only `errors`: the proxy then renders this field for its error alone, not when it
  // turns dirty or touched. Every plain text field is a top-level name.
  const { errors } = useFormState({ control, name, exact: true });
  const error = errors[name] as FieldError | undefined;
  return (
    <TextField
      {...rest}
      {...input}
      inputRef={(element: HTMLInputElement | null) => ref(element)}
      type={type}
      error={Boolean(error)}
      helperText={error?.message ?? helperText}
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
    />
  );
}
