// What wire-schemas.ts loads on first request: the contract's schemas, and one for bodies the
// caller ignores. Only ever imported dynamically, so zod stays out of the first screen's JS.
// Zod's JIT off before any schema is built: this module shares a chunk with zod's config module
// (vite.config.ts), which every chunk that uses zod imports, so it runs first wherever zod loads.
import '../app/zod-jitless.ts';
import { z } from 'zod';

export * from '../../contract/index.ts';

export const ignoredBodySchema = z.unknown();
