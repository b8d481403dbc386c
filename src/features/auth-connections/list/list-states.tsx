// The non-table states of the list: loading, empty, and the two kinds of failure.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { RetryButton } from '../../../components/retry-button.tsx';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import KeyIcon from '@mui/icons-material/KeyOutlined';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { useMessages } from '../../../i18n/messages-context.tsx';
import { visuallyHidden } from '../../../components/visually-hidden.ts';

export function ListSkeleton() {
  const m = useMessages();
  return (
    <Paper variant="outlined" sx={{ p: 2 }} aria-busy="true">
      <Typography component="p" sx={visuallyHidden} role="status">
        {m.list.loading}
      </Typography>
      <Stack spacing={1.5} aria-hidden="true">
        <Skeleton variant="text" width="40%" />
        {[0, 1, 2].map((row) => (
          <Stack key={row} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Skeleton variant="text" sx={{ flex: 2 }} />
            <Skeleton variant="text" sx={{ flex: 2 }} />
            <Skeleton variant="text" sx={{ flex: 1 }} />
            <Skeleton variant="rounded" width={64} height={24} />
            <Skeleton variant="text" width={48} />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

export function EmptyState({ createHref }: { createHref: string }) {
  const m = useMessages();
  return (
    <Paper variant="outlined" sx={{ px: 3, py: 6, textAlign: 'center' }}>
      <Box
        sx={{
          mx: 'auto',
          mb: 2,
          width: 56,
          height: 56,
          borderRadius: '50%',
          display: 'grid',
          placeItems: 'center',
          bgcolor: 'action.hover',
          color: 'primary.main',
        }}
      >
        <KeyIcon aria-hidden="true" />
      </Box>
      <Typography variant="h2" component="h2" gutterBottom>
        {m.list.emptyTitle}
      </Typography>
      <Typography sx={{ color: 'text.secondary', maxWidth: 460, mx: 'auto', mb: 3 }}>
        {m.list.emptyText}
      </Typography>
      <Button variant="contained" href={createHref} startIcon={<AddIcon />}>
        {m.list.createFirst}
      </Button>
    </Paper>
  );
}

/** Connections exist, but none matches the search and filters: distinct from the empty state. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  const m = useMessages();
  return (
    <Paper variant="outlined" sx={{ px: 3, py: 5, textAlign: 'center' }}>
      <SearchOffIcon aria-hidden="true" color="action" sx={{ fontSize: 40, mb: 1 }} />
      <Typography variant="h2" component="h2" gutterBottom>
        {m.list.noMatchesTitle}
      </Typography>
      <Typography sx={{ color: 'text.secondary', mb: 2 }}>{m.list.noMatchesText}</Typography>
      <Button variant="outlined" onClick={onClear}>
        {m.list.clearSearchAndFilters}
      </Button>
    </Paper>
  );
}

/** Keyed by the failure: a 429's wait (`waitSeconds`) starts over with each one. */
export function LoadErrorAlert(props: {
  message: string;
  onRetry: () => void;
  retrying: boolean;
  waitSeconds?: number | undefined;
}) {
  const m = useMessages();
  return (
    <Alert
      severity="error"
      action={
        <RetryButton
          onClick={props.onRetry}
          disabled={props.retrying}
          waitSeconds={props.waitSeconds}
        >
          {props.retrying ? m.common.retrying : m.common.retry}
        </RetryButton>
      }
    >
      <AlertTitle>{m.list.loadFailed}</AlertTitle>
      {props.message}
    </Alert>
  );
}

export function UnauthorizedAlert({ onReconnect }: { onReconnect?: () => void }) {
  const m = useMessages();
  return (
    <Alert
      severity="warning"
      action={
        onReconnect && (
          <Button color="inherit" size="small" onClick={onReconnect}>
            {m.common.reconnect}
          </Button>
        )
      }
    >
      <AlertTitle>{m.list.notConnectedTitle}</AlertTitle>
      {m.list.notConnectedText}
    </Alert>
  );
}
