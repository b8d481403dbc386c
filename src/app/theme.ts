// A restrained admin look: neutral surfaces, one blue accent, outlined cards instead of shadows.
// An embedding host passes its own theme instead; nothing in features depends on these values.
import { createTheme, type PaletteMode, type Theme } from '@mui/material/styles';
import { fieldLookComponents } from '../components/field-look.ts';
import { paintLayer } from '../components/paint-layer.ts';

const fontFamily = [
  'Inter',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

export function createAppTheme(mode: PaletteMode): Theme {
  const light = mode === 'light';
  return createTheme({
    palette: {
      mode,
      primary: light
        ? { main: '#2f55d4', dark: '#2443ad', light: '#5b7be0', contrastText: '#ffffff' }
        : { main: '#8fa8ff', dark: '#6d8cf5', light: '#b3c4ff', contrastText: '#0b1020' },
      // The default warning orange is under 4.5:1 on white as chip text; amber-700 is not.
      ...(light ? { warning: { main: '#b45309' } } : {}),
      // MUI's dark-mode red with white text is 3.7:1; a lighter red with dark text is over 7:1.
      ...(light
        ? {}
        : {
            error: { main: '#f28b82', dark: '#e57373', light: '#f6aea9', contrastText: '#1f0a09' },
          }),
      background: light
        ? { default: '#f5f6f8', paper: '#ffffff' }
        : { default: '#0f1116', paper: '#171a21' },
      divider: light ? 'rgba(15, 23, 42, 0.10)' : 'rgba(226, 232, 240, 0.12)',
      text: light
        ? { primary: '#111827', secondary: '#4b5563' }
        : { primary: '#e5e7eb', secondary: '#a3aab8' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily,
      h1: { fontSize: '1.5rem', fontWeight: 600, letterSpacing: '-0.01em' },
      h2: { fontSize: '1.125rem', fontWeight: 600 },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiAppBar: {
        defaultProps: { elevation: 0, color: 'inherit' },
        styleOverrides: {
          root: ({ theme }) => ({
            borderBottom: `1px solid ${theme.palette.divider}`,
            backgroundColor: theme.palette.background.paper,
          }),
        },
      },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTableCell: {
        styleOverrides: {
          head: ({ theme }) => ({
            fontWeight: 600,
            color: theme.palette.text.secondary,
            fontSize: '0.8125rem',
          }),
        },
      },
      MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
      // Every card is its own paint layer: a key typed in one card leaves the others' paint alone.
      MuiPaper: { styleOverrides: { root: paintLayer } },
      // Each input would otherwise add the auto-fill keyframes in a <style> tag of its own (ten on
      // a JWT form, each serialised and inserted while React commits it); the page adds them once
      // (INPUT_KEYFRAMES in providers.tsx, docs/decisions/0134). Turning that off also drops
      // the animations that tell MUI an input was autofilled, so they are given back here, as
      // InputBase writes them.
      MuiInputBase: {
        defaultProps: { disableInjectingGlobalStyles: true },
        styleOverrides: {
          input: {
            animationName: 'mui-auto-fill-cancel',
            animationDuration: '10ms',
            '&:-webkit-autofill': { animationDuration: '5000s', animationName: 'mui-auto-fill' },
          },
        },
      },
      ...fieldLookComponents,
    },
  });
}
