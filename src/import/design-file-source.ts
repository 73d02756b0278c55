/** The source of a design file: it maps nothing, it is the design. Its own module: the first screen needs only this. */
export const DESIGN_FILE_SOURCE = 'a design file';
