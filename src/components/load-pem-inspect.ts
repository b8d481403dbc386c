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

/**
 * Starts fetching the parser where the admin is about to give it work (focus or a drag over a PEM
 * field), so the summary after a paste or drop does not wait for it. Offline it does nothing:
 * Chromium would remember the failed fetch for the life of the page (0136).
 */
export function prefetchPemInspect(): void {
  if (globalThis.navigator?.onLine === false) return;
  loadPemInspect().catch(() => {}); // the read that needs it reports a failure itself
}
