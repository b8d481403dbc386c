// The look of the key/value editor: a table of native inputs under one styled root
// (docs/decisions/0131). MUI's default outlined TextField is four positioned parts (form control,
// floating label, input root, notched outline), each a paint layer the browser walks on every
// frame; twenty claim rows were a hundred and sixty of them, and a keystroke anywhere on the form
// paid for them. Here a row is two bordered inputs and a button, styled by rules the theme
// serialises once for the whole group. The column headers are the rows' visible labels; each
// input's accessible name is its column and row ("Header name 2").
import { styled } from '@mui/material/styles';
import { fieldLabelStyle, outlineColor } from './field-look.ts';

/** Key column, value column, the remove button: the header and every row share them. */
const COLUMNS = 'minmax(0, 2fr) minmax(0, 3fr) 40px';

export const KeyValueTable = styled('div')(({ theme }) => {
  const outline = outlineColor(theme);
  return {
    // Its own paint layer, so a frame that changes something else on the form (a keystroke, the
    // JWT preview) replays the table's recorded paint instead of painting it again.
    position: 'relative',
    display: 'grid',
    rowGap: theme.spacing(1),
    '& .kv-row': {
      display: 'grid',
      gridTemplateColumns: COLUMNS,
      columnGap: theme.spacing(1),
      alignItems: 'start',
    },
    // The column headers are the inputs' visible labels, so they look like every field's label.
    '& .kv-head': { ...fieldLabelStyle(theme), marginBottom: theme.spacing(-0.25) },
    '& input': {
      ...theme.typography.body1,
      display: 'block',
      boxSizing: 'border-box',
      width: '100%',
      height: 40,
      margin: 0,
      padding: '8.5px 14px',
      color: theme.palette.text.primary,
      backgroundColor: 'transparent',
      border: `1px solid ${outline}`,
      borderRadius: theme.shape.borderRadius,
      outline: 'none',
      colorScheme: theme.palette.mode,
      '&:hover:not(:disabled)': { borderColor: theme.palette.text.primary },
      // A second pixel drawn inside, as MUI's focused outline, so nothing moves.
      '&:focus': {
        borderColor: theme.palette.primary.main,
        boxShadow: `inset 0 0 0 1px ${theme.palette.primary.main}`,
      },
      '&[aria-invalid="true"], &[aria-invalid="true"]:hover': {
        borderColor: theme.palette.error.main,
      },
      '&[aria-invalid="true"]:focus': {
        boxShadow: `inset 0 0 0 1px ${theme.palette.error.main}`,
      },
      '&:disabled': {
        color: theme.palette.text.disabled,
        borderColor: theme.palette.action.disabled,
      },
    },
    '& .kv-messages': { gridColumn: '1 / 3', minWidth: 0 },
    '& .kv-messages > p': {
      ...theme.typography.caption,
      margin: '3px 0 0',
      color: theme.palette.error.main,
      overflowWrap: 'anywhere',
      '&[data-severity="warning"]': { color: theme.palette.warning.main },
    },
    '& .kv-remove': {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: 40,
      height: 40,
      padding: 0,
      border: 0,
      borderRadius: '50%',
      color: theme.palette.action.active,
      backgroundColor: 'transparent',
      cursor: 'pointer',
      '&:hover:not(:disabled)': { backgroundColor: theme.palette.action.hover },
      '&:focus-visible': {
        outline: `2px solid ${theme.palette.primary.main}`,
        outlineOffset: -2,
      },
      '&:disabled': { color: theme.palette.action.disabled, cursor: 'default' },
    },
  };
});
