// Replace a connection at /connections/<id>/replace: for the types the API can't update (custom
// header, private key JWT, mTLS) and for renaming any creatable type. A create form of the same
// type, prefilled with the stored non-secret values; once saved, what still uses the old one is
// listed (it must be re-pointed) and the old one can be deleted.
import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import type { AuthConnection, CreateAuthType } from '../../../../contract/index.ts';
import { authTypeInfo } from '../auth-types.ts';
import { ConnectionForm } from '../create/connection-form.tsx';
import { DeleteConnectionDialog } from '../delete/delete-connection-dialog.tsx';
import { WithConnection } from '../detail/connection-states.tsx';
import { useAuthConnection } from '../detail/use-auth-connection.ts';
import { useUnsavedChangesGuard } from '../edit/use-unsaved-changes-guard.tsx';
import { connectionToFormValues, creatableTypeOf } from '../form/from-connection.ts';
import { UsedByList } from '../used-by/used-by-list.tsx';
import { dependentsPhrase, usedByModel } from '../used-by/used-by-model.ts';

export type ReplaceConnectionPageProps = {
  id: string;
  listHref: string;
  detailHref: string;
  connectionHref: (id: string) => string;
  onCancel: () => void;
  /** After the old connection was deleted (the list already shows it gone). */
  onDeletedOld: (connection: AuthConnection) => void;
};

export function ReplaceConnectionPage(props: ReplaceConnectionPageProps) {
  const query = useAuthConnection(props.id);
  const [created, setCreated] = useState<AuthConnection | null>(null);
  return (
    <Stack spacing={3} useFlexGap sx={{ maxWidth: 880, mx: 'auto' }}>
      <div>
        <Link href={props.detailHref} underline="hover" sx={{ display: 'inline-flex', gap: 0.5 }}>
          <ArrowBackIcon fontSize="small" aria-hidden />
          Back to the connection
        </Link>
      </div>
      <WithConnection query={query} listHref={props.listHref}>
        {(old) => {
          const authType = creatableTypeOf(old);
          if (!authType) {
            const info = authTypeInfo(old.auth_type);
            return (
              <Alert severity="info">
                {old.name} can&apos;t be replaced here: {info.label} connections are created
                elsewhere. {info.managedElsewhere}
              </Alert>
            );
          }
          return created ? (
            <Replaced old={old} created={created} {...props} />
          ) : (
            <ReplaceForm old={old} authType={authType} onCreated={setCreated} {...props} />
          );
        }}
      </WithConnection>
    </Stack>
  );
}

function ReplaceForm({
  old,
  authType,
  onCreated,
  onCancel,
}: ReplaceConnectionPageProps & {
  old: AuthConnection;
  authType: CreateAuthType;
  onCreated: (c: AuthConnection) => void;
}) {
  const initialValues = useMemo(() => connectionToFormValues(old, authType), [old, authType]);
  const [dirty, setDirty] = useState(false);
  const [done, setDone] = useState(false);
  const guard = useUnsavedChangesGuard(dirty && !done);
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), []);
  const info = authTypeInfo(authType);
  return (
    <>
      <div>
        <Typography variant="h1" gutterBottom>
          Replace {old.name}
        </Typography>
        <Typography sx={{ color: 'text.secondary' }}>
          This creates a new {info.label} connection, prefilled with the values of {old.name}.
          Change what you need, the name included. Secrets are write-only and can&apos;t be copied:
          enter them again. {old.name} stays in place until you delete it.
        </Typography>
      </div>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <ConnectionForm
          authType={authType}
          initialValues={initialValues}
          submitLabel="Create replacement"
          onDirtyChange={onDirtyChange}
          onCreated={(connection) => {
            setDone(true);
            onCreated(connection);
          }}
          onCancel={() => guard.confirmLeave(onCancel)}
        />
      </Paper>
      {guard.dialog}
    </>
  );
}

function Replaced({
  old,
  created,
  connectionHref,
  onDeletedOld,
}: ReplaceConnectionPageProps & { old: AuthConnection; created: AuthConnection }) {
  const [deleting, setDeleting] = useState(false);
  const model = useMemo(() => usedByModel(old.used_by), [old.used_by]);
  return (
    <>
      <Alert severity="success">
        {created.name} was created. {old.name} still exists, unchanged.
      </Alert>
      <Paper
        variant="outlined"
        component="section"
        aria-labelledby="repoint-heading"
        sx={{ p: { xs: 2, md: 3 } }}
      >
        <Stack spacing={2} useFlexGap>
          <Typography variant="h2" id="repoint-heading">
            {model.total > 0 ? `Re-point what uses ${old.name}` : `Nothing uses ${old.name}`}
          </Typography>
          {model.total > 0 ? (
            <>
              <Typography sx={{ color: 'text.secondary' }}>
                {dependentsPhrase(model.total)} still {model.total === 1 ? 'uses' : 'use'}{' '}
                {old.name}. Point each of them at {created.name} where it is configured, then delete{' '}
                {old.name}: deleting it first breaks their next call.
              </Typography>
              <UsedByList model={model} headingLevel={3} />
            </>
          ) : (
            <Typography sx={{ color: 'text.secondary' }}>
              No tool, MCP server or integration connection depends on it, so it can be deleted now.
            </Typography>
          )}
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="contained" href={connectionHref(created.id)}>
              Open {created.name}
            </Button>
            <Button
              color="error"
              variant="outlined"
              startIcon={<DeleteOutlinedIcon />}
              onClick={() => setDeleting(true)}
            >
              Delete {old.name}
            </Button>
          </Stack>
        </Stack>
      </Paper>
      <DeleteConnectionDialog
        connection={old}
        open={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={onDeletedOld}
      />
    </>
  );
}
