// API docs print curl lines with a placeholder where the secret goes ($TOKEN, <api-key>,
// YOUR_API_KEY). Imported as is, it would be saved as the secret; a note asks for the real one.
// The placeholder is docs text, not a secret, so the note may show it.
import type { ImportNote } from './types.ts';

const PLACEHOLDER =
  /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^<>]+>|\{\{?[^{}]+\}?\}|(your|my)[-_ ]?\w*|x{4,}|\*{3,}|\.{3}|…)$/i;

export function placeholderNotes(secret: string): ImportNote[] {
  return PLACEHOLDER.test(secret.trim())
    ? [{ code: 'placeholder-secret', value: secret.trim() }]
    : [];
}
