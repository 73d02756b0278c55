/** The version of the design document; a newer app migrates older documents (see share/intake.ts). */
export const SCHEMA_VERSION = 1;
