// What wire-schemas.ts loads on first request: the contract's schemas, and one for bodies the
// caller ignores. Only ever imported dynamically, so zod stays out of the first screen's JS.
import { z } from 'zod';

export * from '../../contract/index.ts';

export const ignoredBodySchema = z.unknown();
