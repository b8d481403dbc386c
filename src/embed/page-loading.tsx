import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useMessages } from '../i18n/messages-context.tsx';

/** What a lazily loaded page shows while its code arrives. */
export function PageLoading() {
  const m = useMessages();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 8 }}>
      <CircularProgress aria-label={m.common.loadingPage} />
    </Box>
  );
}
