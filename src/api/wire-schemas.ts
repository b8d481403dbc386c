// The wire's zod schemas load with the first request instead of at first paint: zod and the
// contract's schemas are a large share of the page's JS and are needed only once an answer
// arrives, and the import runs while that request is in flight (docs/decisions/0030).
export type WireSchemas = typeof import('./wire-module.ts');

let pending: Promise<WireSchemas> | null = null;

export function loadWireSchemas(): Promise<WireSchemas> {
  pending ??= import('./wire-module.ts').catch((error: unknown) => {
    // Asked again by the next request. Chromium keeps a failed module for the page's life, so
    // there it fails again until a reload; the first request runs as the page starts, online.
    pending = null;
    throw error;
  });
  return pending;
}
