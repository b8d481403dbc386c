// Edit one connection at /connections/<id>/edit. Only the 4 types the API can update; the others
// are sent to Replace.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { AuthConnection } from '../../../../contract/index.ts';
import { authTypeInfo, canCreate, canUpdate } from '../auth-types.ts';
import { WithConnection } from '../detail/connection-states.tsx';
import { useAuthConnection } from '../detail/use-auth-connection.ts';
import { EditConnectionForm } from './edit-connection-form.tsx';

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
  return (
    <Stack spacing={3} useFlexGap sx={{ maxWidth: 880, mx: 'auto' }}>
      <div>
        <Link href={props.detailHref} underline="hover" sx={{ display: 'inline-flex', gap: 0.5 }}>
          <ArrowBackIcon fontSize="small" aria-hidden />
          Back to the connection
        </Link>
      </div>
      <WithConnection query={query} listHref={props.listHref}>
        {(connection) => {
          const info = authTypeInfo(connection.auth_type);
          const authType = connection.auth_type;
          return (
            <>
              <div>
                <Typography variant="h1" gutterBottom>
                  Edit {connection.name}
                </Typography>
                <Typography sx={{ color: 'text.secondary' }}>
                  {info.label}. Changes apply to everything that uses this connection from its next
                  call.
                </Typography>
              </div>
              {canUpdate(authType) && !('generic' in connection) ? (
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
                        Replace
                      </Button>
                    ) : undefined
                  }
                >
                  {info.managedElsewhere
                    ? `This connection is read-only here. ${info.managedElsewhere}`
                    : `The API cannot update a ${info.label} connection. Use Replace to create a new one with the new values.`}
                </Alert>
              )}
            </>
          );
        }}
      </WithConnection>
    </Stack>
  );
}
