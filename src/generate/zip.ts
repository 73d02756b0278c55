/**
 * The bundle as a zip: `<design-name>/` holding every file. The same design always gives the same
 * bytes: entry timestamps are fixed after zipping, since fflate writes them in the local time zone.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { generate, type Bundle, type BundleLayout, type GenerateOptions } from './index';
import type { Design } from '@/model/design';

/** DOS date 1980-01-01 and time 00:00, the earliest a zip entry can hold. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/** `orders-terraform.zip`, or `orders-terraform-module.zip` for the module layout. */
export const zipFileName = (designName: string, layout: BundleLayout = 'stack') =>
  `${designName}-terraform${layout === 'stack' ? '' : `-${layout}`}.zip`;

function fixTimestamps(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = 0; offset + 4 <= zip.length;) {
    const signature = view.getUint32(offset, true);
    if (signature === LOCAL_HEADER) {
      view.setUint16(offset + 10, DOS_TIME, true);
      view.setUint16(offset + 12, DOS_DATE, true);
      offset +=
        30 +
        view.getUint16(offset + 26, true) +
        view.getUint16(offset + 28, true) +
        view.getUint32(offset + 18, true);
    } else if (signature === CENTRAL_HEADER) {
      view.setUint16(offset + 12, DOS_TIME, true);
      view.setUint16(offset + 14, DOS_DATE, true);
      offset +=
        46 +
        view.getUint16(offset + 28, true) +
        view.getUint16(offset + 30, true) +
        view.getUint16(offset + 32, true);
    } else break;
  }
  return zip;
}

export function bundleZip(designName: string, bundle: Bundle): Uint8Array {
  const entries: Zippable = {};
  for (const file of bundle) entries[`${designName}/${file.path}`] = strToU8(file.content);
  return fixTimestamps(zipSync(entries, { level: 9 }));
}

/** The zip the app downloads: the design's bundle in one layout, the files `npm run render` writes. */
export const designZip = (
  design: Design,
  layout: BundleLayout,
  options: Pick<GenerateOptions, 'shareFragment'> = {},
): Uint8Array => bundleZip(design.name, generate(design, { layout, ...options }));
