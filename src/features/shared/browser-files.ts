/** Saving a file to the user's disk and copying text, with the browser's own mechanisms only. */

export function saveFile(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text; false when the browser refuses (no clipboard API, or permission denied). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Reads a file the user picked, refusing anything larger than `maxBytes` before reading it. */
export async function readTextFile(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; tooLarge: boolean; message: string }> {
  if (file.size > maxBytes)
    return {
      ok: false,
      tooLarge: true,
      message: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; a design file is at most ${maxBytes / 1_000_000} MB.`,
    };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, tooLarge: false, message: `${file.name} could not be read.` };
  }
}
