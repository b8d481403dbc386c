// Zod 4 compiles object parsers with `new Function` unless told not to, and probes for it even
// when the page forbids eval: under our CSP (script-src 'self', no 'unsafe-eval') that probe is
// reported as a securitypolicyviolation. Jitless parsing is plenty fast for this page.
// Imported first by src/main.tsx, before anything parses.
import { z } from 'zod';

z.config({ jitless: true });
