import { memo } from 'react';
import TextField from '@mui/material/TextField';
import { useTheme } from '@mui/material/styles';
import { useFormState, type Control, type FieldError } from 'react-hook-form';
import { hasFieldLook } from '../../../components/field-look.ts';
import { NativeTextField } from '../../../components/native-field.tsx';
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
 *
 * In the theme's own field look it is a native input in that look (NativeTextField), a tenth of
 * MUI's components to mount on a type switch (0140); under a host's theme, MUI's TextField in the
 * host's look. Memoised: its props are strings and the form's control, so a type switch that
 * keeps the field (name, provider) does not render it again.
 */
export const PlainTextField = memo(function PlainTextField({
  control,
  name,
  helperText,
  type = 'text',
  ...rest
}: Props) {
  const { ref, ...input } = control.register(name);
  // Reads only `errors`: the proxy then renders this field for its error alone, not when it
  // turns dirty or touched. Every plain text field is a top-level name.
  const { errors } = useFormState({ control, name, exact: true });
  const error = errors[name] as FieldError | undefined;
  const theme = useTheme();
  if (hasFieldLook(theme)) {
    return (
      <NativeTextField
        {...rest}
        {...input}
        inputRef={ref}
        type={type}
        error={Boolean(error)}
        helperText={error?.message ?? helperText}
      />
    );
  }
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
});
