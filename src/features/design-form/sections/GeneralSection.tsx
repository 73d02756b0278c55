/** General: the design's name, region, tags, notes and environments. */
import { useFieldArray, useFormContext } from 'react-hook-form';
import { availabilityZones, type Region } from '@/model/catalog';
import type { Design } from '@/model/design';
import { HELP } from '../field-help';
import { fieldDomId } from '../field-paths';
import { REGION_OPTIONS } from '../catalog-options';
import { ListEditor } from '../fields/ListEditor';
import { SelectRhf } from '../fields/SelectRhf';
import { TagsField } from '../fields/TagsField';
import { TextFieldRhf } from '../fields/TextFieldRhf';
import { FieldGrid } from './FormSection';

const WIDE = { gridColumn: '1 / -1' };
const SUGGESTED_ENVIRONMENTS = ['dev', 'staging', 'prod'];

function EnvironmentsField() {
  const { control, getValues } = useFormContext<Design>();
  const { fields, append, remove } = useFieldArray({ control, name: 'environments' });
  const addEnvironment = () => {
    const taken = new Set(getValues('environments').map((environment) => environment.name));
    const name =
      SUGGESTED_ENVIRONMENTS.find((candidate) => !taken.has(candidate)) ?? `env${fields.length + 1}`;
    append({ name, overrides: {}, tags: {} });
  };
  return (
    <ListEditor
      id={fieldDomId('environments')}
      help={HELP.environments}
      itemName="environment"
      maxRows={10}
      emptyText="One environment: the bundle has a single terraform.tfvars.example."
      rows={fields.map((field, index) => ({
        key: field.id,
        content: (
          <>
            <TextFieldRhf name={`environments.${index}.name`} help={HELP.environmentName} monospace />
            <TagsField name={`environments.${index}.tags`} help={HELP.environmentTags} />
          </>
        ),
      }))}
      onAdd={addEnvironment}
      onRemove={remove}
    />
  );
}

export function GeneralSection() {
  const { getValues, setValue } = useFormContext<Design>();
  // AZ placements name zones of the region: carry them to the new region letter for letter.
  const moveZones = (next: Region) => {
    const zones = availabilityZones(next);
    getValues('caches').forEach((cache, index) => {
      if (cache.kind === 'serverless' || !cache.preferredAzs.length) return;
      const moved = cache.preferredAzs.map((zone) => `${next}${zone.slice(-1)}`);
      setValue(`caches.${index}.preferredAzs`, moved.every((zone) => zones.includes(zone)) ? moved : [], {
        shouldValidate: true,
      });
    });
  };
  return (
    <FieldGrid>
      <TextFieldRhf name="name" help={HELP.name} monospace />
      <SelectRhf name="region" help={HELP.region} options={REGION_OPTIONS} onValueChange={moveZones} />
      <TextFieldRhf name="description" help={HELP.description} multiline minRows={2} sx={WIDE} />
      <TagsField name="tags" help={HELP.tags} />
      <EnvironmentsField />
      <TextFieldRhf name="notes" help={HELP.notes} multiline minRows={2} sx={WIDE} />
    </FieldGrid>
  );
}
