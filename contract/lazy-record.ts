// A record of schemas built on first read. Building a zod schema runs code (each `z.object` or
// `.extend` copies and checks its shape), and a browser page pays for every schema at the
// contract's load whether it parses with it or not: a deep link to a create form needs the
// field shapes (auth-type-schemas.ts), not the request, response and test variants built from
// them (docs/decisions/0117). Those are built by the first read of their key, then kept: every
// later read returns the same schema.

/** `build(key)` for each of `keys`, built on the key's first read and then kept. */
export function lazyRecord<K extends string, V>(
  keys: readonly K[],
  build: (key: K) => V,
): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of keys) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = build(key);
        Object.defineProperty(record, key, { value, enumerable: true, writable: false });
        return value;
      },
    });
  }
  return record;
}

/** `make()` on the first call, then the same value on every call after. */
export function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
