/** The node type of a cache, or of one environment's override of it: a searchable picker. */
import { useController, useWatch } from 'react-hook-form';
import type { Engine } from '@/model/catalog';
import type { NodeTypeNeeds } from '@/model/node-type-fit';
import { HELP } from '../field-help';
import { fieldDomId } from '../field-paths';
import { NodeTypePicker, type NodeTypePickerProps } from '../fields/NodeTypePicker';
import { nodeTypeOptions, priceNote, type NodeTypeOption } from '../node-type-options';
import type { CacheBase } from './cache-fields';

/** What of the cache at `base` decides the node types it may use, kept current as the form changes. */
export function useNodeTypeNeeds(base: CacheBase, engine: Engine): NodeTypeNeeds {
  const [engineVersion, dataTiering, globalDatastore] = useWatch({
    name: [`${base}.engineVersion`, `${base}.dataTiering`, `${base}.globalDatastore.enabled`],
  }) as [string, boolean | undefined, boolean | undefined];
  return {
    engine,
    engineVersion,
    dataTiering: dataTiering === true,
    globalDatastore: globalDatastore === true,
  };
}

type PickerFor = Omit<NodeTypePickerProps, 'help' | 'priceNote' | 'options'> & {
  options: readonly NodeTypeOption[];
};

/** The picker with the field's help and the design region's price note. */
export function NodeTypePickerInDesign(props: PickerFor) {
  const region = useWatch({ name: 'region' }) as string;
  return <NodeTypePicker {...props} help={HELP.nodeType} priceNote={priceNote(region)} />;
}

export function NodeTypeField({ base, engine }: { base: CacheBase; engine: Engine }) {
  const name = `${base}.nodeType` as const;
  const { field, fieldState } = useController({ name });
  const needs = useNodeTypeNeeds(base, engine);
  return (
    <NodeTypePickerInDesign
      id={fieldDomId(name)}
      options={nodeTypeOptions(needs, field.value as string)}
      value={field.value as string}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
    />
  );
}
