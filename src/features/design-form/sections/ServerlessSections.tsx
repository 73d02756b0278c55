/** The sections of an ElastiCache Serverless cache. */
import { useFormContext, useWatch } from 'react-hook-form';
import { SERVERLESS_MAJOR_VERSIONS, type Engine } from '@/model/catalog';
import { HELP } from '../field-help';
import { majorVersionOptions, SERVERLESS_ENGINE_OPTIONS } from '../catalog-options';
import { NumberFieldRhf } from '../fields/NumberFieldRhf';
import { SelectRhf } from '../fields/SelectRhf';
import { TextFieldRhf } from '../fields/TextFieldRhf';
import { When } from '../fields/When';
import { CacheSection } from './CacheSection';
import { EnvironmentOverrides } from './EnvironmentOverrides';
import { AlarmsFields, AuthFields, ExpectedUsageFields, InstancesField, KmsKeyFields } from './cache-fields';

export function ServerlessSections({ index }: { index: number }) {
  const base = `caches.${index}` as const;
  const { getValues, setValue } = useFormContext();
  const engine = useWatch({ name: `${base}.engine` }) as Engine;

  const onEngineChange = (next: Engine) => {
    const offered = SERVERLESS_MAJOR_VERSIONS[next];
    if (!offered.includes(getValues(`${base}.majorVersion`) as string))
      setValue(`${base}.majorVersion`, offered[0]!, { shouldValidate: true });
    // Serverless Memcached has no user groups; its access-control field disappears, so reset it.
    if (next === 'memcached') setValue(`${base}.auth.mode`, 'none', { shouldValidate: true });
  };

  return (
    <>
      <CacheSection index={index} section="topology">
        <SelectRhf
          name={`${base}.engine`}
          help={HELP.engine}
          options={SERVERLESS_ENGINE_OPTIONS}
          onValueChange={onEngineChange}
        />
        <SelectRhf
          name={`${base}.majorVersion`}
          help={HELP.majorVersion}
          options={majorVersionOptions(engine)}
        />
        <InstancesField base={base} />
      </CacheSection>

      <CacheSection index={index} section="capacity" below={<ExpectedUsageFields base={base} />}>
        <NumberFieldRhf
          name={`${base}.limits.dataStorageMaxGb`}
          help={HELP.dataStorageMaxGb}
          unit="GB"
          optional
        />
        <NumberFieldRhf
          name={`${base}.limits.dataStorageMinGb`}
          help={HELP.dataStorageMinGb}
          unit="GB"
          optional
        />
        <NumberFieldRhf
          name={`${base}.limits.ecpuPerSecondMax`}
          help={HELP.ecpuPerSecondMax}
          step={1000}
          optional
        />
        <NumberFieldRhf
          name={`${base}.limits.ecpuPerSecondMin`}
          help={HELP.ecpuPerSecondMin}
          step={1000}
          optional
        />
      </CacheSection>

      <CacheSection index={index} section="security">
        <KmsKeyFields at={`${base}.kmsKey`} />
        <When name={`${base}.engine`} is={(value) => value !== 'memcached'}>
          <AuthFields base={base} serverless />
        </When>
      </CacheSection>

      <CacheSection index={index} section="backup">
        <NumberFieldRhf name={`${base}.snapshots.retentionDays`} help={HELP.snapshotRetention} />
        <TextFieldRhf name={`${base}.snapshots.dailyTime`} help={HELP.dailySnapshotTime} monospace />
      </CacheSection>

      <CacheSection index={index} section="monitoring" below={<AlarmsFields base={base} />} />

      <CacheSection
        index={index}
        section="environments"
        below={<EnvironmentOverrides base={base} engine={engine} />}
      />
    </>
  );
}
