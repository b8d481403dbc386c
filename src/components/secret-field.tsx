import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useController, type FieldValues } from 'react-hook-form';
import { useMessages } from '../i18n/lazy-messages.ts';
import type { ControlledFieldProps } from './field-props.ts';
import { NoValueAttributeInput } from './no-value-attribute.tsx';

export interface SecretFieldProps<T extends FieldValues, O = T> extends ControlledFieldProps<T, O> {
  /** Shown while empty, e.g. "Stored — type to replace" on edit. */
  placeholder?: string;
  autoFocus?: boolean;
}

/**
 * A write-only secret: masked until revealed, kept away from spellcheckers and password managers.
 * It shows only what the form holds, and forms start secrets empty: nothing is ever prefilled.
 */
export function SecretField<T extends FieldValues, O = T>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  placeholder,
  autoFocus,
}: SecretFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const w = useMessages().widgets;
  const [revealed, setRevealed] = useState(false);
  const value: unknown = field.value;

  return (
    <TextField
      name={field.name}
      inputRef={field.ref}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => field.onChange(event.target.value)}
      onBlur={field.onBlur}
      label={label}
      type={revealed ? 'text' : 'password'}
      required={required}
      disabled={disabled || field.disabled}
      placeholder={placeholder}
      autoFocus={autoFocus}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? helperText}
      autoComplete="new-password"
      fullWidth
      slotProps={{
        htmlInput: {
          spellCheck: false,
          autoCapitalize: 'off',
          autoCorrect: 'off',
          // API secrets are not the admin's own password: keep password managers from
          // offering to save or fill them.
          'data-1p-ignore': true,
          'data-lpignore': 'true',
          'data-bwignore': true,
          'data-form-type': 'other',
        },
        input: {
          // Keeps the typed secret out of the `value` attribute, so out of the page's HTML.
          inputComponent: NoValueAttributeInput,
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                aria-label={revealed ? w.hide(label) : w.show(label)}
                aria-pressed={revealed}
                onClick={() => setRevealed((shown) => !shown)}
                // Keep focus (and the caret) in the input when the toggle is clicked.
                onMouseDown={(event) => event.preventDefault()}
                edge="end"
                disabled={disabled}
              >
                {revealed ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
