// Edit one connection at /connections/<id>/edit. Only the 4 types the API can update; the others
// are sent to Replace.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AuthConnection } from '../../../../contract/index.ts';
import { isGeneric } from '../../../../contract/is-generic.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { authTypeInfo, canCreate, canUpdate } from '../auth-types.ts';
import { WithConnection } from '../detail/connection-states.tsx';
import { useAuthConnection } from '../detail/use-auth-connection.ts';
import { EditConnectionForm } from './edit-connection-form.tsx';
import { BackLink } from '../../../components/back-link.tsx';

export type EditConnectionPageProps = {
  id: string;
  listHref: string;
  detailHref: string;
  replaceHref: string;
  onSaved: (connection: AuthConnection) => void;
  onCancel: () => void;
};

export function EditConnectionPage(props: EditConnectionPageProps) {
  const query = useAuthConnection(props.id);
  // Once the form is open it stays open, even when a later list read fails or no longer has the
  // connection (deleted by someone else): unmounting it would throw away what was typed. The
  // form itself says what happened when a save meets it.
  const [opened, setOpened] = useState<AuthConnection | null>(null);
  const m = useMessages();
  if (query.data && query.data !== opened) setOpened(query.data);
  const render = (connection: AuthConnection) => {
    const info = authTypeInfo(connection.auth_type, m);
    const authType = connection.auth_type;
    return (
      <>
        <div>
          <Typography variant="h1" gutterBottom>
            {m.edit.title(connection.name)}
          </Typography>
          <Typography sx={{ color: 'text.secondary' }}>{m.edit.intro(info.label)}</Typography>
        </div>
        {canUpdate(authType) && !isGeneric(connection) ? (
          <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }}>
            <EditConnectionForm
              // A fresh form per connection, so a stale one never shows another's values.
              key={connection.id}
              connection={connection}
              authType={authType}
              replaceHref={props.replaceHref}
              onSaved={props.onSaved}
              onCancel={props.onCancel}
            />
          </Paper>
        ) : (
          <Alert
            severity="info"
            action={
              canCreate(authType) ? (
                <Button color="inherit" href={props.replaceHref}>
                  {m.detail.replace}
                </Button>
              ) : undefined
            }
          >
            {info.readOnly
              ? m.edit.readOnly(info.managedElsewhere ?? '')
              : m.edit.notUpdatable(info.label)}
          </Alert>
        )}
      </>
    );
  };
  return (
    <Stack spacing={3} useFlexGap sx={{ maxWidth: 880, mx: 'auto' }}>
      <BackLink href={props.detailHref} label={m.detail.backToConnection} />
      {opened?.id === props.id ? (
        render(query.data ?? opened)
      ) : (
        <WithConnection query={query} listHref={props.listHref}>
          {render}
        </WithConnection>
      )}
    </Stack>
  );
}
