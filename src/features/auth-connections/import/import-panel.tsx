// The importer: drop or choose a file, or paste text; a .p12/.pfx asks for its password. What is
// recognised fills the form through `onFilled`, and the panel keeps only the one-line summary:
// the text, the file's bytes and the password are dropped at once (they are secrets). Loaded
// lazily by ImportEntry, with the parsers, when Import is first opened.
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import UploadFile from '@mui/icons-material/UploadFile';
import type { CreateAuthType } from '../../../../contract/enums.ts';
import {
  NoValueAttributeInput,
  NoValueAttributeTextarea,
} from '../../../components/no-value-attribute.tsx';
import { importBytes, importText } from '../../../import/import-credential.ts';
import {
  MAX_IMPORT_BYTES,
  type Imported,
  type ImportResult,
  type Recognised,
} from '../../../import/types.ts';
import { useMessages } from '../../../i18n/lazy-import-messages.ts';
import { authTypeInfo } from '../auth-types.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';
import { noteText, problemText } from './import-problem-text.ts';
import { chooseAuthType, fittingTypes, importedFormValues } from './imported-form-values.ts';
import { RecognisedLine } from './recognised-line.tsx';

export type ImportPanelProps = {
  /** The type picked so far; kept when the credential fits it. */
  currentType: CreateAuthType | null;
  /** Replace: the type can't change, and these values stay where the import is silent. */
  fixed?: { authType: CreateAuthType; base: ConnectionFormValues };
  onFilled: (values: ConnectionFormValues) => void;
  onClose: () => void;
};

type ErrorAt = { at: 'text' | 'file' | 'password'; message: string };
type Done = { recognised: Recognised; authType: CreateAuthType; notes: string[] };

const FILE_ACCEPT = '.json,.p12,.pfx,.pem,.crt,.cer,.key,.jwk,.env,.txt,.sh';

