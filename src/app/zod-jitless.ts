// Zod 4 compiles object parsers with `new Function` unless told not to, and probes for it even
// when the page forbids eval: under our CSP (script-src 'self', no 'unsafe-eval') that probe is
// reported as a securitypolicyviolation. Jitless parsing is plenty fast for this page.
// Imported by src/api/wire-module.ts (the page) and src/index.ts (the library). In the page it
// shares a chunk with zod's config module (vite.config.ts), so it runs whenever zod first loads,
// before any schema is built, and stays out of first paint.
// Only zod's tiny core config module is imported here, so zod itself stays out of first paint
// (src/api/wire-schemas.ts loads it); the setting is global and applies once zod loads.
import { config } from 'zod/v4/core';

config({ jitless: true });
