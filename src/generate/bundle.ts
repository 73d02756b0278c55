/** The bundle's files, and how a file's text is rendered from its HCL on first read. */
import type { BodyItem } from '@/hcl/ast';
import { renderFile } from '@/hcl/layout';
import type { GeneratorContext } from './context';

export interface BundleFile {
  path: string;
  content: string;
}
export type Bundle = BundleFile[];

export const hcl = (items: BodyItem[]) => renderFile({ items });

/** A file whose text is rendered when first read (and then kept). */
export function lazyFile(path: string, render: () => string): BundleFile {
  let content: string | undefined;
  return {
    path,
    get content() {
      return (content ??= render());
    },
  };
}

/** The bundle's arrangement: one standalone root configuration, or a reusable module plus a thin root. */
export type BundleLayout = 'stack' | 'module';
export const BUNDLE_LAYOUTS: readonly BundleLayout[] = ['stack', 'module'];

/** What the resource builders made of a design: the HCL of each file, and the variables they declared. */
export interface TerraformBodies {
  context: GeneratorContext;
  providers: BodyItem[];
  /** The files holding resources and outputs, by file name, in bundle order (empty ones left out). */
  resources: [string, BodyItem[]][];
  /** Names of the tfvars files: one per environment (or the chosen one), else the example. */
  tfvarsFiles: { path: string; environment: string | undefined }[];
}
