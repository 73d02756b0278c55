import type { CaseResult, StepName } from './verify';

const TABLE_STEPS: StepName[] = ['fmt', 'validate', 'plan'];

/**
 * The table (one row per case; a step cell is `ok`/`FAIL` with its seconds, `-` when it did not run),
 * then each failure's detail, then the closing `N passed, M failed` line that CI parses.
 */
export function formatReport(results: CaseResult[], options: { closingLine?: boolean } = {}): string {
  // show only appears when some case ran it, keeping the common table narrow.
  const steps = results.some((result) => result.durations.show !== undefined)
    ? [...TABLE_STEPS, 'show' as const]
    : TABLE_STEPS;
  const header = ['case', ...steps, 'seconds'];
  const rows = results.map((result) => [
    result.name,
    ...steps.map((step) => stepCell(result, step)),
    seconds(result.totalMs),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const lastColumn = header.length - 1;
  const formatRow = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === lastColumn ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ');

  const failures = results.filter((result) => !result.ok);
  const failureDetails = failures.map(
    (result) =>
      `\n=== ${result.name}: failed at ${result.failedStep} (work dir ${result.workDir}) ===\n${result.detail}`,
  );
  return [
    formatRow(header),
    formatRow(widths.map((width) => '-'.repeat(width))),
    ...rows.map(formatRow),
    ...failureDetails,
    '',
    ...(options.closingLine === false
      ? []
      : [closingLine(results.length - failures.length, failures.length), '']),
  ].join('\n');
}

/** The line CI reads: the last one a suite prints. */
export const closingLine = (passed: number, failed: number) => `${passed} passed, ${failed} failed`;

export function printTable(results: CaseResult[], options: { closingLine?: boolean } = {}): void {
  process.stdout.write(formatReport(results, options));
}

function stepCell(result: CaseResult, step: StepName): string {
  const duration = result.durations[step];
  if (duration === undefined) return '-';
  return `${result.failedStep === step ? 'FAIL' : 'ok'} ${seconds(duration)}s`;
}

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(1);
}
