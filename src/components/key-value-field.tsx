import { useId, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import {
  get,
  useController,
  useFieldArray,
  useFormState,
  useWatch,
  type Control,
  type FieldArrayPath,
  type FieldValues,
} from 'react-hook-form';
import { isStructuredPaste, parseKeyValuePaste, type KeyValueRow } from './key-value-paste.ts';
import { useMessages } from '../i18n/lazy-messages.ts';
import { KeyValueTable } from './key-value-table.ts';
import { paintLayer } from './paint-layer.ts';

export type { KeyValueRow } from './key-value-paste.ts';

export interface KeyValueFieldProps<T extends FieldValues, O = T> {
  control: Control<T, unknown, O>;
  /** Path of an array of {key, value} rows. */
  name: FieldArrayPath<T>;
  /** Group label, e.g. "Custom headers". */
  label: string;
  helperText?: string;
  keyLabel?: string;
  valueLabel?: string;
  addLabel?: string;
  /** Returns a message for a key that is not acceptable (e.g. contract's checkHeaderName). */
  validateKey?: (key: string) => string | null;
  /** HTTP header names are case-insensitive, so "Accept" and "accept" are duplicates. */
  caseInsensitiveKeys?: boolean;
  disabled?: boolean;
}

// Inside, the rows live at a string path of a loosely typed form: the caller's typing stops at
// `name`, which is what it controls.
type RowsForm = Record<string, KeyValueRow[]>;

interface RowProps {
  control: Control<RowsForm>;
  /** The id of no element: the row's inputs take it as their form, so no form owns them. */
  noForm: string;
  name: string;
  index: number;
  keyLabel: string;
  valueLabel: string;
  keyMessage: { text: string; severity: 'error' | 'warning' } | null;
  disabled?: boolean;
  onRemove: () => void;
  onPasteRows: (index: number, text: string) => boolean;
}

/**
 * Enter in an input the form does not own submits nothing by itself: do what the browser's
 * implicit submission does for an owned one, a click on the enclosing form's default button (its
 * first submit button, a `<button>` without a type included). A modified Enter is left alone.
 */
function submitOnEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const form = event.currentTarget.closest('form');
  const submit = form
    ? [...form.elements].find(
        (element): element is HTMLButtonElement | HTMLInputElement =>
          (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) &&
          element.type === 'submit',
      )
    : undefined;
  if (!submit) return;
  event.preventDefault();
  if (!submit.disabled) submit.click();
}

function KeyValueRowFields({
  control,
  noForm,
  name,
  index,
  keyLabel,
  valueLabel,
  keyMessage,
  disabled,
  onRemove,
  onPasteRows,
}: RowProps) {
  const w = useMessages().widgets;
  const keyField = useController({ control, name: `${name}.${index}.key` });
  const valueField = useController({ control, name: `${name}.${index}.value` });
  const keyError = keyField.fieldState.error?.message;
  const valueError = valueField.fieldState.error?.message;
  const keyHelp = keyError ?? keyMessage?.text;
  const keyValue: unknown = keyField.field.value;
  const valueValue: unknown = valueField.field.value;

  const handleKeyPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (onPasteRows(index, event.clipboardData.getData('text/plain'))) event.preventDefault();
  };

  const keyMessageId = `${keyField.field.name}-message`;
  const valueMessageId = `${valueField.field.name}-message`;
  const keyInvalid = Boolean(keyError) || keyMessage?.severity === 'error';

  return (
    <div className="kv-row">
      <input
        name={keyField.field.name}
        ref={(element) => keyField.field.ref(element)}
        value={typeof keyValue === 'string' ? keyValue : ''}
        onChange={(event) => keyField.field.onChange(event.target.value)}
        onBlur={keyField.field.onBlur}
        onPaste={handleKeyPaste}
        onKeyDown={submitOnEnter}
        form={noForm}
        disabled={disabled}
        aria-label={w.rowLabel(keyLabel, index + 1)}
        aria-invalid={keyInvalid || undefined}
        aria-describedby={keyHelp ? keyMessageId : undefined}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
      />
      <input
        name={valueField.field.name}
        ref={(element) => valueField.field.ref(element)}
        value={typeof valueValue === 'string' ? valueValue : ''}
        onChange={(event) => valueField.field.onChange(event.target.value)}
        onBlur={valueField.field.onBlur}
        onKeyDown={submitOnEnter}
        form={noForm}
        disabled={disabled}
        aria-label={w.rowLabel(valueLabel, index + 1)}
        aria-invalid={Boolean(valueError) || undefined}
        aria-describedby={valueError ? valueMessageId : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      <button
        type="button"
        className="kv-remove"
        aria-label={w.removeRow(index + 1)}
        onClick={onRemove}
        disabled={disabled}
      >
        <DeleteOutlined fontSize="small" />
      </button>
      {keyHelp || valueError ? (
        // Under both inputs, so a message has the row's width on a narrow screen.
        <div className="kv-messages">
          {keyHelp ? (
            <p
              id={keyMessageId}
              data-severity={keyMessage?.severity === 'warning' && !keyError ? 'warning' : 'error'}
            >
              {keyHelp}
            </p>
          ) : null}
          {valueError ? <p id={valueMessageId}>{valueError}</p> : null}
        </div>
      ) : null}
    </div>
  );
}

