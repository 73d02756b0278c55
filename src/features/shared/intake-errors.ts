import type { IntakeError } from '@/share/intake';

export interface Problem {
  title: string;
  message: string;
  /** Individual problems, e.g. each schema issue with its path. */
  details?: string[];
}

const MAX_DETAILS = 6;

/**
 * What to tell someone whose design could not be opened, by kind of failure. `what` names the
 * source: "This share link", or a file's name.
 */
export function describeIntakeError(error: IntakeError, what: string): Problem {
  switch (error.kind) {
    case 'broken':
      return {
        title: `${what} is damaged`,
        message: `${error.message} It may have been cut short when copied.`,
      };
    case 'unsafe':
      return { title: `${what} was tampered with`, message: error.message };
    case 'too-new':
      return { title: `${what} needs a newer version of the app`, message: error.message };
    case 'too-large':
      return { title: `${what} is too large`, message: error.message };
    case 'invalid': {
      const details = error.issues.map((issue) => `${issue.path}: ${issue.message}`);
      return {
        title: `${what} holds an invalid design`,
        message: error.issues.length
          ? `${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}:`
          : error.message,
        details:
          details.length > MAX_DETAILS
            ? [...details.slice(0, MAX_DETAILS), `…and ${details.length - MAX_DETAILS} more`]
            : details,
      };
    }
  }
}
