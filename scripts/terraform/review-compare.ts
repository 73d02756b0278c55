/**
 * The change review (src/generate/changes.ts) compared with Terraform's plan of the same change,
 * resource instance by resource instance: the action must be the same, and for a replacement the
 * arguments the review says force it must be the plan's `replace_paths`. Pure: it reads the JSON plan.
 */
import type { PlannedChange } from '../../src/generate/changes';
import { actionOf } from './change-verdict';
import type { ResourceChange } from './state-synth';

export interface ReviewComparison {
  /** Instances where the review and Terraform agree (each changed instance either names). */
  agreements: number;
  /** One line per instance where they differ. */
  disagreements: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

export function compareReview(
  predicted: readonly PlannedChange[],
  changes: readonly ResourceChange[],
): ReviewComparison {
  const planned = new Map(
    changes
      .filter((change) => change.mode === 'managed' && actionOf(change) !== 'no-op')
      .map((change) => [change.address, change]),
  );
  const predictedByAddress = new Map(predicted.map((change) => [change.address, change]));
  const disagreements: string[] = [];
  let agreements = 0;
  for (const address of new Set([...planned.keys(), ...predictedByAddress.keys()])) {
    const change = planned.get(address);
    const prediction = predictedByAddress.get(address);
    const terraform = change ? actionOf(change) : 'no-op';
    const review = prediction?.action ?? 'no-op';
    if (terraform !== review) {
      const paths = change?.change.replace_paths?.map((path) => path.join('.')).join(', ');
      disagreements.push(
        `${address}: review ${review}${prediction?.because.length ? ` (${prediction.because.join(', ')})` : ''}, Terraform ${terraform}${paths ? ` (${paths})` : ''}`,
      );
      continue;
    }
    if (terraform === 'replace') {
      const paths = [...new Set((change!.change.replace_paths ?? []).map((path) => String(path[0])))];
      if (!sameSet(paths, prediction!.because)) {
        disagreements.push(
          `${address}: replaced because of ${prediction!.because.join(', ')} in the review, ${paths.join(', ')} in Terraform's plan`,
        );
        continue;
      }
    }
    agreements++;
  }
  return { agreements, disagreements };
}
