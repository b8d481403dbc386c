// Acme's settings area: its own Emotion cache (with the CSP nonce its server writes into the
// page), its own theme with a dark mode switch, its own QueryClient. The embedded component uses
// all three.
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, type PaletteMode } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HostApp } from './host-app.tsx';
import { acmeTheme } from './theme.ts';

function cspNonce(): string | undefined {
  const content = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
  return content && content !== '__CSP_NONCE__' ? content : undefined;
}

const nonce = cspNonce();
const emotionCache = createCache({ key: 'acme', nonce });
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });

function Root() {
  const [mode, setMode] = useState<PaletteMode>('light');
  const theme = useMemo(() => acmeTheme(mode), [mode]);
  return (
    <CacheProvider value={emotionCache}>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        <QueryClientProvider client={queryClient}>
          <HostApp
            nonce={nonce}
            mode={mode}
            onToggleMode={() => setMode(mode === 'dark' ? 'light' : 'dark')}
          />
        </QueryClientProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
