/**
 * Downloads of the design: the Terraform bundle as a zip (the same bytes `npm run render` writes,
 * zipped) and the design JSON. The zip writer and the intake load on first use.
 */
import type { BundleLayout } from '@/generate';
import type { Design } from '@/model/design';
import type { IntakeResult } from '@/share/intake';
import { MAX_DESIGN_BYTES } from '@/share/limits';
import { readTextFile, saveFile } from '../shared/browser-files';

export async function downloadBundleZip(design: Design, layout: BundleLayout): Promise<void> {
  const [{ designZip, zipFileName }, { encodeShareFragment }] = await Promise.all([
    import('@/generate/zip'),
    import('@/share/link-format'),
  ]);
  saveFile(
    designZip(design, layout, { shareFragment: encodeShareFragment }) as Uint8Array<ArrayBuffer>,
    zipFileName(design.name, layout),
    'application/zip',
  );
}

export const designFileName = (design: Design) => `${design.name}.design.json`;

/** The design file: the whole design, defaults included, as `npm run render` reads it. */
export function downloadDesignJson(design: Design): void {
  saveFile(`${JSON.stringify(design, null, 2)}\n`, designFileName(design), 'application/json');
}

export async function readDesignFile(file: File): Promise<IntakeResult> {
  const read = await readTextFile(file, MAX_DESIGN_BYTES);
  if (!read.ok)
    return { ok: false, error: { kind: read.tooLarge ? 'too-large' : 'broken', message: read.message } };
  const { intakeJson } = await import('@/share/intake');
  return intakeJson(read.text);
}
