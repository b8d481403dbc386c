// One connection at its own URL: what it is, its settings (secrets only as "stored"), and what
// depends on it. It reads from the list query (the API has no GET by id).
import { useId, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import type { AuthConnection } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { authTypeInfo, canCreate, canUpdate } from '../auth-types.ts';
import { DeleteConnectionDialog } from '../delete/delete-connection-dialog.tsx';
import { StatusChip } from '../list/status-chip.tsx';
import { UsedBySection } from '../used-by/used-by-section.tsx';
import { WithConnection } from './connection-states.tsx';
import { detailFields, secretEntries } from './detail-fields.ts';
import { DetailValueView } from './detail-value.tsx';
import { useAuthConnection } from './use-auth-connection.ts';
import { BackLink } from '../../../components/back-link.tsx';
import { StoredConnectionTest } from '../test-connection/stored-connection-test.tsx';

export type ConnectionDetailPageProps = {
  id: string;
  listHref: string;
  editHref: string;
  replaceHref: string;
  /** Shows a "saved" confirmation, e.g. after Edit brought the admin back here. */
  saved?: boolean;
  onDeleted: (connection: AuthConnection) => void;
};

export function ConnectionDetailPage(props: ConnectionDetailPageProps) {
  const query = useAuthConnection(props.id);
  const m = useMessages();
  return (
    <Stack spacing={3} useFlexGap sx={{ maxWidth: 960, mx: 'auto' }}>
      <BackLink href={props.listHref} label={m.detail.allConnections} />
      <WithConnection query={query} listHref={props.listHref}>
        {(connection) => <ConnectionDetail connection={connection} {...props} />}
      </WithConnection>
    </Stack>
  );
}

function ConnectionDetail({
  connection,
  editHref,
  replaceHref,
  saved,
  onDeleted,
}: ConnectionDetailPageProps & { connection: AuthConnection }) {
  const m = useMessages();
  const info = authTypeInfo(connection.auth_type, m);
  const [deleting, setDeleting] = useState(false);
  const settingsId = useId();
  const usedById = useId();
  const fields = detailFields(connection, m);
  const secrets = secretEntries(connection.auth_type, m);
  const updatable = canUpdate(connection.auth_type);
  const replaceable = canCreate(connection.auth_type);
  const { Icon } = info;

  return (
    <>
      {saved && <Alert severity="success">{m.detail.saved}</Alert>}
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap>
          <Box
            aria-hidden
            sx={{
              width: 48,
              height: 48,
              borderRadius: 1.5,
              display: 'grid',
              placeItems: 'center',
              bgcolor: 'action.hover',
              color: 'primary.main',
              flexShrink: 0,
            }}
          >
            <Icon />
          </Box>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
              {connection.name}
            </Typography>
            <Typography sx={{ color: 'text.secondary' }}>
              {info.label}
              {connection.provider ? ` · ${connection.provider}` : ''}
            </Typography>
            <Stack
              direction="row"
              spacing={1}
              useFlexGap
              sx={{ mt: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
            >
              <StatusChip status={connection.status} />
              {connection.status_detail && (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {connection.status_detail}
                </Typography>
              )}
              {connection.status_updated_at && (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {m.detail.since(formatDate(connection.status_updated_at))}
                </Typography>
              )}
            </Stack>
          </Box>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}
          >
            {updatable && (
              <Button variant="contained" href={editHref} startIcon={<EditOutlinedIcon />}>
                {m.detail.edit}
              </Button>
            )}
            {replaceable && (
              <Button
                variant={updatable ? 'outlined' : 'contained'}
                href={replaceHref}
                startIcon={<SwapHorizIcon />}
              >
                {m.detail.replace}
              </Button>
            )}
            <Button
              color="error"
              variant="outlined"
              startIcon={<DeleteOutlineIcon />}
              onClick={() => setDeleting(true)}
            >
              {m.common.delete}
            </Button>
          </Stack>
        </Stack>
      </Paper>

      {info.readOnly && (
        <Alert severity="info">{m.detail.readOnly(info.managedElsewhere ?? '')}</Alert>
      )}
      {replaceable && !updatable && (
        <Alert severity="info" variant="outlined">
          {m.detail.notUpdatable(info.label)}
        </Alert>
      )}

      <Paper
        variant="outlined"
        component="section"
        aria-labelledby={settingsId}
        sx={{ p: { xs: 2, md: 3 } }}
      >
        <Typography variant="h2" id={settingsId} sx={{ mb: 2 }}>
          {m.detail.settings}
        </Typography>
        {fields.length === 0 && secrets.length === 0 ? (
          <Typography sx={{ color: 'text.secondary' }}>{m.detail.noSettings}</Typography>
        ) : (
          <Box
            component="dl"
            sx={{
              m: 0,
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: 'minmax(160px, 220px) 1fr' },
              columnGap: 3,
              rowGap: { xs: 0.5, sm: 1.5 },
            }}
          >
            {fields.map((field) => (
              <Row key={field.name} label={field.label}>
                <DetailValueView value={field.value} />
              </Row>
            ))}
            {secrets.map((secret) => (
              <Row key={secret.name} label={secret.label}>
                <Chip
                  size="small"
                  variant="outlined"
                  icon={<LockOutlinedIcon aria-hidden />}
                  label={secret.optional ? m.detail.secretOptional : m.detail.secretStored}
                />
              </Row>
            ))}
          </Box>
        )}
        {secrets.length > 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 2 }}>
            {m.detail.secretsNote}
            {updatable ? m.detail.secretsEditNote : ''}
          </Typography>
        )}
      </Paper>

      <StoredConnectionTest connection={connection} />

      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <UsedBySection
          usedBy={connection.used_by}
          connectionName={connection.name}
          typeLabel={info.label}
          headingId={usedById}
        />
      </Paper>

      <DeleteConnectionDialog
        connection={connection}
        open={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={onDeleted}
      />
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography
        component="dt"
        sx={{ color: 'text.secondary', fontWeight: 500, mt: { xs: 1, sm: 0 } }}
      >
        {label}
      </Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
