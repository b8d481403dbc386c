// If-Match (RFC 9110 §13.1.1) with strong comparison: `*`, or a list of entity tags of which one
// must equal the current one. Weak tags (W/"…") never match for If-Match.
export function ifMatchSatisfied(header: string | undefined, currentEtag: string): boolean {
  if (header === undefined) return true;
  const value = header.trim();
  if (value === '*') return true;
  const tags = value.match(/(?:W\/)?"[^"]*"/g) ?? [];
  return tags.some((tag) => tag === currentEtag);
}
