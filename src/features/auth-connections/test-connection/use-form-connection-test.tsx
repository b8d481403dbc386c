// Test, beside Save, for the create and edit forms: validates what is typed (errors show beside
// their fields, as for Save), sends it to the test endpoint with the probe URL, and shows the
// result. Typing again marks the result out of date. The probe URL lives here, not in the form
// values, so Save never sends it (the contract has no field for it). No test goes through
// TanStack Query: its variables would hold the typed secrets in the mutation cache.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useEffect, useState, type ReactNode } from 'react';
import {
  useWatch,
  type Control,
  type Path,
  type UseFormGetValues,
  type UseFormHandleSubmit,
  type UseFormSetError,
} from 'react-hook-form';
import { connectionTestPlan, type ConnectionTestResult } from '../../../../contract/index.ts';
import { ValidationError, type ApiError } from '../../../api/errors.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { classifySaveError } from '../create/save-errors.ts';
import { formLevelErrors } from '../form/connection-form-sections.tsx';
import type { ConnectionFormValues } from '../form/form-values.ts';
import { ProbeUrlField } from './probe-url-field.tsx';
import { useConnectionTestAvailable } from './test-availability.tsx';
import { TestResultView } from './test-result-view.tsx';

type Options<Body extends object> = {
  control: Control<ConnectionFormValues>;
  /** The form's own: what is typed when a test starts is what its result speaks for. */
  getValues: UseFormGetValues<ConnectionFormValues>;
  setError: UseFormSetError<ConnectionFormValues>;
  /** The form's own, so Test validates what is typed the way Save does. */
  handleSubmit: UseFormHandleSubmit<ConnectionFormValues>;
  authType: string;
  /** The body Save would send for these values; the probe URL, when there is one, is added. */
  toBody: (values: ConnectionFormValues) => Body;
  send: (body: Body & { probe_url?: string }) => Promise<ConnectionTestResult>;
};

export interface FormConnectionTest {
  /** Null when the API has no test endpoint. */
  button: ReactNode;
  panel: ReactNode;
}

/** What the form holds, with the probe URL: a test's result speaks for this snapshot only. */
const snapshotOf = (values: unknown, probeUrl: string) => JSON.stringify([values, probeUrl]);

/**
 * Mounted once a test has a result: from then on every keystroke re-renders it (alone) to tell
 * whether the form still holds what was tested. Before the first test it is not there, so typing
 * does not copy and serialise the whole form on every key (docs/decisions/0131).
 */
function StaleWatch(props: {
  control: Control<ConnectionFormValues>;
  probeUrl: string;
  tested: string;
  onStale: (stale: boolean) => void;
}) {
  const { control, probeUrl, tested, onStale } = props;
  const snapshot = snapshotOf(useWatch({ control }), probeUrl);
  useEffect(() => {
    onStale(tested !== snapshot);
  }, [snapshot, tested, onStale]);
  return null;
}

/** The form's values when they are valid (errors shown beside their fields), else undefined. */
function validValues(
  handleSubmit: UseFormHandleSubmit<ConnectionFormValues>,
): Promise<ConnectionFormValues | undefined> {
  return new Promise((resolve) => {
    void handleSubmit(resolve, () => resolve(undefined))();
  });
}

export function useFormConnectionTest<Body extends object>(
  opts: Options<Body>,
): FormConnectionTest {
  const { control, getValues, setError, handleSubmit, authType, toBody, send } = opts;
  const available = useConnectionTestAvailable();
  const m = useMessages();
  const needsProbe = connectionTestPlan(authType) === 'probe';
  const [probeUrl, setProbeUrl] = useState('');
  const [probeError, setProbeError] = useState<string | null>(null);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [stale, setStale] = useState(false);
  // What was tested, to tell when the form moves away from it. Memory only, like the form itself.
  const [tested, setTested] = useState<string | null>(null);

  const start = async () => {
    setFailure(null);
    setProbeError(null);
    const valid = await validValues(handleSubmit);
    if (!valid) return;
    const snapshot = snapshotOf(getValues(), probeUrl);
    setPending(true);
    try {
      const probe = needsProbe && probeUrl.trim() ? probeUrl.trim() : undefined;
      const answer = await send({ ...toBody(valid), ...(probe ? { probe_url: probe } : {}) });
      setTested(snapshot);
      setStale(false);
      setResult(answer);
    } catch (error) {
      const probeItem =
        error instanceof ValidationError
          ? error.items.find((item) => item.loc[item.loc.length - 1] === 'probe_url')
          : undefined;
      if (probeItem) {
        setProbeError(probeItem.msg);
        return;
      }
      const classified = classifySaveError(error as ApiError, valid, { messages: m });
      if (classified.kind === 'fields') {
        classified.fieldErrors.forEach(([path, message], i) =>
          setError(
            path as Path<ConnectionFormValues>,
            { type: 'server', message },
            { shouldFocus: i === 0 },
          ),
        );
      }
      setFailure(
        classified.kind === 'unauthorized'
          ? m.create.unauthorized
          : formLevelErrors(classified).join(' ') || null,
      );
    } finally {
      setPending(false);
    }
  };

  if (!available) return { button: null, panel: null };

  return {
    button: (
      <Button
        variant="outlined"
        onClick={() => void start()}
        disabled={pending}
        startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
      >
        {pending ? m.connectionTest.testing : m.connectionTest.test}
      </Button>
    ),
    panel: (
      <>
        {needsProbe && <ProbeUrlField value={probeUrl} onChange={setProbeUrl} error={probeError} />}
        {tested !== null && (
          <StaleWatch control={control} probeUrl={probeUrl} tested={tested} onStale={setStale} />
        )}
        {failure && <Alert severity="error">{failure}</Alert>}
        {result && <TestResultView key={result.tested_at} result={result} stale={stale} />}
      </>
    ),
  };
}
