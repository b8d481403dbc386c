// The standalone shell: API key handling, providers, app bar and routes.
import { useCallback, useMemo, useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import LogoutIcon from '@mui/icons-material/Logout';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { createApiClient, type ApiClient } from '../api/api-client.ts';
import { listAuthConnections } from '../api/endpoints.ts';
import { clearApiKey, storeApiKey, takeApiKey } from './api-key.ts';
import { lazyWhenOpen } from '../components/lazy-when-open.tsx';
import type { ConnectDialogProps } from './connect-dialog.tsx';
import { ConnectScreen } from './connect-screen.tsx';
import { DataProviders, ThemeProviders, useColorMode } from './providers.tsx';
import { createAppQueryClient } from './query-client.ts';
import { LinkInterceptor } from './router.tsx';
import { AppRoutes, LIST_HREF } from './routes.tsx';

// Not needed at first paint: loads when idle, or when the server first refuses the key.
const ConnectDialog = lazyWhenOpen<ConnectDialogProps>(() =>
  import('./connect-dialog.tsx').then((m) => m.ConnectDialog),
);

/** The standalone server serves the API and the page from one origin. */
const API_BASE_URL = '';

function clientFor(apiKey: string): ApiClient {
  return createApiClient({ baseUrl: API_BASE_URL, getHeaders: () => ({ 'xi-api-key': apiKey }) });
}

export function App() {
  return (
    <ThemeProviders>
      <ConnectedApp />
    </ThemeProviders>
  );
}

function ConnectedApp() {
  const [apiKey, setApiKey] = useState<string | null>(() => takeApiKey());
  const [rejected, setRejected] = useState(false);
  const [queryClient] = useState(() => createAppQueryClient(() => setRejected(true)));
  const apiClient = useMemo(() => (apiKey ? clientFor(apiKey) : null), [apiKey]);

  const verify = useCallback(async (candidate: string) => {
    await listAuthConnections(clientFor(candidate));
  }, []);
  const onConnected = useCallback(
    (key: string) => {
      storeApiKey(key);
      setApiKey(key);
      setRejected(false);
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );
  const forgetKey = useCallback(() => {
    clearApiKey();
    queryClient.clear();
    setApiKey(null);
    setRejected(false);
  }, [queryClient]);
  const reconnect = useCallback(() => setRejected(true), []);

  if (!apiClient) return <ConnectScreen verify={verify} onConnected={onConnected} />;

  return (
    <DataProviders queryClient={queryClient} apiClient={apiClient} onUnauthorized={reconnect}>
      <LinkInterceptor>
        <Shell onForgetKey={forgetKey} />
      </LinkInterceptor>
      <ConnectDialog open={rejected} verify={verify} onConnected={onConnected} />
    </DataProviders>
  );
}

function Shell({ onForgetKey }: { onForgetKey: () => void }) {
  const { mode, toggle } = useColorMode();
  const nextMode = mode === 'dark' ? 'light' : 'dark';
  return (
    <>
      <AppBar position="sticky">
        <Container maxWidth="lg" disableGutters>
          <Toolbar sx={{ gap: 1 }}>
            <Breadcrumbs
              aria-label="Breadcrumb"
              separator={<NavigateNextIcon fontSize="small" />}
              sx={{ flexGrow: 1 }}
            >
              <Typography sx={{ color: 'text.secondary' }}>Settings</Typography>
              <Link
                href={LIST_HREF}
                underline="hover"
                color="text.primary"
                sx={{ fontWeight: 600 }}
              >
                Auth connections
              </Link>
            </Breadcrumbs>
            <Tooltip title={`Switch to ${nextMode} theme`}>
              <IconButton onClick={toggle} aria-label={`Switch to ${nextMode} theme`}>
                {mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
              </IconButton>
            </Tooltip>
            <Tooltip title="Forget the API key in this tab">
              <IconButton onClick={onForgetKey} aria-label="Forget the API key in this tab">
                <LogoutIcon />
              </IconButton>
            </Tooltip>
          </Toolbar>
        </Container>
      </AppBar>
      <Box component="main" sx={{ py: { xs: 3, sm: 5 } }}>
        <Container maxWidth="lg">
          <AppRoutes />
        </Container>
      </Box>
    </>
  );
}
