/**
 * Downloads of the design: the Terraform bundle as a zip (the same bytes `npm run render` writes,
 * zipped) and the design JSON. The zip writer and the intake load on first use.
 */
import type { BundleLayout } from '@/generate';
import type { Design } from '@/model/design';
import type { ImportResult } from '@/import';
import { MAX_IMPORT_BYTES } from '@/share/limits';
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

/**
 * A file to open: a design file, or a deployment the importer reads by its content (`terraform show
 * -json` of a plan or state, a state file, AWS CLI describe output, Terraform HCL), with the import's report.
 */
export async function readImportFile(file: File): Promise<ImportResult> {
  const read = await readTextFile(file, MAX_IMPORT_BYTES);
  if (!read.ok)
    return { ok: false, error: { kind: read.tooLarge ? 'too-large' : 'broken', message: read.message } };
  return importFromText(read.text);
}

/** Text read by its content, from a file or pasted into the Import dialog; the importer loads on first use. */
export async function importFromText(text: string): Promise<ImportResult> {
  const { importInBrowser } = await import('./import-in-browser');
  return importInBrowser(text);
}
