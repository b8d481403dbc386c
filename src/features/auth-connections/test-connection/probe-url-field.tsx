// The probe URL a test calls with the credential, for the types whose test needs one.
import TextField from '@mui/material/TextField';
import { useMessages } from '../../../i18n/lazy-messages.ts';

type Props = { value: string; onChange: (value: string) => void; error?: string | null };

export function ProbeUrlField({ value, onChange, error }: Props) {
  const m = useMessages().connectionTest;
  return (
    <TextField
      label={m.probeUrl}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder={m.probeUrlPlaceholder}
      helperText={error ?? m.probeUrlHelp}
      error={Boolean(error)}
      type="url"
      autoComplete="off"
      fullWidth
    />
  );
}
