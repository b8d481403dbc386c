// What wire-schemas.ts loads on first request: the contract's schemas, and one for bodies the
// caller ignores. Only ever imported dynamically, so zod stays out of the first screen's JS.
// Zod's JIT off before any schema is built: this module shares a chunk with zod's config module
// (vite.config.ts), which every chunk that uses zod imports, so it runs first wherever zod loads.
import '../app/zod-jitless.ts';
import { z } from 'zod';
import { authConnectionResponseSchema, lastConnectionTestSchema } from '../../contract/index.ts';

export * from '../../contract/index.ts';

export const ignoredBodySchema = z.unknown();

/**
 * The list answer, keeping our server's `last_test` extension (docs/decisions/0090) on each item
 * it is on; the contract's own schemas drop fields the OpenAPI document does not have.
 */
export const listWithLastTestsSchema = z.object({
  auth_connections: z.array(
    z.unknown().transform((raw, ctx) => {
      const parsed = authConnectionResponseSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
        return z.NEVER;
      }
      const last = lastConnectionTestSchema.safeParse(
        (raw as { last_test?: unknown } | null)?.last_test,
      );
      return last.success ? { ...parsed.data, last_test: last.data } : parsed.data;
    }),
  ),
});
