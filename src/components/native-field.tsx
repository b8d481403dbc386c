// Single-line fields drawn as the theme's field look draws MUI's (field-look.ts): a static
// label, an outlined input or select, helper text. Each is a <label>, the control and a <p> under
// one element whose rules are serialised once per theme, where MUI's TextField is nine styled
// components that serialise their styles again on every render (about 43 React components per
// field against 4; a select adds MUI's menu, popover and modal). Forms mount several at once on
// a type switch (docs/decisions/0140). The markup keeps what MUI's gives assistive technology
// and tests: the label names the control, the helper text describes it, `aria-invalid` and
// `required` say its state.
import {
  useId,
  type ChangeEventHandler,
  type FocusEventHandler,
  type ReactNode,
  type Ref,
} from 'react';
import { ClassNames, type SerializedStyles } from '@emotion/react';
import { css, useTheme, type CSSObject, type Theme } from '@mui/material/styles';
import { fieldLabelStyle, outlineStates } from './field-look.ts';
import { paintLayer } from './paint-layer.ts';

/** Emotion's own style type: MUI's CSSObject (typography variants) is wider than it admits. */
type EmotionStyles = Parameters<typeof css>[number];

type CommonProps = {
  name: string;
  label: string;
  helperText?: ReactNode;
  error?: boolean;
  required?: boolean;
  disabled?: boolean;
};

/** What the shell gives its control: its id and state, for the label and helper text. */
type ControlProps = {
  id: string;
  required: boolean;
  disabled: boolean;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
};

const stylesByTheme = new WeakMap<Theme, SerializedStyles>();

/** The field's rules for a theme, made once: a render then only hashes the serialised text. */
function fieldStyles(theme: Theme): SerializedStyles {
  let styles = stylesByTheme.get(theme);
  if (!styles) {
    styles = css(nativeFieldLook(theme) as EmotionStyles);
    stylesByTheme.set(theme, styles);
  }
  return styles;
}

/** Label, outlined box and helper text around the control that `children` renders. */
function NativeField({
  label,
  helperText,
  error = false,
  required = false,
  disabled = false,
  children,
}: Omit<CommonProps, 'name'> & { children: (control: ControlProps) => ReactNode }) {
  const theme = useTheme();
  const id = useId();
  const helperId = `${id}-helper-text`;
  return (
    <ClassNames>
      {({ css: className }) => (
        <div
          className={className(fieldStyles(theme))}
          data-error={error || undefined}
          data-disabled={disabled || undefined}
        >
          <label htmlFor={id}>
            {label}
            {required ? <span aria-hidden="true">{'\u2009*'}</span> : null}
          </label>
          <div className="field-box">
            {children({
              id,
              required,
              disabled,
              'aria-invalid': error,
              'aria-describedby': helperText ? helperId : undefined,
            })}
          </div>
          {helperText ? <p id={helperId}>{helperText}</p> : null}
        </div>
      )}
    </ClassNames>
  );
}

export type NativeTextFieldProps = CommonProps & {
  inputRef: Ref<HTMLInputElement>;
  type?: 'text' | 'url';
  placeholder?: string;
  autoFocus?: boolean;
  onChange: ChangeEventHandler<HTMLInputElement>;
  onBlur: FocusEventHandler<HTMLInputElement>;
};

/** A text input (uncontrolled: react-hook-form's `register` gives it its ref and handlers). */
export function NativeTextField({
  inputRef,
  label,
  helperText,
  error,
  required,
  disabled,
  type = 'text',
  ...input
}: NativeTextFieldProps) {
  return (
    <NativeField {...{ label, helperText, error, required, disabled }}>
      {(control) => (
        <input
          {...input}
          {...control}
          ref={inputRef}
          type={type}
          spellCheck={false}
          autoCapitalize="off"
        />
      )}
    </NativeField>
  );
}

export type NativeSelectFieldProps = CommonProps & {
  selectRef: Ref<HTMLSelectElement>;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: ChangeEventHandler<HTMLSelectElement>;
  onBlur: FocusEventHandler<HTMLSelectElement>;
};

/**
 * A native <select>: the browser's own list when open (the platform's on a phone), MUI's closed
 * look with its arrow. A value the options lack shows as an empty choice, as MUI's does.
 */
