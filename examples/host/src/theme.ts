// Acme's own look: teal, rounder corners, a different font stack. The embedded component takes
// all of it from this theme (through ThemeProvider); it brings no theme of its own.
import { createTheme, type PaletteMode } from '@mui/material/styles';

export const ACME_PRIMARY = { light: '#0f766e', dark: '#2dd4bf' } as const;

export function acmeTheme(mode: PaletteMode) {
  const light = mode === 'light';
  return createTheme({
    palette: {
      mode,
      primary: { main: ACME_PRIMARY[mode], contrastText: light ? '#ffffff' : '#042f2e' },
      background: light
        ? { default: '#f4f7f6', paper: '#ffffff' }
        : { default: '#0b1413', paper: '#12201e' },
    },
    shape: { borderRadius: 12 },
    typography: {
      fontFamily: 'ui-sans-serif, system-ui, "Segoe UI", Roboto, Arial, sans-serif',
      h1: { fontSize: '1.5rem', fontWeight: 700 },
      h2: { fontSize: '1.15rem', fontWeight: 650 },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiAppBar: { defaultProps: { elevation: 0 } },
    },
  });
}
