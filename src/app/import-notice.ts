/**
 * The report of an imported deployment, as a notice: what was mapped, and each field left at its
 * default, attribute the design does not hold or HCL expression not evaluated, so nothing is lost without a word.
 */
import type { ImportReport } from '@/import/import-report';
import type { Notice } from './startup';

export const IMPORT_REPORT_NOTICE = 'import-report';

/** A notice lists this many lines at most; the CLI prints the whole report. */
const MAX_DETAILS = 25;

/** `source`: the file's name, or "the pasted text". */
export function importReportNotice(report: ImportReport, source: string): Notice {
  const lines = [
    ...report.notes,
    // First after the notes: values the file sets that the design does not have.
    ...report.unresolved.map((entry) => `not evaluated: ${entry.attribute} = ${entry.expression}`),
    ...report.defaulted.map((entry) => `defaulted: ${entry.field} (${entry.reason})`),
    ...report.dropped.map((entry) => `not in the design: ${entry.attribute} (${entry.reason})`),
  ];
  const more = lines.length - MAX_DETAILS;
  return {
    id: IMPORT_REPORT_NOTICE,
    severity: report.dropped.length || report.unresolved.length ? 'warning' : 'info',
    title: `Imported ${source} (${report.source})`,
    message:
      `${report.mapped.length} fields mapped, ${report.defaulted.length} left at their defaults, ` +
      `${report.dropped.length} not held by the design` +
      (report.unresolved.length
        ? `, ${report.unresolved.length} expressions only Terraform can evaluate`
        : '') +
      '. The Changes tab reviews your edits against this deployment.',
    details: [
      ...lines.slice(0, MAX_DETAILS),
      ...(more > 0
        ? [`… and ${more} more: npm run render -- <file> --print-design prints the whole report`]
        : []),
    ],
  };
}
