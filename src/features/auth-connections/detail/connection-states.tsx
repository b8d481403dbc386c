// The states every page about one connection shares: loading, the list failing, no such id.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { AuthConnection } from '../../../../contract/index.ts';
import { UnauthorizedError } from '../../../api/errors.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { errorText } from '../error-text.ts';

type Props = {
  query: UseQueryResult<AuthConnection | null>;
  listHref: string;
  children: (connection: AuthConnection) => ReactNode;
};

/** Renders `children` once the connection is known; otherwise the state that explains why not. */
export function WithConnection({ query, listHref, children }: Props) {
  const m = useMessages();
  if (query.isPending) {
    return (
      <Stack spacing={2} useFlexGap aria-busy="true" aria-label={m.detail.loading}>
        <Skeleton variant="text" width="40%" height={40} />
        <Skeleton variant="rounded" height={120} />
        <Skeleton variant="rounded" height={240} />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Alert
        severity="error"
        action={
          query.error instanceof UnauthorizedError ? undefined : (
            <Button color="inherit" onClick={() => void query.refetch()}>
              {m.common.retry}
            </Button>
          )
        }
      >
        {m.detail.loadFailed(errorText(query.error, m))}
      </Alert>
    );
  }
  if (!query.data) {
    return (
      <Paper variant="outlined" sx={{ p: 4 }}>
        <Typography variant="h1" gutterBottom>
          {m.detail.notFoundTitle}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {m.detail.notFoundText}
        </Typography>
        <Button variant="outlined" href={listHref}>
          {m.detail.goToList}
        </Button>
      </Paper>
    );
  }
  return <>{children(query.data)}</>;
}
