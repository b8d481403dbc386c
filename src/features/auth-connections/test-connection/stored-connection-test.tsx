// "Test connection" on the detail page: tests the stored connection with its stored secrets, says
// when it was last tested and how it went (our server's `last_test` on list items; without it,
// just nothing is said), and shows the same result view as the forms.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  connectionTestPlan,
  type AuthConnection,
  type ConnectionTestResult,
  type LastConnectionTest,
} from '../../../../contract/index.ts';
import { testStoredConnection } from '../../../api/connection-test-endpoints.ts';
import { ValidationError } from '../../../api/errors.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { errorText } from '../error-text.ts';
import { authConnectionKeys, useApiClient } from '../queries.ts';
import { ProbeUrlField } from './probe-url-field.tsx';
import { useConnectionTestAvailable } from './test-availability.tsx';
import { TestResultView } from './test-result-view.tsx';

function lastTestOf(connection: AuthConnection): LastConnectionTest | undefined {
  return (connection as { last_test?: LastConnectionTest }).last_test;
}

export function StoredConnectionTest({ connection }: { connection: AuthConnection }) {
  const available = useConnectionTestAvailable();
  const m = useMessages();
  const t = m.connectionTest;
  const client = useApiClient();
  const queryClient = useQueryClient();
  const headingId = useId();
  const needsProbe = connectionTestPlan(connection.auth_type) === 'probe';
  const [probeUrl, setProbeUrl] = useState('');
  const [probeError, setProbeError] = useState<string | null>(null);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!available) return null;
  const last = lastTestOf(connection);

  const run = async () => {
    setPending(true);
    setFailure(null);
    setProbeError(null);
    try {
      const answer = await testStoredConnection(
        client,
        connection.id,
        needsProbe && probeUrl.trim() ? { probe_url: probeUrl.trim() } : {},
      );
      setResult(answer);
      // The server kept this as the connection's last test.
      void queryClient.invalidateQueries({ queryKey: authConnectionKeys.lists() });
    } catch (error) {
      const probeItem =
        error instanceof ValidationError
          ? error.items.find((item) => item.loc[item.loc.length - 1] === 'probe_url')
          : undefined;
      if (probeItem) setProbeError(probeItem.msg);
      else setFailure(errorText(error as Error, m));
    } finally {
      setPending(false);
    }
  };

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, md: 3 } }}
    >
      <Stack spacing={2} useFlexGap>
        <Typography variant="h2" id={headingId}>
          {t.testConnection}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {last
            ? `${t.lastTested(new Date(last.tested_at).toLocaleString())}: ${last.ok ? t.lastWorked : t.lastFailed}`
            : t.neverTested}
        </Typography>
        {needsProbe && <ProbeUrlField value={probeUrl} onChange={setProbeUrl} error={probeError} />}
        <Stack direction="row">
          <Button
            variant="outlined"
            onClick={() => void run()}
            disabled={pending}
            startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {pending ? t.testing : t.testConnection}
          </Button>
        </Stack>
        {failure && <Alert severity="error">{failure}</Alert>}
        {result && <TestResultView key={result.tested_at} result={result} />}
      </Stack>
    </Paper>
  );
}
