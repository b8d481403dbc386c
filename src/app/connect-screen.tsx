// Asks for the API key when the tab has none, or when the server refused the one it had.
import { useId, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { UnauthorizedError } from '../api/errors.ts';

export interface ConnectFormProps {
  /** Checks a candidate key with the server; rejects with UnauthorizedError when it is wrong. */
  verify: (key: string) => Promise<void>;
  onConnected: (key: string) => void;
  /** The server refused the key this tab had. */
  rejected?: boolean;
}

export function ConnectForm({ verify, onConnected, rejected }: ConnectFormProps) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = key.trim();
    if (!candidate) {
      setError('Enter the API key.');
      return;
    }
    setChecking(true);
    setError(null);
    try {
      await verify(candidate);
      onConnected(candidate);
    } catch (e) {
      setError(
        e instanceof UnauthorizedError
          ? 'The server did not accept this key. Check that you copied all of it.'
          : e instanceof Error
            ? e.message
            : 'Could not reach the server.',
      );
    } finally {
      setChecking(false);
    }
  }

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <Stack spacing={2}>
        {rejected && (
          <Alert severity="warning">
            The server no longer accepts the API key of this tab. Enter a valid key to continue;
            nothing you typed on the page is lost.
          </Alert>
        )}
        <Typography sx={{ color: 'text.secondary' }}>
          When the server starts (<code>npm start</code>), it prints a line like{' '}
          <code>Open http://127.0.0.1:8787/#key=…</code> in its terminal. Open that link, or paste
          the part after <code>key=</code> here. The key stays in this browser tab only.
        </Typography>
        <TextField
          label="API key"
          type="password"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          error={Boolean(error)}
          helperText={error ?? ' '}
          autoComplete="off"
          autoFocus
          fullWidth
          required
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
        <Box>
          <Button type="submit" variant="contained" disabled={checking}>
            {checking ? 'Connecting…' : 'Connect'}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}

/** Full page, shown when the tab has no key at all. */
export function ConnectScreen(props: ConnectFormProps) {
  const titleId = useId();
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper
        component="main"
        variant="outlined"
        sx={{ p: { xs: 3, sm: 4 }, maxWidth: 520, width: '100%' }}
      >
        <Typography variant="h1" id={titleId} gutterBottom>
          Connect to auth connections
        </Typography>
        <ConnectForm {...props} />
      </Paper>
    </Box>
  );
}
