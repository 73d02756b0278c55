/**
 * The design a first visit starts with, as plain data: `createDefaultDesign` (defaults.ts) builds it
 * through the zod model, and `npm run schema` writes the result to JSON (checked in CI), so the first
 * screen renders without loading zod.
 */
import type { Design } from './design';
import defaultDesignData from './data/default-design.json';

export const defaultDesign = (): Design => structuredClone(defaultDesignData as Design);
