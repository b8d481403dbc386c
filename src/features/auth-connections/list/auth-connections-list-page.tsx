import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useApiClient, useOnUnauthorized } from '../../../api/api-client-context.tsx';
import { UnauthorizedError } from '../../../api/errors.ts';
import { authConnectionsListOptions } from '../queries.ts';
import { ConnectionsTable } from './connections-table.tsx';
import { EmptyState, ListSkeleton, LoadErrorAlert, UnauthorizedAlert } from './list-states.tsx';

export interface AuthConnectionsListPageProps {
  /** Where "New connection" leads; a plain href, so any router (or none) can handle it. */
  createHref?: string;
  /** The connection just created: highlighted in the table, with a confirmation above it. */
  createdId?: string | null;
}

export function AuthConnectionsListPage(props: AuthConnectionsListPageProps) {
  const { createHref = '/new', createdId } = props;
  const [dismissedId, setDismissedId] = useState<string | null>(null);
  const client = useApiClient();
  const onUnauthorized = useOnUnauthorized();
  const list = useQuery(authConnectionsListOptions(client));

  const sorted = useMemo(
    () =>
      list.data
        ? [...list.data].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
        : undefined,
    [list.data],
  );

  const created = createdId ? sorted?.find((c) => c.id === createdId) : undefined;

  let content;
  if (sorted && sorted.length > 0) {
    content = <ConnectionsTable connections={sorted} highlightedId={createdId} />;
  } else if (sorted) {
    content = <EmptyState createHref={createHref} />;
  } else if (list.error instanceof UnauthorizedError) {
    content = <UnauthorizedAlert onReconnect={onUnauthorized} />;
  } else if (list.error) {
    content = (
      <LoadErrorAlert
        message={list.error.message}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  } else {
    content = <ListSkeleton />;
  }

  return (
    <Box component="section" aria-labelledby="auth-connections-title">
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 3, justifyContent: 'space-between', alignItems: { sm: 'flex-end' } }}
      >
        <Box>
          <Typography variant="h1" id="auth-connections-title" gutterBottom>
            Auth connections
          </Typography>
          <Typography sx={{ color: 'text.secondary' }}>
            Credentials that tools, MCP servers and integrations use to call outside APIs.
          </Typography>
        </Box>
        <Button
          variant="contained"
          href={createHref}
          startIcon={<AddIcon />}
          sx={{ flexShrink: 0, alignSelf: { xs: 'flex-start', sm: 'auto' } }}
        >
          New connection
        </Button>
      </Stack>
      {created && dismissedId !== created.id && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setDismissedId(created.id)}>
          “{created.name}” was created. Its secrets are stored encrypted and are never shown again.
        </Alert>
      )}
      {content}
    </Box>
  );
}
