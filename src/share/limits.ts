/** Larger inputs are refused before parsing: a real design is a few kilobytes. */
export const MAX_DESIGN_BYTES = 1_000_000;
