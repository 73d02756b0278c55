/** The checks feature's public entry: what other features may use of it (ESLint keeps them to it). */
export { currentFinding, findingKey } from './fixes';
