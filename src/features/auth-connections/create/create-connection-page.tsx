// New connection: pick a type (kept in the URL by the host, e.g. ?type=mtls), fill its form, save.
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AuthConnection, CreateAuthType } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { ConnectionForm } from './connection-form.tsx';
import { TypePicker } from './type-picker.tsx';

export type CreateConnectionPageProps = {
  /** The chosen type, from the host's URL; null until one is picked. */
  authType: CreateAuthType | null;
  onAuthTypeChange: (authType: CreateAuthType) => void;
  onCreated: (connection: AuthConnection) => void;
  onCancel: () => void;
};

export function CreateConnectionPage({
  authType,
  onAuthTypeChange,
  onCreated,
  onCancel,
}: CreateConnectionPageProps) {
  const m = useMessages();
  return (
    <Stack spacing={3} useFlexGap sx={{ maxWidth: 880, mx: 'auto' }}>
      <div>
        <Typography variant="h1" gutterBottom>
          {m.create.title}
        </Typography>
        <Typography color="text.secondary">{m.create.intro}</Typography>
      </div>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <TypePicker value={authType} onChange={onAuthTypeChange} />
      </Paper>
      {authType && (
        <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
          <ConnectionForm authType={authType} onCreated={onCreated} onCancel={onCancel} />
        </Paper>
      )}
    </Stack>
  );
}
