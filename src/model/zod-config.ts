/**
 * zod compiles fast parsers with `new Function` after probing whether eval works; the app's CSP forbids
 * eval (no 'unsafe-eval'), so the probe itself would be reported as a violation. Imported before any
 * schema is created.
 */
import { z } from 'zod';

z.config({ jitless: true });
