/** The design form's public entry: what other features may use of it (ESLint keeps them to it). */
export { friendlyIssueMessage } from './friendly-errors';
