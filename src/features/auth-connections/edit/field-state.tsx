// The state of a value edit can't show: a secret is "stored" until a new one is typed ("will be
// replaced"), and an emptied key ID "will be cleared". Each change has an undo.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useWatch, type Control } from 'react-hook-form';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { ConnectionFormValues, FormFieldName } from '../form/form-values.ts';

type Props = {
  control: Control<ConnectionFormValues>;
  name: FormFieldName;
  label: string;
  onUndo: () => void;
};

function StateLine({ text, undo, onUndo }: { text: string; undo?: string; onUndo: () => void }) {
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      role="status"
      sx={{ alignItems: 'center', mt: 0.5, minHeight: 30, color: 'text.secondary' }}
    >
      <LockOutlinedIcon fontSize="small" aria-hidden />
      <Typography variant="body2">{text}</Typography>
      {undo && (
        <Button size="small" onClick={onUndo}>
          {undo}
        </Button>
      )}
    </Stack>
  );
}

/** Under a secret: stored (leave empty to keep) or will be replaced, with an undo. */
export function SecretState({ control, name, label, onUndo }: Props) {
  const m = useMessages().edit;
  const value = useWatch({ control, name });
  const typed = typeof value === 'string' && value !== '';
  return typed ? (
    <StateLine text={m.secretReplaced(label)} undo={m.keepStored(label)} onUndo={onUndo} />
  ) : (
    <StateLine text={m.secretStored(label)} onUndo={onUndo} />
  );
}

/** Under the key ID: emptying a stored one clears it (the one field null clears, 0001). */
export function ClearableState({
  control,
  name,
  label,
  onUndo,
  stored,
}: Props & { stored: string }) {
  const m = useMessages().edit;
  const value = useWatch({ control, name });
  if (stored === '' || (typeof value === 'string' && value.trim() !== '')) return null;
  return <StateLine text={m.willBeCleared(label)} undo={m.undo} onUndo={onUndo} />;
}
