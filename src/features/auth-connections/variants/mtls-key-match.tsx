// mTLS: tells, before saving, whether the private key belongs to the certificate. The check runs
// in the lazily loaded PEM module; the server checks again on save.
import Alert from '@mui/material/Alert';
import { useEffect, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { loadPemInspect } from '../../../components/load-pem-inspect.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import type { ConnectionFormValues } from '../form/form-values.ts';

type Verdict = 'match' | 'mismatch' | 'unknown';

export function MtlsKeyMatch({ control }: { control: Control<ConnectionFormValues> }) {
  const m = useMessages();
  const [certificate, key] = useWatch({ control, name: ['client_certificate', 'client_key'] });
  // The verdict remembers which pair it was computed for, so a stale answer is never shown.
  const [result, setResult] = useState<{ pair: string; verdict: Verdict } | null>(null);
  const ready = certificate.includes('CERTIFICATE-----') && key.includes('PRIVATE KEY-----');
  const pair = `${certificate}\u0000${key}`;

  useEffect(() => {
    if (!ready) return;
    let current = true;
    const settle = (verdict: Verdict) => current && setResult({ pair, verdict });
    loadPemInspect()
      .then((pem) => pem.publicKeyMatches(certificate, key))
      .then((matches) => settle(matches === null ? 'unknown' : matches ? 'match' : 'mismatch'))
      .catch(() => settle('unknown'));
    return () => void (current = false);
  }, [ready, pair, certificate, key]);

  const verdict = ready && result?.pair === pair ? result.verdict : null;
  if (verdict === null) return null;
  if (verdict === 'match') {
    return <Alert severity="success">{m.variants.keyMatches}</Alert>;
  }
  if (verdict === 'mismatch') {
    return <Alert severity="error">{m.variants.keyMismatch}</Alert>;
  }
  return <Alert severity="info">{m.variants.keyUnknown}</Alert>;
}
