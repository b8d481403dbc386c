// What the standalone app provides around <AuthConnectionsSettings />, as any host would: the
// Emotion cache with the CSP nonce, and the MUI theme (light or dark) with CssBaseline and the
// inputs' auto-fill keyframes.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { CacheProvider } from '@emotion/react';
import type { EmotionCache } from '@emotion/cache';
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider, type PaletteMode } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { createEmotionCache } from './emotion-cache.ts';
import { createAppTheme } from './theme.ts';

/**
 * MUI's InputBase tells an autofilled input by an animation that starts on :-webkit-autofill;
 * these are its keyframes (as InputBase defines them), once for the page, since the theme turns
 * off each input's own copy (theme.ts).
 */
const INPUT_KEYFRAMES = {
  '@keyframes mui-auto-fill': { from: { animationName: 'mui-auto-fill' } },
  '@keyframes mui-auto-fill-cancel': { from: { animationName: 'mui-auto-fill-cancel' } },
};

interface ColorModeValue {
  mode: PaletteMode;
  toggle: () => void;
}

const ColorModeContext = createContext<ColorModeValue>({ mode: 'light', toggle: () => {} });

export function useColorMode(): ColorModeValue {
  return useContext(ColorModeContext);
}

/**
 * Follows the system's prefers-color-scheme until the user picks a mode. The choice lives in
 * memory only: nothing about this page is written to browser storage except the tab's API key.
 */
export function ThemeProviders({
  children,
  emotionCache: givenCache,
}: {
  children: ReactNode;
  /** The build's prerender passes its own (scripts/prerender.ts); the page makes one. */
  emotionCache?: EmotionCache;
}) {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const [chosen, setChosen] = useState<PaletteMode | null>(null);
  const mode: PaletteMode = chosen ?? (prefersDark ? 'dark' : 'light');
  const [emotionCache] = useState(() => givenCache ?? createEmotionCache());
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  const toggle = useCallback(() => setChosen(mode === 'dark' ? 'light' : 'dark'), [mode]);
  const colorMode = useMemo(() => ({ mode, toggle }), [mode, toggle]);

  return (
    <CacheProvider value={emotionCache}>
      <ColorModeContext.Provider value={colorMode}>
        <ThemeProvider theme={theme}>
          <CssBaseline enableColorScheme />
          <GlobalStyles styles={INPUT_KEYFRAMES} />
          {children}
        </ThemeProvider>
      </ColorModeContext.Provider>
    </CacheProvider>
  );
}
