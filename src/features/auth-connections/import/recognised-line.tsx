// The one line that says what an import recognised, e.g. "Google service account
// svc@proj.iam.gserviceaccount.com, RSA key 4f2a1b3c…". Names, ids and URLs show as code;
// no secret is ever part of it (parsers put only non-secret facts in `recognised`).
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { KeyFacts, Recognised } from '../../../import/types.ts';
import type { ImportMessages } from '../../../i18n/import-messages.ts';
import { RichText } from '../../../i18n/rich-text.tsx';

type Words = ImportMessages['importer'];

const Code = ({ children }: { children: ReactNode }) => (
  <Box
    component="code"
    sx={{ fontFamily: 'monospace', fontSize: '0.875em', overflowWrap: 'anywhere' }}
  >
    {children}
  </Box>
);

const keyText = (key: KeyFacts, w: Words) => w.key(key.type, key.bits, key.curve, key.encrypted);
const shortId = (id: string) => (id.length > 8 ? `${id.slice(0, 8)}…` : id);

function lineOf(
  recognised: Recognised,
  w: Words,
): { message: string; values: Record<string, ReactNode> } {
  const r = w.recognised;
  switch (recognised.format) {
    case 'google-service-account':
      return {
        message: r.googleServiceAccount,
        values: {
          email: <Code>{recognised.email}</Code>,
          keyId: <Code>{shortId(recognised.keyId)}</Code>,
        },
      };
    case 'pem-bundle':
    case 'pkcs12':
      return {
        message: recognised.format === 'pkcs12' ? r.pkcs12 : r.pemBundle,
        values: {
          subject: <Code>{recognised.subject}</Code>,
          key: keyText(recognised.key, w),
          chain: w.chain(recognised.chainLength),
        },
      };
    case 'private-key':
      if (recognised.source === 'pem') {
        return { message: r.pemKey, values: { key: keyText(recognised.key, w) } };
      }
      return recognised.keyId
        ? {
            message: r.jwkWithId,
            values: { keyId: <Code>{recognised.keyId}</Code>, key: keyText(recognised.key, w) },
          }
        : { message: r.jwk, values: { key: keyText(recognised.key, w) } };
    case 'curl': {
      const message = {
        bearer: r.curlBearer,
        basic: r.curlBasic,
        header: r.curlHeader,
        'client-credentials': r.curlClientCredentials,
      }[recognised.credential];
      return { message, values: { detail: <Code>{recognised.detail}</Code> } };
    }
    case 'dotenv':
      return { message: r.dotenv, values: { names: <Code>{recognised.names.join(', ')}</Code> } };
  }
}

export function RecognisedLine({ recognised, words }: { recognised: Recognised; words: Words }) {
  const { message, values } = lineOf(recognised, words);
  return <RichText message={message} values={values} />;
}
