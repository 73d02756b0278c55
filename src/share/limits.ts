/** Larger inputs are refused before parsing: a real design is a few kilobytes. */
export const MAX_DESIGN_BYTES = 1_000_000;

/** Plans and states of big deployments run to megabytes: an import may be larger than a design. */
export const MAX_IMPORT_BYTES = 50_000_000;
