// New connection: pick a type (kept in the URL by the host, e.g. ?type=mtls), fill its form, save.
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AuthConnection, CreateAuthType } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';
import { ImportEntry } from '../import/import-entry.tsx';
import { ConnectionForm } from './connection-form.tsx';
import { FormWarmUp } from './form-warm-up.tsx';
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
  // Values an import filled. The form remounts with them (a new key); until the host's URL
  // catches up with the type the import picked, the form already shows that type.
  const [imported, setImported] = useState<{
    values: ConnectionFormValues;
    key: number;
    settled: boolean;
  } | null>(null);
  if (imported && !imported.settled && authType === imported.values.auth_type) {
    setImported({ ...imported, settled: true });
  }
  const formType = imported && !imported.settled ? imported.values.auth_type : authType;
  const onFilled = (values: ConnectionFormValues) => {
    setImported((previous) => ({ values, key: (previous?.key ?? 0) + 1, settled: false }));
    if (values.auth_type !== authType) onAuthTypeChange(values.auth_type);
  };
  return (
    <Stack spacing={3} useFlexGap sx={{ maxWidth: 880, mx: 'auto' }}>
      <div>
        <Typography variant="h1" gutterBottom>
          {m.create.title}
        </Typography>
        <Typography color="text.secondary">{m.create.intro}</Typography>
      </div>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <ImportEntry currentType={formType} onFilled={onFilled} />
      </Paper>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <TypePicker value={formType} onChange={onAuthTypeChange} />
        <FormWarmUp shown={formType} />
      </Paper>
      {formType && (
        <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
          <ConnectionForm
            key={imported?.key ?? 0}
            authType={formType}
            initialValues={imported?.values}
            onCreated={onCreated}
            onCancel={onCancel}
          />
        </Paper>
      )}
    </Stack>
  );
}
