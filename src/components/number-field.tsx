import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { useController, type FieldValues } from 'react-hook-form';
import { useMessages } from '../i18n/lazy-messages.ts';
import type { Messages } from '../i18n/messages.ts';
import type { ControlledFieldProps } from './field-props.ts';

export interface NumberFieldProps<T extends FieldValues, O = T> extends ControlledFieldProps<T, O> {
  min?: number;
  max?: number;
  /** Shown after the number, e.g. "seconds". */
  unit?: string;
}

function rangeText(w: Messages['widgets'], min?: number, max?: number): string | null {
  if (min !== undefined && max !== undefined) return w.between(min, max);
  if (min !== undefined) return w.atLeast(min);
  if (max !== undefined) return w.atMost(max);
  return null;
}

function toNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

function toText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/**
 * An integer input. The form holds a number, or undefined while the input is empty, so the
 * schema decides whether empty is allowed (an optional field then falls back to its default).
 */
export function NumberField<T extends FieldValues, O = T>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  min,
  max,
  unit,
}: NumberFieldProps<T, O>) {
  const m = useMessages();
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  // The input keeps its own text: react-hook-form reports a field set to undefined as its
  // default value, so an emptied input would otherwise snap back to the default.
  const [text, setText] = useState(() => toText(value));
  const [emptied, setEmptied] = useState(false);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (!emptied && toNumber(text) !== value) setText(toText(value));
  }
  const range = rangeText(m.widgets, min, max);
  const help = [helperText, range].filter(Boolean).join(' ');

  return (
    <TextField
      type="number"
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        setEmptied(next.trim() === '');
        field.onChange(toNumber(next));
      }}
      onBlur={field.onBlur}
      label={label}
      required={required}
      disabled={disabled || field.disabled}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? (help || undefined)}
      fullWidth
      slotProps={{
        htmlInput: { min, max, step: 1, inputMode: 'numeric' },
        input: unit ? { endAdornment: <span aria-hidden>{unit}</span> } : undefined,
      }}
    />
  );
}
