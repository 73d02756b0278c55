/** What an import did with what it read: the report every import ends with. */

export interface ImportReport {
  /** What was read: `terraform show -json (plan)`, `AWS CLI describe-replication-groups`, … */
  source: string;
  /** Design fields set from the input, each with the attribute it came from. */
  mapped: { field: string; from: string }[];
  /** Design fields the input did not say, left at their defaults (with why, where known). */
  defaulted: { field: string; reason: string }[];
  /** Input attributes or resources the design does not hold, each with the reason. */
  dropped: { attribute: string; reason: string }[];
  /** HCL expressions an import cannot evaluate (references, function calls, …): left out, their fields at defaults. */
  unresolved: { attribute: string; expression: string }[];
  /** Notes that apply to the whole import (an environment, the order of caches, …). */
  notes: string[];
}

export { DESIGN_FILE_SOURCE } from './design-file-source';

export function emptyReport(source: string): ImportReport {
  return { source, mapped: [], defaulted: [], dropped: [], unresolved: [], notes: [] };
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `Imported from ${report.source}: ${report.mapped.length} fields mapped, ${report.defaulted.length} defaulted, ${report.dropped.length} dropped${report.unresolved.length ? `, ${report.unresolved.length} unresolved` : ''}.`,
    ...report.notes.map((note) => `note: ${note}`),
    ...report.mapped.map((entry) => `mapped: ${entry.field} ← ${entry.from}`),
    ...report.defaulted.map((entry) => `defaulted: ${entry.field} (${entry.reason})`),
    ...report.dropped.map((entry) => `dropped: ${entry.attribute} (${entry.reason})`),
    ...report.unresolved.map(
      (entry) =>
        `unresolved: ${entry.attribute} = ${entry.expression} (needs Terraform to evaluate: left out)`,
    ),
  ];
  return lines.join('\n');
}
