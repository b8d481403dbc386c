// The creatable types as radio cards: arrow keys move between them, Space picks one.
// Native radios under one styled root (docs/decisions/0114): the cards render on every deep link
// and on every type switch, and seven MUI FormControlLabel + Radio cards were about a hundred
// styled components to serialise; here the theme's styles are serialised once, for the root.
import { styled } from '@mui/material/styles';
import { memo, useCallback, useEffect, useRef, type ChangeEvent } from 'react';
import type { CreateAuthType } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { PICKER_ORDER, authTypeInfo, canCreate } from '../auth-types.ts';

type Props = {
  value: CreateAuthType | null;
  onChange: (authType: CreateAuthType) => void;
};

export function TypePicker({ value, onChange }: Props) {
  const m = useMessages();
  // One handler for every card, so a pick re-renders only the two cards whose state changed.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const pick = useCallback((event: ChangeEvent<HTMLInputElement>) => {
    if (canCreate(event.target.value)) latest.current(event.target.value);
  }, []);
  return (
    <Cards>
      <legend>{m.picker.label}</legend>
      <div role="radiogroup" className="cards">
        {PICKER_ORDER.map((authType) => (
          <Card
            key={authType}
            authType={authType}
            selected={value === authType}
            words={m}
            onPick={pick}
          />
        ))}
      </div>
    </Cards>
  );
}

const Card = memo(function Card(props: {
  authType: CreateAuthType;
  selected: boolean;
  words: Messages;
  onPick: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const { label, description, Icon } = authTypeInfo(props.authType, props.words);
  return (
    <label data-selected={props.selected || undefined}>
      <input
        type="radio"
        name="auth_type"
        value={props.authType}
        checked={props.selected}
        onChange={props.onPick}
      />
      <span className="text">
        <span className="title">
          <Icon fontSize="small" color={props.selected ? 'primary' : 'action'} />
          {label}
        </span>
        <span className="description">{description}</span>
      </span>
    </label>
  );
});

/** Twice the theme's radius, as `borderRadius: 2` in sx; a host theme may give it as a string. */
const cardRadius = (radius: number | string) => (typeof radius === 'number' ? radius * 2 : radius);

// The look of MUI's outlined radio cards, from the host's theme (light or dark).
const Cards = styled('fieldset')(({ theme }) => ({
  margin: 0,
  padding: 0,
  border: 0,
  minWidth: 0,
  '& legend': {
    ...theme.typography.subtitle1,
    color: theme.palette.text.primary,
    padding: 0,
    marginBottom: theme.spacing(1.5),
  },
  '& .cards': {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: theme.spacing(1.5),
  },
  '& label': {
    ...theme.typography.body1,
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1.25),
    padding: theme.spacing(1.25, 1.5),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: cardRadius(theme.shape.borderRadius),
    backgroundColor: theme.palette.background.paper,
    cursor: 'pointer',
    transition: 'border-color 120ms',
    '&:hover': { borderColor: theme.palette.text.secondary },
    '&[data-selected]': {
      borderColor: theme.palette.primary.main,
      backgroundColor: theme.palette.action.selected,
    },
    '&:has(input:focus-visible)': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  '& input': {
    flexShrink: 0,
    width: 18,
    height: 18,
    margin: '3px 0 0',
    accentColor: theme.palette.primary.main,
    // Chromium draws native controls light unless told the scheme.
    colorScheme: theme.palette.mode,
    cursor: 'inherit',
    // The card draws the focus ring.
    '&:focus-visible': { outline: 'none' },
  },
  '& .text': { display: 'block', minWidth: 0 },
  '& .title': { display: 'flex', alignItems: 'center', gap: theme.spacing(1), fontWeight: 600 },
  '& .description': {
    ...theme.typography.body2,
    display: 'block',
    color: theme.palette.text.secondary,
  },
}));
