// The one door to pem-inspect: a dynamic import, so @peculiar/x509 stays out of the main chunk
// and is fetched the first time a PEM field (or the mTLS key check) needs it.
let loading: Promise<typeof import('./pem-inspect.ts')> | undefined;

export function loadPemInspect(): Promise<typeof import('./pem-inspect.ts')> {
  // A failed chunk load (flaky network) is forgotten so the next field can try again.
  loading ??= import('./pem-inspect.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
