/**
 * Plain-language messages for zod's generic issues ("Too big: expected number to be <=5" becomes
 * "At most 5"). The model's own messages, such as "An IPv4 CIDR block such as 10.0.0.0/16", win:
 * zod asks this function only for issues whose schema gives no message.
 */
import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const count = (value: number | bigint, one: string, many: string) =>
  `${value} ${Number(value) === 1 ? one : many}`;

export function friendlyIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required';
      if (issue.expected === 'int') return 'Enter a whole number';
      if (issue.expected === 'number') return 'Enter a number';
      return undefined;
    case 'too_small': {
      const { minimum, inclusive, origin } = issue;
      if (origin === 'string')
        return Number(minimum) <= 1 ? 'Required' : `At least ${count(minimum, 'character', 'characters')}`;
      if (origin === 'array' || origin === 'set') return `Add at least ${count(minimum, 'entry', 'entries')}`;
      return inclusive ? `At least ${minimum}` : `More than ${minimum}`;
    }
    case 'too_big': {
      const { maximum, inclusive, origin } = issue;
      if (origin === 'string') return `At most ${count(maximum, 'character', 'characters')}`;
      if (origin === 'array' || origin === 'set') return `At most ${count(maximum, 'entry', 'entries')}`;
      return inclusive ? `At most ${maximum}` : `Less than ${maximum}`;
    }
    case 'invalid_format':
      return issue.format === 'email' ? 'An email address such as ops@example.com' : undefined;
    case 'invalid_value':
      return 'Choose one of the offered values';
    case 'invalid_key':
      return issue.issues[0]?.message;
    default:
      return undefined;
  }
}
