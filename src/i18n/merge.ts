/** Objects are merged key by key; strings, functions and anything else replace what they override. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeDeep<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overrides)) {
    return overrides === undefined ? base : (overrides as T);
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) out[key] = mergeDeep(out[key], value);
  }
  return out as T;
}
