// Acme's sign-in, a stand-in: a real host has its own login and session renewal.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

export function SignInForm(props: { expired?: boolean; onSignIn: (apiKey: string) => void }) {
  const [key, setKey] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) props.onSignIn(key.trim());
  };
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Stack spacing={2}>
        {props.expired && (
          <Alert severity="warning">Session expired. Sign in again to continue.</Alert>
        )}
        <TextField
          label="Workspace API key"
          type="password"
          autoComplete="off"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          autoFocus
          fullWidth
        />
        <Box>
          <Button type="submit" variant="contained">
            Sign in
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
