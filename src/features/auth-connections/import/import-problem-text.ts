// The sentence for each problem an importer reports, from the messages object. Exhaustive: a
// new problem code fails typechecking here until it has words.
import type { ImportNote, ImportProblem } from '../../../import/types.ts';
import type { ImportMessages } from '../../../i18n/import-messages.ts';

type Words = ImportMessages['importer'];

export function problemText(problem: ImportProblem, w: Words): string {
  const p = w.problems;
  switch (problem.code) {
    case 'too-large':
      return p['too-large'](problem.bytes, problem.limit);
    case 'google-not-service-account':
      return p['google-not-service-account'](problem.type);
    case 'google-missing-field':
      return p['google-missing-field'](problem.field);
    case 'jwk-unsupported-type':
      return p['jwk-unsupported-type'](problem.kty);
    case 'jwks-many-private-keys':
      return p['jwks-many-private-keys'](problem.count);
    case 'pem-many-keys':
      return p['pem-many-keys'](problem.count);
    case 'pem-unreadable-certificate':
      return p['pem-unreadable-certificate'](problem.index);
    case 'pkcs12-legacy-encryption':
      return p['pkcs12-legacy-encryption'](problem.algorithm);
    case 'pkcs12-unsupported':
      return p['pkcs12-unsupported'](problem.what);
    case 'curl-two-credentials':
      return p['curl-two-credentials'](problem.first, problem.second);
    case 'curl-token-request-incomplete':
      return p['curl-token-request-incomplete'](problem.missing);
    case 'dotenv-two-credentials':
      return p['dotenv-two-credentials'](problem.first, problem.second);
    case 'dotenv-incomplete':
      return p['dotenv-incomplete'](problem.missing);
    case 'empty':
    case 'not-recognised':
    case 'binary-not-pkcs12':
    case 'json-invalid':
    case 'json-unknown-shape':
    case 'google-bad-key':
    case 'jwk-public-only':
    case 'jwk-unreadable':
    case 'jwks-no-private-key':
    case 'pem-no-key':
    case 'pem-encrypted-key':
    case 'pem-unreadable-key':
    case 'key-not-for-certificate':
    case 'pkcs12-needs-password':
    case 'pkcs12-wrong-password':
    case 'pkcs12-corrupt':
    case 'pkcs12-no-key':
    case 'pkcs12-no-certificate':
    case 'curl-no-credential':
    case 'curl-unclosed-quote':
    case 'dotenv-no-credential':
      return p[problem.code];
  }
}

export function noteText(note: ImportNote, w: Words): string {
  switch (note.code) {
    case 'chain-in-ca-field':
      return w.notes['chain-in-ca-field'](note.count);
    case 'placeholder-secret':
      return w.notes['placeholder-secret'](note.value);
    case 'ec-key-no-algorithm':
    case 'no-token-url':
    case 'scopes-for-admin':
    case 'google-subject':
    case 'key-passphrase-needed':
      return w.notes[note.code];
  }
}
