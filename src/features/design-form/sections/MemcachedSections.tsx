/** The sections of a Memcached cluster. */
import { useWatch } from 'react-hook-form';
import { HELP } from '../field-help';
import { choices, versionOptions } from '../catalog-options';
import { NumberFieldRhf } from '../fields/NumberFieldRhf';
import { SelectRhf } from '../fields/SelectRhf';
import { SwitchRhf } from '../fields/SwitchRhf';
import { CacheSection } from './CacheSection';
import { SubHeading } from './FormSection';
import { EnvironmentOverrides } from './EnvironmentOverrides';
import {
  AlarmsFields,
  ExpectedUsageFields,
  InstancesField,
  MaintenanceFields,
  NetworkTypeField,
  ParameterGroupFields,
  PreferredAzsField,
} from './cache-fields';
import { NodeTypeField } from './NodeTypeField';

export function MemcachedSections({ index }: { index: number }) {
  const base = `caches.${index}` as const;
  const version = useWatch({ name: `${base}.engineVersion` }) as string;
  return (
    <>
      <CacheSection index={index} section="topology">
        <SelectRhf
          name={`${base}.engineVersion`}
          help={HELP.engineVersion}
          options={versionOptions('memcached')}
        />
        <NumberFieldRhf name={`${base}.port`} help={HELP.port} />
        <SelectRhf
          name={`${base}.azMode`}
          help={HELP.azMode}
          options={choices({ 'cross-az': 'Across Availability Zones', 'single-az': 'One Availability Zone' })}
        />
        <NetworkTypeField base={base} />
        <PreferredAzsField base={base} />
        <InstancesField base={base} />
      </CacheSection>

      <CacheSection index={index} section="capacity" below={<ExpectedUsageFields base={base} />}>
        <NodeTypeField base={base} engine="memcached" />
        <NumberFieldRhf name={`${base}.nodeCount`} help={HELP.nodeCount} />
      </CacheSection>

      <CacheSection index={index} section="security">
        <SwitchRhf name={`${base}.transitEncryption.enabled`} help={HELP.transitEncryption} />
      </CacheSection>

      <CacheSection index={index} section="backup" below={<MaintenanceFields base={base} />} />

      <CacheSection
        index={index}
        section="parameters"
        below={<ParameterGroupFields base={base} engine="memcached" version={version} />}
      />

      <CacheSection
        index={index}
        section="monitoring"
        below={
          <>
            <SubHeading>Events</SubHeading>
            <SwitchRhf name={`${base}.notifications`} help={HELP.notifications} />
            <AlarmsFields base={base} />
          </>
        }
      />

      <CacheSection
        index={index}
        section="environments"
        below={<EnvironmentOverrides base={base} engine="memcached" />}
      />
    </>
  );
}
