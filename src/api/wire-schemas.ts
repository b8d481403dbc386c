// The wire's zod schemas load with the first request instead of at first paint: zod and the
// contract's schemas are a large share of the page's JS and are needed only once an answer
// arrives, and the import runs while that request is in flight (docs/decisions/0030).
export type WireSchemas = typeof import('./wire-module.ts');

let pending: Promise<WireSchemas> | null = null;

export function loadWireSchemas(): Promise<WireSchemas> {
  pending ??= import('./wire-module.ts').catch((error: unknown) => {
    pending = null; // a failed chunk load is retried by the next request
    throw error;
  });
  return pending;
}
