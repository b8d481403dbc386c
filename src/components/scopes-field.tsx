import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useController, type FieldValues } from 'react-hook-form';
import type { ControlledFieldProps } from './field-props.ts';
import { addScopes, hasScopeSeparator, splitScopes } from './scopes.ts';
import { useMessages } from '../i18n/lazy-messages.ts';

export interface ScopesFieldProps<T extends FieldValues, O = T> extends ControlledFieldProps<T, O> {
  placeholder?: string;
}

function asScopes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A chips input for OAuth2 scopes. Enter, comma or space turns the typed text into a chip; a paste
 * like "a b,c" becomes three; duplicates are dropped; Backspace in an empty input removes the last.
 * Each chip is a button named "Remove <scope>" (click, Enter, Delete or Backspace).
 */
export function ScopesField<T extends FieldValues, O = T>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  placeholder,
}: ScopesFieldProps<T, O>) {
  const m = useMessages();
  const { field, fieldState } = useController({ control, name });
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement | null>(null);
  const scopes = asScopes(field.value);
  const isDisabled = disabled || field.disabled;

  const commit = (text: string) => {
    const incoming = splitScopes(text);
    if (incoming.length > 0) field.onChange(addScopes(scopes, incoming));
    setDraft('');
  };

  const remove = (scope: string) => {
    field.onChange(scopes.filter((s) => s !== scope));
    inputRef.current?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === ' ') {
      // An empty Enter is left alone so that it still submits the form.
      if (draft.trim() === '' && event.key === 'Enter') return;
      event.preventDefault();
      commit(draft);
    } else if (event.key === 'Backspace' && draft === '' && scopes.length > 0) {
      event.preventDefault();
      field.onChange(scopes.slice(0, -1));
    }
  };

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (!hasScopeSeparator(pasted)) return;
    event.preventDefault();
    const { selectionStart, selectionEnd } = event.currentTarget;
    commit(
      draft.slice(0, selectionStart ?? draft.length) +
        pasted +
        draft.slice(selectionEnd ?? draft.length),
    );
  };

  const chips =
    scopes.length > 0
      ? scopes.map((scope) => (
          <Chip
            key={scope}
            label={scope}
            size="small"
            aria-label={m.widgets.removeScope(scope)}
            onClick={() => remove(scope)}
            onDelete={() => remove(scope)}
            disabled={isDisabled}
            sx={{ maxWidth: '100%' }}
          />
        ))
      : null;

  return (
    <TextField
      name={field.name}
      inputRef={(element: HTMLInputElement | null) => {
        inputRef.current = element;
        field.ref(element);
      }}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={handleKeyDown}
      onBlur={() => {
        // Text typed but not yet turned into a chip is kept, not lost on leaving the field.
        if (draft.trim() !== '') commit(draft);
        field.onBlur();
      }}
      label={label}
      required={required}
      disabled={isDisabled}
      placeholder={scopes.length === 0 ? (placeholder ?? m.widgets.scopesPlaceholder) : undefined}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? helperText}
      fullWidth
      autoComplete="off"
      slotProps={{
        htmlInput: {
          spellCheck: false,
          autoCapitalize: 'off',
          autoCorrect: 'off',
          onPaste: handlePaste,
        },
        input: { startAdornment: chips },
      }}
      sx={{
        '& .MuiInputBase-root': {
          flexWrap: 'wrap',
          gap: 0.5,
          pt: scopes.length > 0 ? 1 : undefined,
        },
        '& .MuiInputBase-input': { flex: '1 1 8rem', minWidth: '8rem' },
      }}
    />
  );
}
