// Replace a connection at /connections/<id>/replace: for the types the API can't update (custom
// header, private key JWT, mTLS) and for renaming any creatable type. A create form of the same
// type, prefilled with the stored non-secret values; once saved, what still uses the old one is
// listed (it must be re-pointed) and the old one can be deleted.
import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import type { AuthConnection, CreateAuthType } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { authTypeInfo } from '../auth-types.ts';
import { ConnectionForm } from '../create/connection-form.tsx';
import { DeleteConnectionDialog } from '../delete/delete-connection-dialog.tsx';
import { WithConnection } from '../detail/connection-states.tsx';
import { useAuthConnection } from '../detail/use-auth-connection.ts';
import { useUnsavedChangesGuard } from '../edit/use-unsaved-changes-guard.tsx';
import { connectionToFormValues, creatableTypeOf } from '../form/from-connection.ts';
import { UsedByList } from '../used-by/used-by-list.tsx';
import { usedByModel } from '../used-by/used-by-model.ts';
import { ImportEntry } from '../import/import-entry.tsx';
import type { ConnectionFormValues } from '../form/form-values.ts';
import { BackLink } from '../../../components/back-link.tsx';

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
  const m = useMessages();
  return (
    <Stack spacing={3} useFlexGap sx={{ maxWidth: 880, mx: 'auto' }}>
      <BackLink href={props.detailHref} label={m.detail.backToConnection} />
      <WithConnection query={query} listHref={props.listHref}>
        {(old) => {
          const authType = creatableTypeOf(old);
          if (!authType) {
            const info = authTypeInfo(old.auth_type, m);
            return (
              <Alert severity="info">
                {m.replace.cannotReplace(old.name, info.label, info.managedElsewhere ?? '')}
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
  // An import remounts the form with its values; they are unsaved changes too.
  const [imported, setImported] = useState<{ values: ConnectionFormValues; key: number } | null>(
    null,
  );
  const guard = useUnsavedChangesGuard((dirty || imported !== null) && !done);
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), []);
  const m = useMessages();
  const info = authTypeInfo(authType, m);
  return (
    <>
      <div>
        <Typography variant="h1" gutterBottom>
          {m.replace.title(old.name)}
        </Typography>
        <Typography sx={{ color: 'text.secondary' }}>
          {m.replace.intro(info.label, old.name)}
        </Typography>
      </div>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <ImportEntry
          currentType={authType}
          fixed={{ authType, base: initialValues }}
          onFilled={(values) =>
            setImported((previous) => ({ values, key: (previous?.key ?? 0) + 1 }))
          }
        />
      </Paper>
      <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
        <ConnectionForm
          key={imported?.key ?? 0}
          authType={authType}
          initialValues={imported?.values ?? initialValues}
          submitLabel={m.replace.submit}
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
  const m = useMessages();
  const model = useMemo(() => usedByModel(old.used_by, m.dependents), [old.used_by, m.dependents]);
  return (
    <>
      <Alert severity="success">{m.replace.created(created.name, old.name)}</Alert>
      <Paper
        variant="outlined"
        component="section"
        aria-labelledby="repoint-heading"
        sx={{ p: { xs: 2, md: 3 } }}
      >
        <Stack spacing={2} useFlexGap>
          <Typography variant="h2" id="repoint-heading">
            {model.total > 0
              ? m.replace.repointTitle(old.name)
              : m.replace.nothingUsesTitle(old.name)}
          </Typography>
          {model.total > 0 ? (
            <>
              <Typography sx={{ color: 'text.secondary' }}>
                {m.replace.repointText(model.total, old.name, created.name)}
              </Typography>
              <UsedByList model={model} headingLevel={3} />
            </>
          ) : (
            <Typography sx={{ color: 'text.secondary' }}>{m.replace.nothingUsesText}</Typography>
          )}
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="contained" href={connectionHref(created.id)}>
              {m.replace.open(created.name)}
            </Button>
            <Button
              color="error"
              variant="outlined"
              startIcon={<DeleteOutlinedIcon />}
              onClick={() => setDeleting(true)}
            >
              {m.replace.deleteOld(old.name)}
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
