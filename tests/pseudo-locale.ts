// The pseudo-locale the i18n tests render with: every message wrapped in ⟦…⟧, so any word on
// screen outside the marks is one a host could not translate.

/** Every string wrapped in ⟦…⟧, every function's result too, objects recursed into. */
export function pseudo(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${value}⟧`;
  if (typeof value === 'function') {
    return (...args: unknown[]) => `⟦${(value as (...a: unknown[]) => string)(...args)}⟧`;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)]));
  }
  return value;
}
