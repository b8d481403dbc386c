// The answer of a connection test: the verdict and what to fix first, then the token, TLS and
// signed-JWT facts, and the steps and the transcript to expand. Everything shown is what the
// server sent, which never holds a secret: the transcript's secrets are already marks.
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ConnectionTestResult, DecodedJwt } from '../../../../contract/index.ts';
import { useMessages } from '../../../i18n/lazy-messages.ts';
import { transcriptText } from './transcript-text.ts';

type Props = {
  result: ConnectionTestResult;
  /** The form changed since this result: it no longer says anything about what is typed. */
  stale?: boolean;
};

const mono = {
  fontFamily: 'monospace',
  fontSize: '0.8125rem',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  m: 0,
} as const;

function Json({ value }: { value: unknown }) {
  return (
    <Box component="pre" sx={mono}>
      {JSON.stringify(value, null, 2)}
    </Box>
  );
}

function Jwt({ title, jwt }: { title: string; jwt: DecodedJwt }) {
  return (
    <Box>
      <Typography variant="subtitle2">{title}</Typography>
      <Json value={jwt} />
    </Box>
  );
}

export function TestResultView({ result, stale = false }: Props) {
  const m = useMessages().connectionTest;
  const [copied, setCopied] = useState(false);
  const severity = !result.testable ? 'info' : result.ok ? 'success' : 'error';
  const title = !result.testable ? m.notTestable : result.ok ? m.works : m.failed;
  const advice = result.advice_code ? (m.advice[result.advice_code] ?? result.advice) : null;
  const token = result.token;
  const copy = async () => {
    if (!result.transcript) return;
    await navigator.clipboard.writeText(transcriptText(result.transcript));
    setCopied(true);
  };

  return (
    <Stack
      spacing={1.5}
      component="section"
      aria-label={m.resultLabel}
      sx={stale ? { opacity: 0.7 } : undefined}
    >
      {stale && <Alert severity="warning">{m.outOfDate}</Alert>}
      <Alert severity={severity} role="status">
        <AlertTitle>{title}</AlertTitle>
        {result.verdict}
        {advice && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            <strong>{m.fixIt}:</strong> {advice}
          </Typography>
        )}
      </Alert>

      {token && (
        <Box>
          <Typography variant="subtitle2">{m.token}</Typography>
          <Typography variant="body2">
            {m.tokenType}: {token.token_type ?? m.unknown} · {m.lifetime}:{' '}
            {token.expires_in === null ? m.unknown : m.seconds(token.expires_in)}
          </Typography>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ flexWrap: 'wrap', alignItems: 'center', mt: 0.5 }}
          >
            <Typography variant="body2">{m.scopesRequested}:</Typography>
            {token.scopes_requested.length === 0 && (
              <Typography variant="body2">{m.noScopes}</Typography>
            )}
            {token.scopes_requested.map((scope) => {
              const granted = token.scopes_granted === null || token.scopes_granted.includes(scope);
              return (
                <Chip
                  key={scope}
                  size="small"
                  label={granted ? scope : m.notGranted(scope)}
                  color={granted ? 'success' : 'warning'}
                  variant="outlined"
                />
              );
            })}
          </Stack>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {m.scopesGranted}:{' '}
            {token.scopes_granted === null
              ? m.scopesAsRequested
              : token.scopes_granted.join(' ') || m.noScopes}
          </Typography>
          {token.jwt && <Jwt title={m.tokenJwt} jwt={token.jwt} />}
        </Box>
      )}

      {result.assertion && <Jwt title={m.assertion} jwt={result.assertion} />}

      {result.tls && (
        <Box>
          <Typography variant="subtitle2">{m.peerChain}</Typography>
          <Typography variant="body2">
            {result.tls.authorized
              ? m.verified
              : m.notVerified(result.tls.authorization_error ?? m.unknown)}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {result.tls.peer_chain.map((cert) => (
              <Typography component="li" variant="body2" key={cert.fingerprint256}>
                {m.certificate(
                  cert.subject,
                  cert.issuer,
                  cert.valid_from.slice(0, 10),
                  cert.valid_to.slice(0, 10),
                )}
              </Typography>
            ))}
          </Box>
        </Box>
      )}

      {result.steps.length > 0 && (
        <Accordion disableGutters variant="outlined">
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="subtitle2">{m.steps}</Typography>
          </AccordionSummary>
          <AccordionDetails>
            <Box component="ol" sx={{ m: 0, pl: 3 }}>
              {result.steps.map((step, i) => (
                <Typography
                  component="li"
                  variant="body2"
                  key={`${step.step}-${i}`}
                  sx={{ mb: 0.5 }}
                >
                  <strong>{m.stepNames[step.step]}</strong> ({step.ok ? m.stepPassed : m.stepFailed}
                  , {m.ms(step.ms)}): {step.detail}
                </Typography>
              ))}
            </Box>
          </AccordionDetails>
        </Accordion>
      )}

      {result.transcript && (
        <Accordion disableGutters variant="outlined">
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="subtitle2">{m.transcript}</Typography>
          </AccordionSummary>
          <AccordionDetails>
            <Stack spacing={1}>
              <Typography variant="subtitle2">{m.sent}</Typography>
              <Box component="pre" sx={mono}>
                {transcriptText({ ...result.transcript, response: null }, { requestOnly: true })}
              </Box>
              <Typography variant="subtitle2">{m.received}</Typography>
              {result.transcript.response ? (
                <Box component="pre" sx={mono}>
                  {transcriptText(result.transcript, { responseOnly: true })}
                </Box>
              ) : (
                <Typography variant="body2">{m.noAnswer}</Typography>
              )}
              {result.transcript.response?.truncated && (
                <Typography variant="body2">{m.truncated}</Typography>
              )}
              <Box>
                <Button size="small" onClick={() => void copy()}>
                  {m.copyTranscript}
                </Button>
                {copied && (
                  <Typography variant="body2" component="span" role="status" sx={{ ml: 1 }}>
                    {m.copied}
                  </Typography>
                )}
              </Box>
            </Stack>
          </AccordionDetails>
        </Accordion>
      )}
    </Stack>
  );
}
