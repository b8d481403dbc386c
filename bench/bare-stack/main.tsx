// The bare stack: React + MUI + react-hook-form + zod + TanStack Query rendering one MUI form,
// written the way a team would write it by hand (docs/decisions/0030). It is the floor the
// budget holds our initial JS against, so it uses the same providers our page needs at first
// paint (theme, baseline, query client) and one realistic form: text, secret, select, switch,
// submit with a mutation and a server error alert. Its kind select swaps the fields shown (client
// credentials or basic), the bare form of our type switch, timed by `npm run bench`; it uses
// only components the form already had, so the floor stays unpadded.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import CssBaseline from '@mui/material/CssBaseline';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';

const common = {
  name: z.string().trim().min(1, 'Enter a name'),
  algorithm: z.enum(['HS256', 'RS256']),
  basic_auth_in_header: z.boolean(),
};
const schema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('client_credentials'),
    client_id: z.string().min(1, 'Enter a client ID'),
    client_secret: z.string().min(1, 'Enter a client secret'),
    token_url: z.url('Enter an https URL'),
  }),
  z.object({
    ...common,
    kind: z.literal('basic'),
    username: z.string().min(1, 'Enter a username'),
    password: z.string().min(1, 'Enter a password'),
  }),
]);
type Values = z.infer<typeof schema>;
type TextName = 'name' | 'client_id' | 'client_secret' | 'token_url' | 'username' | 'password';
const SECRET = new Set<TextName>(['client_secret', 'password']);
const initialKind =
  new URLSearchParams(window.location.search).get('kind') === 'basic'
    ? 'basic'
    : 'client_credentials';

function BareForm() {
  const { control, handleSubmit } = useForm<Values>({
    resolver: zodResolver(schema),
    shouldUnregister: true,
    defaultValues: {
      kind: initialKind,
      name: '',
      algorithm: 'HS256',
      basic_auth_in_header: false,
    } as Values,
  });
  const kind = useWatch({ control, name: 'kind' });
  const save = useMutation({
    mutationFn: async (values: Values) => {
      const res = await fetch('/v1/things', { method: 'POST', body: JSON.stringify(values) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    },
  });
  const text = (name: TextName, label: string) => (
    <Controller
      control={control}
      name={name}
      defaultValue=""
      render={({ field, fieldState }) => (
        <TextField
          {...field}
          label={label}
          type={SECRET.has(name) ? 'password' : 'text'}
          error={!!fieldState.error}
          helperText={fieldState.error?.message}
          required
          fullWidth
        />
      )}
    />
  );
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={handleSubmit((values) => save.mutate(values))}
    >
      {save.isError && <Alert severity="error">{save.error.message}</Alert>}
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <TextField {...field} select label="Kind" fullWidth>
            <MenuItem value="client_credentials">Client credentials</MenuItem>
            <MenuItem value="basic">Basic</MenuItem>
          </TextField>
        )}
      />
      {text('name', 'Name')}
      {kind === 'basic' ? (
        <>
          {text('username', 'Username')}
          {text('password', 'Password')}
        </>
      ) : (
        <>
          {text('client_id', 'Client ID')}
          {text('client_secret', 'Client secret')}
          {text('token_url', 'Token URL')}
        </>
      )}
      <Controller
        control={control}
        name="algorithm"
        render={({ field }) => (
          <TextField {...field} select label="Algorithm" fullWidth>
            <MenuItem value="HS256">HS256</MenuItem>
            <MenuItem value="RS256">RS256</MenuItem>
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="basic_auth_in_header"
        render={({ field }) => (
          <FormControlLabel
            control={<Switch checked={field.value} onChange={field.onChange} />}
            label="Send credentials in the Authorization header"
          />
        )}
      />
      <Button type="submit" variant="contained" disabled={save.isPending}>
        Save
      </Button>
    </Stack>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={createTheme()}>
      <CssBaseline />
      <QueryClientProvider client={new QueryClient()}>
        <Container maxWidth="sm" sx={{ py: 4 }}>
          <Paper variant="outlined" sx={{ p: 3 }}>
            <Typography variant="h1" sx={{ fontSize: 28, mb: 2 }}>
              New connection
            </Typography>
            <BareForm />
          </Paper>
        </Container>
      </QueryClientProvider>
    </ThemeProvider>
  </StrictMode>,
);
