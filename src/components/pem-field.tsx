import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFile from '@mui/icons-material/UploadFile';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useController, type FieldValues } from 'react-hook-form';
import type { ControlledFieldProps } from './field-props.ts';
import { hasPemBlock, repairPem } from './pem-repair.ts';
import type { PemInfo, PemKind } from './pem-inspect.ts';
import { PemSummary } from './pem-summary.tsx';
import { prefetchPemInspect } from './load-pem-inspect.ts';
import { NoValueAttributeTextarea } from './no-value-attribute.tsx';
import { useMessages } from '../i18n/lazy-messages.ts';
import type { Messages } from '../i18n/messages.ts';

export const PEM_FILE_ACCEPT = '.pem,.crt,.cer,.key,.txt';
// A large CA bundle is a few hundred kilobytes; anything far bigger is not a PEM file.
const MAX_FILE_BYTES = 1024 * 1024;

export interface PemFieldProps<T extends FieldValues, O = T> extends ControlledFieldProps<T, O> {
  kind: PemKind;
  /** Mask the text until revealed. Defaults to true for private keys. */
  secret?: boolean;
  placeholder?: string;
  /** Receives what the field holds each time it has been read (e.g. to ask for a passphrase). */
  onInspect?: (info: PemInfo) => void;
}

/** Hides the body of each block but keeps BEGIN/END lines, which say what is there. */
function maskPem(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('-----') || line === '' ? line : '•'.repeat(line.length)))
    .join('\n');
}

async function readPemFile(
  file: File,
  w: Messages['widgets']['pem'],
): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_FILE_BYTES) return { error: w.tooLarge(file.name) };
  const text = await file.text();
  if (!hasPemBlock(text)) {
    // A NUL byte means binary, most likely DER: say how to convert it rather than just "invalid".
    return {
      error: text.includes('\u0000') ? w.binary(file.name) : w.noBlock(file.name),
    };
  }
  return { text: repairPem(text) };
}

/**
 * A multi-line PEM input: paste, type, choose a file or drop one. One-line or escaped PEM is
 * repaired on the way in, and a summary of what it holds is shown under it.
 */
export function PemField<T extends FieldValues, O = T>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  kind,
  secret = kind === 'private-key',
  placeholder,
  onInspect,
}: PemFieldProps<T, O>) {
  const { field, fieldState } = useController({ control, name });
  const m = useMessages().widgets;
  const w = m.pem;
  const [revealed, setRevealed] = useState(!secret);
  const [dragging, setDragging] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const rawValue: unknown = field.value;
  const value = typeof rawValue === 'string' ? rawValue : '';
  const masked = !revealed && value !== '';
  const isDisabled = disabled || field.disabled;

  const replace = (text: string) => {
    setFileError(null);
    field.onChange(text);
  };

  const takeFile = async (file: File) => {
    const result = await readPemFile(file, w);
    if ('error' in result) setFileError(result.error);
    else replace(result.text);
  };

  const handlePaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    // While masked, the visible text is bullets, so a paste replaces the whole value.
    const { selectionStart, selectionEnd } = event.currentTarget;
    const next = masked
      ? pasted
      : value.slice(0, selectionStart) + pasted + value.slice(selectionEnd);
    if (masked || hasPemBlock(next)) {
      event.preventDefault();
      replace(hasPemBlock(next) ? repairPem(next) : next);
    }
  };

  const handleDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    if (isDisabled) return;
    const file = event.dataTransfer.files[0];
    if (file) {
      void takeFile(file);
      return;
    }
    const text = event.dataTransfer.getData('text/plain');
    if (text) replace(hasPemBlock(text) ? repairPem(text) : text);
  };

  const handleDragOver = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!dragging) setDragging(true);
  };

  const handleDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };

  const hint = masked ? w.maskedHint : null;

  return (
    <Stack spacing={1} onFocus={() => prefetchPemInspect()}>
      <Box
        onDragEnter={(event) => {
          prefetchPemInspect();
          handleDragOver(event);
        }}
        onDragOver={handleDragOver}
        onDragLeave={handleDragLeave}
        onDrop={handleDrop}
        sx={{
          position: 'relative',
          borderRadius: 1,
          outline: dragging ? '2px dashed' : 'none',
          outlineColor: 'primary.main',
          outlineOffset: 4,
        }}
      >
        <TextField
          name={field.name}
          inputRef={field.ref}
          value={masked ? maskPem(value) : value}
          onChange={(event) => {
            if (!masked) replace(event.target.value);
          }}
          onBlur={field.onBlur}
          label={label}
          required={required}
          disabled={isDisabled}
          placeholder={
            placeholder ??
            `-----BEGIN ${kind === 'certificate' ? 'CERTIFICATE' : 'PRIVATE KEY'}-----`
          }
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? helperText ?? hint}
          multiline
          minRows={4}
          maxRows={12}
          fullWidth
          autoComplete="off"
          slotProps={{
            htmlInput: {
              readOnly: masked,
              onPaste: handlePaste,
              spellCheck: false,
              autoCapitalize: 'off',
              autoCorrect: 'off',
              'data-1p-ignore': true,
              'data-lpignore': 'true',
              // MUI sizes rows only for its own textarea; this one gets them directly.
              minRows: 4,
              maxRows: 12,
            },
            // Keeps PEM text out of the textarea's text, so out of the page's HTML.
            input: { inputComponent: NoValueAttributeTextarea },
          }}
          sx={{ '& textarea': { fontFamily: 'monospace', fontSize: '0.8125rem' } }}
        />
        {dragging ? (
          <Box
            aria-hidden
            sx={{
              position: 'absolute',
              inset: 0,
              display: 'grid',
              placeItems: 'center',
              bgcolor: 'action.hover',
              borderRadius: 1,
              pointerEvents: 'none',
            }}
          >
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {w.dropHere}
            </Typography>
          </Box>
        ) : null}
      </Box>

      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          size="small"
          startIcon={<UploadFile />}
          onClick={() => fileInput.current?.click()}
          disabled={isDisabled}
          aria-label={w.chooseFileFor(label)}
        >
          {w.chooseFile}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={PEM_FILE_ACCEPT}
          hidden
          aria-label={w.fileLabel(label)}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // so choosing the same file again still fires a change
            if (file) void takeFile(file);
          }}
        />
        {secret ? (
          <Button
            size="small"
            startIcon={revealed ? <VisibilityOff /> : <Visibility />}
            onClick={() => setRevealed((shown) => !shown)}
            aria-label={revealed ? m.hide(label) : m.show(label)}
            aria-pressed={revealed}
            disabled={isDisabled}
          >
            {revealed ? m.hideShort : m.showShort}
          </Button>
        ) : null}
        {value !== '' ? (
          <Button
            size="small"
            onClick={() => replace('')}
            aria-label={w.clearLabel(label)}
            disabled={isDisabled}
          >
            {w.clear}
          </Button>
        ) : null}
        <Typography variant="caption" color="text.secondary">
          {w.orDrop}
        </Typography>
      </Stack>

      {fileError ? (
        <Typography variant="body2" color="error" role="alert">
          {fileError}
        </Typography>
      ) : null}

      <PemSummary text={value} kind={kind} onInspect={onInspect} />
    </Stack>
  );
}
