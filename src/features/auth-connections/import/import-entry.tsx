// The Import entry of the create and replace pages: a button until opened, then the importer,
// whose code (and the parsers, and their words) loads only then, in its own chunks.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import UploadFile from '@mui/icons-material/UploadFile';
import { lazyWithRetry } from '../../../components/lazy-with-retry.tsx';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { ImportPanelProps } from './import-panel.tsx';

function Loading() {
  const m = useMessages();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 2 }}>
      <CircularProgress size={28} aria-label={m.common.loadingPage} />
    </Box>
  );
}

const LazyImportPanel = lazyWithRetry<ImportPanelProps>(
  () => import('./import-panel.tsx').then((module) => ({ default: module.ImportPanel })),
  <Loading />,
);

export function ImportEntry(props: Omit<ImportPanelProps, 'onClose'>) {
  const [open, setOpen] = useState(false);
  const m = useMessages();
  if (open) return <LazyImportPanel {...props} onClose={() => setOpen(false)} />;
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      useFlexGap
      sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
    >
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {m.create.importHint}
      </Typography>
      <Button
        variant="outlined"
        startIcon={<UploadFile />}
        onClick={() => setOpen(true)}
        sx={{ flexShrink: 0 }}
      >
        {m.create.importOpen}
      </Button>
    </Stack>
  );
}
