// OAuth2 scopes never contain spaces or commas (RFC 6749 §3.3 scope-token excludes both),
// so either one separates them, whichever the provider's docs happened to use.

/** Splits typed or pasted text into scope tokens. */
export function splitScopes(text: string): string[] {
  return text.split(/[\s,]+/).filter((token) => token.length > 0);
}

/** Appends the new scopes that are not there yet, keeping the order they were given in. */
export function addScopes(existing: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(existing);
  const next = [...existing];
  for (const scope of incoming) {
    if (!seen.has(scope)) {
      seen.add(scope);
      next.push(scope);
    }
  }
  return next;
}

/** True when the text holds a separator, i.e. it is more than one partial token. */
export function hasScopeSeparator(text: string): boolean {
  return /[\s,]/.test(text);
}
