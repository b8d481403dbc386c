import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { loadPemInspect } from './load-pem-inspect.ts';
import type { CertificateInfo, PemInfo, PemKind } from './pem-inspect.ts';
import { useMessages } from '../i18n/lazy-messages.ts';
import type { Messages } from '../i18n/messages.ts';
import { dateTimeFormat } from '../i18n/intl-formats.ts';

const EXPIRY_WARNING_DAYS = 30;
const INSPECT_DELAY_MS = 150;
// A CA bundle can hold a hundred certificates; the first few say enough.
const MAX_CERTIFICATES_SHOWN = 3;

function expiredBeyond(certificates: CertificateInfo[]): number {
  return certificates.slice(MAX_CERTIFICATES_SHOWN).filter((cert) => cert.expired).length;
}

type PemWords = Messages['widgets']['pem'];

function validity(
  cert: CertificateInfo,
  w: PemWords,
): {
  label: string;
  color: 'success' | 'warning' | 'error';
} {
  if (cert.expired) return { label: w.expired, color: 'error' };
  if (cert.notYetValid) return { label: w.notValidYet, color: 'warning' };
  if (cert.daysLeft <= EXPIRY_WARNING_DAYS) {
    return { label: w.expiresIn(cert.daysLeft), color: 'warning' };
  }
  return { label: w.valid, color: 'success' };
}

function daysText(cert: CertificateInfo, w: PemWords): string {
  if (cert.expired) return w.expiredAgo(-cert.daysLeft || 1);
  return w.daysLeft(cert.daysLeft);
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
      }}
    >
      {rows.map(([term, detail]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {detail}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function CertificateCard({ cert, title }: { cert: CertificateInfo; title: string }) {
  const w = useMessages().widgets.pem;
  const status = validity(cert, w);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="p">
          {title}
        </Typography>
        <Chip size="small" label={status.label} color={status.color} variant="outlined" />
      </Stack>
      <Facts
        rows={[
          [w.subject, cert.subject || w.emptySubject],
          [w.issuer, cert.issuer === cert.subject ? w.selfSigned(cert.issuer) : cert.issuer],
          [w.validFrom, dateTimeFormat().format(cert.notBefore)],
          [
            w.validUntil,
            <>
              {dateTimeFormat().format(cert.notAfter)}{' '}
              <Box component="span" sx={{ color: `${status.color}.main`, fontWeight: 500 }}>
                ({daysText(cert, w)})
              </Box>
            </>,
          ],
          [
            w.fingerprint,
            <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.75rem' }}>
              {cert.fingerprintSha256}
            </Box>,
          ],
        ]}
      />
    </Stack>
  );
}

function SummaryBody({ info }: { info: PemInfo }) {
  const w = useMessages().widgets.pem;
  switch (info.kind) {
    case 'empty':
      return null;
    case 'invalid':
      return (
        <Alert severity="error" variant="outlined">
          {info.message}
        </Alert>
      );
    case 'certificate':
      return (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            {info.certificates.slice(0, MAX_CERTIFICATES_SHOWN).map((cert, index) => (
              <CertificateCard
                key={cert.fingerprintSha256 + String(index)}
                cert={cert}
                title={
                  info.certificates.length === 1
                    ? w.certificate
                    : w.certificateOf(index + 1, info.certificates.length)
                }
              />
            ))}
            {info.certificates.length > MAX_CERTIFICATES_SHOWN ? (
              <Typography variant="body2" color="text.secondary">
                {w.moreCertificates(
                  info.certificates.length - MAX_CERTIFICATES_SHOWN,
                  expiredBeyond(info.certificates),
                )}
              </Typography>
            ) : null}
            {info.warnings.map((warning) => (
              <Alert key={warning} severity="warning">
                {warning}
              </Alert>
            ))}
          </Stack>
        </Paper>
      );
    case 'private-key':
      return (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
          >
            <Typography variant="subtitle2" component="p">
              {w.privateKey(info.description)}
            </Typography>
            <Chip
              size="small"
              variant="outlined"
              label={info.encrypted ? w.encrypted : w.notEncrypted}
              color={info.encrypted ? 'warning' : 'default'}
            />
          </Stack>
          {info.encrypted ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {w.passphraseNeeded}
            </Typography>
          ) : null}
        </Paper>
      );
  }
}

export interface PemSummaryProps {
  text: string;
  kind: PemKind;
  onInspect?: (info: PemInfo) => void;
}

/** What the PEM text holds, read in the browser (lazily loaded parser), announced politely. */
export function PemSummary({ text, kind, onInspect }: PemSummaryProps) {
  const w = useMessages().widgets.pem;
  const [result, setResult] = useState<{ text: string; info: PemInfo } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const report = useEffectEvent((info: PemInfo) => onInspect?.(info));

  useEffect(() => {
    // Empty: nothing to read, so nothing to fetch. The parser is a 200 kB chunk whose evaluation
    // was a long task on every form with a PEM field, the warm-up's included (0137); the field
    // fetches it once the admin comes to it (prefetchPemInspect).
    if (text.trim() === '') return;
    let cancelled = false;
    const timer = setTimeout(() => {
      loadPemInspect()
        .then(({ inspectPem }) => inspectPem(text, { expect: kind, words: w.inspect }))
        .then((info) => {
          if (cancelled) return;
          setLoadFailed(false);
          setResult({ text, info });
          report(info);
        })
        .catch(() => {
          if (!cancelled) setLoadFailed(true);
        });
    }, INSPECT_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, kind, w.inspect]);

  // While newer text is being read, the older summary stays (dimmed) rather than jumping away.
  const pending = result !== null && result.text !== text;
  return (
    <Box aria-live="polite" aria-busy={pending}>
      {text.trim() === '' ? null : loadFailed ? (
        <Typography variant="body2" color="text.secondary">
          {w.readerFailed}
        </Typography>
      ) : result ? (
        <Box sx={{ opacity: pending ? 0.6 : 1, transition: 'opacity 150ms' }}>
          <SummaryBody info={result.info} />
        </Box>
      ) : null}
    </Box>
  );
}
