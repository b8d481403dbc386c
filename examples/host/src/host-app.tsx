// Acme's settings area: an app bar, three tabs, and <AuthConnectionsSettings /> as the third.
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import { useQueryClient } from '@tanstack/react-query';
import { AuthConnectionsSettings } from 'auth-connections-admin';
import { GeneralTab, MembersTab } from './other-tabs.tsx';
import { navigate, usePathname } from './router.ts';
import { sessionHeaders, type Session } from './session.ts';
import { SignInForm } from './sign-in.tsx';

const TABS = [
  { label: 'General', path: '/settings/general' },
  { label: 'Members', path: '/settings/members' },
  { label: 'Auth connections', path: '/settings/auth-connections' },
] as const;

/** Where the component lives; it keeps its own screens below this path. */
const AUTH_CONNECTIONS_BASE = '/settings/auth-connections';

function tabOf(pathname: string) {
  return TABS.find((t) => pathname === t.path || pathname.startsWith(`${t.path}/`));
}

export function HostApp(props: {
  nonce: string | undefined;
  mode: 'light' | 'dark';
  onToggleMode: () => void;
}) {
  const [session, setSession] = useState<Session | null>(null);
  const [expired, setExpired] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const tab = tabOf(pathname);

  useEffect(() => {
    if (!tab) navigate(TABS[0].path, { replace: true });
  }, [tab]);

  // The session the next request uses: a ref, so a renewed session applies at once, before React
  // re-renders (the queries invalidated below refetch straight away).
  const current = useRef<Session | null>(null);
  const signIn = useCallback(
    (apiKey: string) => {
      current.current = { apiKey, user: 'Ada Lovelace' };
      setSession(current.current);
      setExpired(false);
      // Whatever failed with the old session is asked again with the new one.
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );
  const signOut = useCallback(() => {
    current.current = null;
    setSession(null);
    queryClient.clear();
  }, [queryClient]);
  // Asked per request, so it always sends the session of that moment.
  const getHeaders = useCallback(
    () => (current.current ? sessionHeaders(current.current) : {}),
    [],
  );

  const nextMode = props.mode === 'dark' ? 'light' : 'dark';
  const followTab = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(path);
  };

  if (!session) {
    return (
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
        <Paper component="main" variant="outlined" sx={{ p: 4, width: '100%', maxWidth: 440 }}>
          <Typography variant="h1" gutterBottom>
            Sign in to Acme
          </Typography>
          <SignInForm onSignIn={signIn} />
        </Paper>
      </Box>
    );
  }

  return (
    <>
      <AppBar position="sticky" color="primary">
        <Toolbar sx={{ gap: 1 }}>
          <Typography component="span" sx={{ fontWeight: 700, flexGrow: 1 }}>
            Acme
          </Typography>
          <Typography component="span" variant="body2">
            {session.user}
          </Typography>
          <IconButton
            color="inherit"
            onClick={props.onToggleMode}
            aria-label={`Switch to ${nextMode} mode`}
          >
            {props.mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
          </IconButton>
          <Button color="inherit" onClick={signOut}>
            Sign out
          </Button>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="lg" sx={{ py: 4 }}>
        <Typography variant="h1" gutterBottom>
          Workspace settings
        </Typography>
        <Tabs
          value={tab?.path ?? false}
          aria-label="Settings sections"
          sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }}
        >
          {TABS.map((t) => (
            <Tab
              key={t.path}
              label={t.label}
              value={t.path}
              component="a"
              href={t.path}
              onClick={(event: MouseEvent<HTMLAnchorElement>) => followTab(event, t.path)}
            />
          ))}
        </Tabs>
        {tab?.path === '/settings/general' && <GeneralTab />}
        {tab?.path === '/settings/members' && <MembersTab />}
        {tab?.path === AUTH_CONNECTIONS_BASE && (
          <AuthConnectionsSettings
            apiBaseUrl=""
            getHeaders={getHeaders}
            routing={{ mode: 'url', basePath: AUTH_CONNECTIONS_BASE }}
            nonce={props.nonce}
            onUnauthorized={() => setExpired(true)}
            onCreated={(connection) => setNotice(`Acme: “${connection.name}” was added`)}
            onDeleted={() => setNotice('Acme: an auth connection was removed')}
          />
        )}
      </Container>
      <Dialog open={expired} aria-labelledby="expired-title" maxWidth="xs" fullWidth>
        <DialogTitle id="expired-title">Session expired</DialogTitle>
        <DialogContent>
          <SignInForm expired onSignIn={signIn} />
        </DialogContent>
      </Dialog>
      <Snackbar
        open={notice !== null}
        message={notice}
        autoHideDuration={6000}
        onClose={() => setNotice(null)}
      />
    </>
  );
}
