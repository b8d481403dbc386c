// New connection: pick a type (kept in the URL by the host, e.g. ?type=mtls), fill its form, save.
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AuthConnection, CreateAuthType } from '../../../../contract/index.ts';
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
  return (
    <Stack spacing={3} useFlexGap sx={{ maxWidth: 880, mx: 'auto' }}>
      <div>
        <Typography variant="h1" gutterBottom>
          New auth connection
        </Typography>
        <Typography color="text.secondary">
          Stored credentials your tools, MCP servers and integrations use to call outside APIs.
          Secrets are write-only: once saved, nobody can read them back.
        </Typography>
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
