// The standalone app of `npm start`: a thin host of <AuthConnectionsSettings /> (src/embed), like
// any other, which adds only what a host adds: the API key of this tab, the theme with
// CssBaseline, an app bar, and the reconnect dialog for a 401.
import { useCallback, useState, type ReactNode } from 'react';
import type { EmotionCache } from '@emotion/cache';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import LogoutIcon from '@mui/icons-material/Logout';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { createApiClient } from '../api/api-client.ts';
import { listAuthConnections } from '../api/endpoints.ts';
import { lazyWhenOpen } from '../components/lazy-when-open.tsx';
import { lazyWithRetry } from '../components/lazy-with-retry.tsx';
import { LazyTooltip } from '../components/lazy-tooltip.tsx';
import { AuthConnectionsSettings } from '../embed/auth-connections-settings.tsx';
import { createAppQueryClient } from '../embed/query-client.ts';
import { AddressLinkInterceptor } from '../embed/router.tsx';
import { clearApiKey, storeApiKey, takeApiKey } from './api-key.ts';
import type { ConnectDialogProps } from './connect-dialog.tsx';
import { ThemeProviders, useColorMode } from './providers.tsx';

// Not needed at first paint: loads when idle, or when the server first refuses the key.
const ConnectDialog = lazyWhenOpen<ConnectDialogProps>(() =>
  import('./connect-dialog.tsx').then((m) => m.ConnectDialog),
);

// Only a tab without a key sees it, and then it is the whole page: not part of the first
// screen's JS for everyone else (docs/decisions/0112).
const ConnectScreen = lazyWithRetry(() =>
  import('./connect-screen.tsx').then((m) => ({ default: m.ConnectScreen })),
);

/** The standalone server serves the API and the page from one origin. */
const API_BASE_URL = '';

const ROUTING = { mode: 'url', basePath: '/' } as const;
const LIST_HREF = '/';

function headersFor(apiKey: string) {
  return { 'xi-api-key': apiKey };
}

export function App({ emotionCache }: { emotionCache?: EmotionCache } = {}) {
  return (
    <ThemeProviders emotionCache={emotionCache}>
      <ConnectedApp />
    </ThemeProviders>
  );
}

function ConnectedApp() {
  const [apiKey, setApiKey] = useState<string | null>(() => takeApiKey());
  const [rejected, setRejected] = useState(false);
  const [queryClient] = useState(() => createAppQueryClient());
  const getHeaders = useCallback(() => (apiKey ? headersFor(apiKey) : {}), [apiKey]);

  const verify = useCallback(async (candidate: string) => {
    const client = createApiClient({
      baseUrl: API_BASE_URL,
      getHeaders: () => headersFor(candidate),
    });
    await listAuthConnections(client);
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

  if (!apiKey) return <ConnectScreen verify={verify} onConnected={onConnected} />;

  return (
    <>
      <Shell onForgetKey={forgetKey}>
        <AuthConnectionsSettings
          apiBaseUrl={API_BASE_URL}
          getHeaders={getHeaders}
          queryClient={queryClient}
          routing={ROUTING}
          onUnauthorized={reconnect}
        />
      </Shell>
      <ConnectDialog open={rejected} verify={verify} onConnected={onConnected} />
    </>
  );
}

function Shell({ onForgetKey, children }: { onForgetKey: () => void; children: ReactNode }) {
  const { mode, toggle } = useColorMode();
  const nextMode = mode === 'dark' ? 'light' : 'dark';
  return (
    <AddressLinkInterceptor>
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
            <LazyTooltip title={`Switch to ${nextMode} theme`}>
              <IconButton onClick={toggle} aria-label={`Switch to ${nextMode} theme`}>
                {mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
              </IconButton>
            </LazyTooltip>
            <LazyTooltip title="Forget the API key in this tab">
              <IconButton onClick={onForgetKey} aria-label="Forget the API key in this tab">
                <LogoutIcon />
              </IconButton>
            </LazyTooltip>
          </Toolbar>
        </Container>
      </AppBar>
      <Box component="main" sx={{ py: { xs: 3, sm: 5 } }}>
        <Container maxWidth="lg">{children}</Container>
      </Box>
    </AddressLinkInterceptor>
  );
}