export function NativeSelectField({
  selectRef,
  label,
  helperText,
  error,
  required,
  disabled,
  options,
  value,
  ...select
}: NativeSelectFieldProps) {
  const known = options.some((option) => option.value === value);
  return (
    <NativeField {...{ label, helperText, error, required, disabled }}>
      {(control) => (
        <>
          <select {...select} {...control} ref={selectRef} value={value}>
            {known ? null : <option value={value} />}
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24">
            <path d="M7 10l5 5 5-5z" />
          </svg>
        </>
      )}
    </NativeField>
  );
}

/**
 * MUI's small outlined TextField as the theme's field look overrides it, written out for the
 * elements above: form control, label (with its asterisk), input root, input or select (with its
 * arrow), helper text. The states MUI marks with classes (Mui-focused, Mui-error, Mui-disabled)
 * are `:focus-within` and data attributes here.
 */
function nativeFieldLook(theme: Theme): CSSObject {
  const { palette, typography } = theme;
  const light = palette.mode === 'light';
  const outline = outlineStates(theme);
  return {
    ...paintLayer,
    display: 'inline-flex',
    flexDirection: 'column',
    minWidth: 0,
    width: '100%',
    padding: 0,
    margin: 0,
    border: 0,
    verticalAlign: 'top',
    '& > label': {
      ...fieldLabelStyle(theme),
      display: 'block',
      padding: 0,
      marginBottom: theme.spacing(0.75),
      userSelect: 'none',
      transition: theme.transitions.create('color', {
        duration: theme.transitions.duration.shorter,
        easing: theme.transitions.easing.easeOut,
      }),
    },
    '&:focus-within > label': { color: palette.primary.main },
    '&[data-error] > label': { color: palette.error.main },
    '&[data-disabled] > label': { color: palette.text.disabled },
    '& .field-box': {
      ...typography.body1,
      color: palette.text.primary,
      lineHeight: '1.4375em',
      boxSizing: 'border-box',
      position: 'relative',
      cursor: 'text',
      display: 'inline-flex',
      alignItems: 'center',
      width: '100%',
      borderRadius: theme.shape.borderRadius,
      ...outline.idle,
      '&:hover': outline.hover,
      '@media (hover: none)': outline.hoverWithoutPointer,
      '&:focus-within': outline.focused,
    },
    '&[data-error] .field-box': outline.error,
    '&[data-disabled] .field-box': {
      ...outline.disabled,
      color: palette.text.disabled,
      cursor: 'default',
    },
    '& input, & select': {
      font: 'inherit',
      letterSpacing: 'inherit',
      color: 'currentColor',
      padding: '8.5px 14px',
      border: 0,
      boxSizing: 'content-box',
      background: 'none',
      height: '1.4375em',
      margin: 0,
      WebkitTapHighlightColor: 'transparent',
      display: 'block',
      minWidth: 0,
      width: '100%',
      '&::placeholder': { color: 'currentColor', opacity: light ? 0.42 : 0.5 },
      '&:focus': { outline: 0 },
      '&:invalid': { boxShadow: 'none' },
      '&:disabled': { opacity: 1, WebkitTextFillColor: palette.text.disabled },
      '&:-webkit-autofill': {
        borderRadius: 'inherit',
        ...(light
          ? {}
          : {
              WebkitBoxShadow: '0 0 0 100px #266798 inset',
              WebkitTextFillColor: '#fff',
              caretColor: '#fff',
            }),
      },
    },
    // MUI's closed outlined select: room on the right for its arrow, which sits over the select
    // and lets the pointer through to it.
    '& select': {
      appearance: 'none',
      userSelect: 'none',
      cursor: 'pointer',
      paddingRight: 32,
      borderRadius: theme.shape.borderRadius,
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
      overflow: 'hidden',
      colorScheme: palette.mode,
      '&:disabled': { cursor: 'default' },
      '& option': { backgroundColor: palette.background.paper },
    },
    '& svg': {
      position: 'absolute',
      right: 7,
      top: 'calc(50% - .5em)',
      width: '1em',
      height: '1em',
      fontSize: '1.5rem',
      fill: 'currentColor',
      color: palette.action.active,
      pointerEvents: 'none',
      userSelect: 'none',
    },
    '&[data-disabled] svg': { color: palette.action.disabled },
    '& > p': {
      ...typography.caption,
      color: palette.text.secondary,
      textAlign: 'left',
      // MUI's helper text under a small field.
      margin: '4px 0 0',
    },
    '&[data-error] > p': { color: palette.error.main },
    '&[data-disabled] > p': { color: palette.text.disabled },
  };
}
