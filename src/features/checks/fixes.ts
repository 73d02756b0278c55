/** Finding identity across rule runs, for keeping what is shown and for applying one-click fixes. */
import type { Finding } from '@/model/rules';

/**
 * Findings with the same key look the same to the user: same rule, field, message, environment and
 * fix label. Each rule run creates new finding objects (and some fixes are new closures each time),
 * so identity cannot tell whether a finding is still there.
 */
export const findingKey = (finding: Finding): string =>
  [
    finding.ruleId,
    finding.severity,
    finding.path.join('.'),
    finding.message,
    finding.environment ?? '',
    finding.fix?.label ?? '',
  ].join('\u0000');

/**
 * The finding of the latest rule run that `shown` stands for, if the design still has it: a fix
 * applies to the current design through the finding computed from it.
 */
export function currentFinding(findings: readonly Finding[], shown: Finding): Finding | undefined {
  const key = findingKey(shown);
  return findings.find((finding) => findingKey(finding) === key);
}
