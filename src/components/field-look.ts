// The look of every outlined field: a static label above the input, and the input's outline
// drawn by its own root (docs/decisions/0132). MUI's default is a floating label (absolutely
// positioned, transformed, clipped) over a notched <fieldset> (absolutely positioned, clipped,
// with a clipped <legend>): paint layers, clips and transforms that the browser walks again on
// every keystroke anywhere on the form. A label in the flow and an outline on the root draw the
// same box without them. A static label is also what lets plain text fields be uncontrolled
// (form/plain-text-field.tsx): a floating label does not hear values react-hook-form writes into
// the input. The key/value table (0131) uses the same label style for its column headers, so
// both kinds of field read as one form.
import type { Components, CSSObject, Theme } from '@mui/material/styles';
import { paintLayer } from './paint-layer.ts';

/** A field's visible label: above the input, in the flow, wrapping when long. */
export function fieldLabelStyle(theme: Theme): CSSObject {
  return {
    ...theme.typography.body2,
    fontWeight: 500,
    color: theme.palette.text.primary,
  };
}

/** The idle outline's colour: MUI's own notched-outline colour. */
export function outlineColor(theme: Theme): string {
  return theme.palette.mode === 'light' ? 'rgba(0, 0, 0, 0.23)' : 'rgba(255, 255, 255, 0.23)';
}

/**
 * The input's outline in each state, for whichever selectors mark the states: MUI's classes on
 * its input root here, `:focus-within` and data attributes on the native field
 * (native-field.tsx). Listed in the order they must win: the later beats the earlier.
 */
export function outlineStates(theme: Theme) {
  return {
    // An outline inset by its own width: it takes no space, so nothing moves when focus
    // doubles it, and it survives forced-colours mode as MUI's border does.
    idle: { outline: `1px solid ${outlineColor(theme)}`, outlineOffset: -1 },
    hover: { outlineColor: theme.palette.text.primary },
    hoverWithoutPointer: { '&:hover': { outlineColor: outlineColor(theme) } },
    focused: { outlineColor: theme.palette.primary.main, outlineWidth: 2, outlineOffset: -2 },
    error: { outlineColor: theme.palette.error.main },
    disabled: { outlineColor: theme.palette.action.disabled },
  } satisfies Record<string, CSSObject>;
}

const outlinedRoot = ({ theme }: { theme: Theme }): CSSObject => {
  const states = outlineStates(theme);
  return {
    ...states.idle,
    '&:hover': states.hover,
    '@media (hover: none)': states.hoverWithoutPointer,
    '&.Mui-focused': states.focused,
    '&.Mui-error': states.error,
    '&.Mui-disabled': states.disabled,
  };
};

/**
 * Whether a theme draws fields in this look: ours does, a host's theme (embedding) may not, and
 * then its fields keep MUI's look. createTheme copies functions as they are, so the override is
 * the same function.
 */
export function hasFieldLook(theme: Theme): boolean {
  return theme.components?.MuiOutlinedInput?.styleOverrides?.root === outlinedRoot;
}

export const fieldLookComponents: Components<Theme> = {
  // With the label above it, a field needs no room for a label inside: 40 px, as the key/value
  // rows, instead of 56.
  MuiTextField: { defaultProps: { size: 'small' } },
  MuiAutocomplete: { defaultProps: { size: 'small' } },
  // Helper text and errors start where the label does.
  MuiFormHelperText: { styleOverrides: { contained: { marginLeft: 0, marginRight: 0 } } },
  // A static label is never inside the input, so it is always "shrunk": MUI then shows the
  // placeholder, which it hides under an unshrunk floating label.
  MuiInputLabel: {
    defaultProps: { shrink: true },
    styleOverrides: {
      outlined: ({ theme }) => ({
        ...fieldLabelStyle(theme),
        position: 'static',
        transform: 'none',
        maxWidth: 'none',
        whiteSpace: 'normal',
        overflow: 'visible',
        marginBottom: theme.spacing(0.75),
        '&.Mui-focused': { color: theme.palette.primary.main },
        '&.Mui-error': { color: theme.palette.error.main },
        '&.Mui-disabled': { color: theme.palette.text.disabled },
      }),
    },
  },
  // The label no longer sits on the form control, so nothing needs it positioned; each field is
  // still its own paint layer (paint-layer.ts), so a key repaints one field, not the form.
  MuiFormControl: { styleOverrides: { root: { position: 'static', ...paintLayer } } },
  MuiOutlinedInput: {
    styleOverrides: {
      root: outlinedRoot,
      notchedOutline: { display: 'none' },
    },
  },
};