export function ImportPanel({ currentType, fixed, onFilled, onClose }: ImportPanelProps) {
  const m = useMessages();
  const w = m.importer;
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorAt | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const forget = () => {
    setText('');
    setFile(null);
    setPassword('');
  };

  const fill = (imported: Imported): ErrorAt['message'] | null => {
    if (fixed && !fittingTypes(imported).includes(fixed.authType)) {
      return w.wrongTypeForReplace(
        authTypeInfo(imported.authType, m).label,
        authTypeInfo(fixed.authType, m).label,
      );
    }
    const authType = fixed?.authType ?? chooseAuthType(imported, currentType);
    onFilled(importedFormValues(imported.fields, authType, fixed?.base));
    setDone({
      recognised: imported.recognised,
      authType,
      notes: imported.notes.map((note) => noteText(note, w)),
    });
    forget();
    return null;
  };

  const settle = (result: ImportResult, at: ErrorAt['at']) => {
    if (result.ok) {
      const refused = fill(result.imported);
      setError(refused ? { at, message: refused } : null);
    } else if (result.problem.code === 'pkcs12-needs-password') {
      setError(null); // the password field mounts focused
    } else {
      setError({ at, message: problemText(result.problem, w) });
      if (at === 'password') requestAnimationFrame(() => passwordInput.current?.select());
    }
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const takeFile = (chosen: File) =>
    run(async () => {
      setDone(null);
      setPassword('');
      // Refused before a byte is read.
      if (chosen.size > MAX_IMPORT_BYTES) {
        setFile(null);
        setError({ at: 'file', message: w.problems['too-large'](chosen.size, MAX_IMPORT_BYTES) });
        return;
      }
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const result = await importBytes(bytes);
      const needsPassword = !result.ok && result.problem.code === 'pkcs12-needs-password';
      setFile(needsPassword ? { name: chosen.name, bytes } : null);
      settle(result, 'file');
    });

  const openWithPassword = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    void run(async () => settle(await importBytes(file.bytes, password), 'password'));
  };

  const readText = () =>
    run(async () => {
      setDone(null);
      setFile(null);
      settle(await importText(text), 'text');
    });

  const handleDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void takeFile(dropped);
    else {
      const droppedText = event.dataTransfer.getData('text/plain');
      if (droppedText) setText(droppedText);
    }
  };
  const handleDragOver = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!dragging) setDragging(true);
  };

  const errorAt = (at: ErrorAt['at']) => (error?.at === at ? error.message : null);

  return (
    <Stack component="section" aria-labelledby="import-title" spacing={2} useFlexGap>
      <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <div>
          <Typography variant="h2" id="import-title" gutterBottom>
            {w.title}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {w.intro}
          </Typography>
        </div>
        <IconButton aria-label={w.close} onClick={onClose} edge="end">
          <CloseIcon />
        </IconButton>
      </Stack>

      {done && (
        <Alert severity="success" role="status">
          <Typography component="p" sx={{ fontWeight: 600 }}>
            <RecognisedLine recognised={done.recognised} words={w} />
          </Typography>
          <Typography component="p" variant="body2">
            {w.filledAs(authTypeInfo(done.authType, m).label)}
          </Typography>
          {done.notes.length > 0 && (
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {done.notes.map((note) => (
                <Typography component="li" variant="body2" key={note}>
                  {note}
                </Typography>
              ))}
            </Box>
          )}
        </Alert>
      )}

      <Box
        onDragEnter={handleDragOver}
        onDragOver={handleDragOver}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={handleDrop}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          bgcolor: dragging ? 'action.hover' : 'transparent',
          borderRadius: 2,
          p: 2.5,
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'center',
          gap: 1.5,
        }}
      >
        <Typography sx={{ color: 'text.secondary' }}>{w.dropZone}</Typography>
        <Button
          variant="outlined"
          startIcon={<UploadFile />}
          onClick={() => fileInput.current?.click()}
          disabled={busy}
        >
          {w.chooseFile}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={FILE_ACCEPT}
          aria-label={w.fileInputLabel}
          hidden
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = ''; // the same file can be chosen again
            if (chosen) void takeFile(chosen);
          }}
        />
      </Box>
      {errorAt('file') && <Alert severity="error">{errorAt('file')}</Alert>}

      {file && (
        <Stack component="form" onSubmit={openWithPassword} spacing={1.5} useFlexGap noValidate>
          <Typography variant="body2">{w.chosenFile(file.name)}</Typography>
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start' }}>
            <TextField
              inputRef={passwordInput}
              autoFocus
              type="password"
              label={w.passwordLabel(file.name)}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={Boolean(errorAt('password'))}
              helperText={errorAt('password') ?? w.passwordHelp}
              autoComplete="off"
              fullWidth
              slotProps={{
                htmlInput: { 'data-1p-ignore': true, 'data-lpignore': 'true' },
                input: { inputComponent: NoValueAttributeInput },
              }}
            />
            <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 1, flexShrink: 0 }}>
              {w.openFile}
            </Button>
          </Stack>
        </Stack>
      )}

      <Stack spacing={1.5} useFlexGap>
        <TextField
          label={w.pasteLabel}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={Boolean(errorAt('text'))}
          helperText={errorAt('text')}
          multiline
          minRows={3}
          maxRows={10}
          fullWidth
          autoComplete="off"
          slotProps={{
            htmlInput: { spellCheck: false, minRows: 3, maxRows: 10 },
            input: { inputComponent: NoValueAttributeTextarea },
          }}
          sx={{ '& textarea': { fontFamily: 'monospace', fontSize: '0.8125rem' } }}
        />
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center' }}>
          <Button
            variant="contained"
            onClick={() => void readText()}
            disabled={busy || text.trim() === ''}
          >
            {w.read}
          </Button>
          {busy && (
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ alignItems: 'center' }}
              role="status"
            >
              <CircularProgress size={16} />
              <Typography variant="body2">{w.reading}</Typography>
            </Stack>
          )}
        </Stack>
      </Stack>
    </Stack>
  );
}