function normalizeKey(key: string, caseInsensitive: boolean): string {
  const trimmed = key.trim();
  return caseInsensitive ? trimmed.toLowerCase() : trimmed;
}

/**
 * Editable key/value rows for maps such as custom_headers and extra_params. The form holds rows
 * ({key, value}[]); turning them into an object for the wire is the mapping layer's job.
 * Pasting a .env block or curl -H lines into a key input fills rows.
 */
export function KeyValueField<T extends FieldValues, O = T>({
  control: callerControl,
  name: callerName,
  label,
  helperText,
  keyLabel: keyLabelProp,
  valueLabel: valueLabelProp,
  addLabel: addLabelProp,
  validateKey,
  caseInsensitiveKeys = false,
  disabled,
}: KeyValueFieldProps<T, O>) {
  const m = useMessages();
  const w = m.widgets;
  const keyLabel = keyLabelProp ?? w.key;
  const valueLabel = valueLabelProp ?? w.value;
  const addLabel = addLabelProp ?? w.addRow;
  const control = callerControl as unknown as Control<RowsForm>;
  const name = callerName as string;
  const { fields, append, insert, update, remove } = useFieldArray({ control, name });
  // Watching the rows re-renders this group (not the form) so duplicates are flagged as typed.
  const rows = useWatch({ control, name }) as KeyValueRow[] | undefined;
  const [pasteNote, setPasteNote] = useState<string | null>(null);
  // The rows' inputs belong to no form (docs/decisions/0133). On every keystroke in a form's
  // field, Chrome's autofill reads every field of that form again (its labels, its visibility)
  // in a task before the next frame: twenty claim rows are forty fields more to read, on every
  // key typed anywhere on the form. A row's value reaches the form through react-hook-form, not
  // through form ownership, and Enter still submits (submitOnEnter).
  const noForm = `${useId()}-no-form`;
  const { errors } = useFormState({ control, name });
  // A rule on the whole array (e.g. a resolver's refine) reports at `name` or `name.root`.
  const groupError = get(errors, name) as
    { message?: string; root?: { message?: string } } | undefined;
  const groupMessage = groupError?.root?.message ?? groupError?.message;

  const keyCounts = new Map<string, number>();
  for (const row of rows ?? []) {
    const key = normalizeKey(row?.key ?? '', caseInsensitiveKeys);
    if (key !== '') keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  }

  const messageFor = (index: number): RowProps['keyMessage'] => {
    const key = rows?.[index]?.key ?? '';
    if (key.trim() === '') {
      const value = rows?.[index]?.value ?? '';
      return value.trim() === '' ? null : { text: w.enterKey(keyLabel), severity: 'error' };
    }
    const invalid = validateKey?.(key.trim());
    if (invalid) return { text: invalid, severity: 'error' };
    if ((keyCounts.get(normalizeKey(key, caseInsensitiveKeys)) ?? 0) > 1) {
      return {
        text: w.duplicateKey(keyLabel),
        severity: 'warning',
      };
    }
    return null;
  };

  const pasteRows = (index: number, text: string): boolean => {
    if (!isStructuredPaste(text)) return false;
    const { rows: parsed, unparsed } = parseKeyValuePaste(text);
    const current = rows?.[index];
    const currentEmpty = !current || (current.key.trim() === '' && current.value.trim() === '');
    const [first, ...rest] = parsed;
    if (first && currentEmpty) {
      update(index, first);
      if (rest.length > 0) insert(index + 1, rest);
    } else {
      insert(index + 1, parsed);
    }
    setPasteNote(w.pastedRows(parsed.length, unparsed.length));
    return true;
  };

  return (
    <Stack
      component="fieldset"
      spacing={1.5}
      sx={{ border: 0, m: 0, p: 0, minWidth: 0, ...paintLayer }}
    >
      <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5, p: 0 }}>
        {label}
      </Typography>
      {helperText ? (
        <Typography variant="body2" color="text.secondary">
          {helperText}
        </Typography>
      ) : null}
      {fields.length > 0 ? (
        <KeyValueTable>
          {/* The columns' visible labels; each input carries its own name with the row. */}
          <div className="kv-row kv-head" aria-hidden="true">
            <span>{keyLabel}</span>
            <span>{valueLabel}</span>
          </div>
          {fields.map((row, index) => (
            <KeyValueRowFields
              key={row.id}
              control={control}
              noForm={noForm}
              name={name}
              index={index}
              keyLabel={keyLabel}
              valueLabel={valueLabel}
              keyMessage={messageFor(index)}
              disabled={disabled}
              onRemove={() => remove(index)}
              onPasteRows={pasteRows}
            />
          ))}
        </KeyValueTable>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {w.noRows(keyLabel)}
        </Typography>
      )}
      {pasteNote ? (
        <Alert severity="info" onClose={() => setPasteNote(null)} role="status">
          {pasteNote}
        </Alert>
      ) : null}
      {groupMessage ? <FormHelperText error>{groupMessage}</FormHelperText> : null}
      <div>
        <Button
          startIcon={<Add />}
          onClick={() => append({ key: '', value: '' })}
          disabled={disabled}
          size="small"
        >
          {addLabel}
        </Button>
      </div>
    </Stack>
  );
}
