/** Network & access: the VPC, who may connect, and where events and alarms go. */
import { useFormContext } from 'react-hook-form';
import { networkSchema, type Design, type Network } from '@/model/design';
import { EXAMPLE_IDS } from '@/model/example-ids';
import { HELP } from '../field-help';
import { choices } from '../catalog-options';
import { NumberFieldRhf } from '../fields/NumberFieldRhf';
import { SelectRhf } from '../fields/SelectRhf';
import { StringListField } from '../fields/StringListField';
import { TextFieldRhf } from '../fields/TextFieldRhf';
import { When } from '../fields/When';
import { FieldGrid, SubHeading } from './FormSection';

const mode = (value: Network['mode']) => (current: unknown) => current === value;

export function NetworkSection() {
  const { getValues, setValue } = useFormContext<Design>();
  // The two network modes have different fields: start the new one from its defaults, keeping the CIDR.
  const switchMode = (next: Network['mode']) =>
    setValue('network', networkSchema.parse({ mode: next, vpcCidr: getValues('network.vpcCidr') }), {
      shouldValidate: true,
    });
  return (
    <>
      <FieldGrid>
        <SelectRhf
          name="network.mode"
          help={HELP.networkMode}
          options={choices({ create: 'Create a new VPC', existing: 'Use an existing VPC' })}
          onValueChange={switchMode}
        />
        <TextFieldRhf name="network.vpcCidr" help={HELP.vpcCidr} monospace />
        <When name="network.mode" is={mode('create')}>
          <NumberFieldRhf name="network.azCount" help={HELP.azCount} />
        </When>
        <When name="network.mode" is={mode('existing')}>
          {/* The example IDs are hints only: the fields start empty until the user enters real IDs. */}
          <TextFieldRhf
            name="network.vpcId"
            help={HELP.vpcId}
            optional
            monospace
            placeholder={EXAMPLE_IDS.vpc}
          />
          <StringListField
            name="network.subnetIds"
            help={HELP.subnetIds}
            itemName="subnet ID"
            placeholder={EXAMPLE_IDS.subnets[0]}
            maxRows={20}
            emptyText="None yet: add the IDs of the VPC's private subnets."
          />
        </When>
        <TextFieldRhf name="subnetGroupName" help={HELP.subnetGroupName} optional monospace />
        <TextFieldRhf name="securityGroupNamePrefix" help={HELP.securityGroupNamePrefix} optional monospace />
      </FieldGrid>
      <SubHeading>Clients</SubHeading>
      <FieldGrid>
        <StringListField
          name="clients.cidrBlocks"
          help={HELP.clientCidrs}
          itemName="CIDR block"
          placeholder="10.0.0.0/16"
          maxRows={50}
          emptyText="None: clients inside the VPC may connect."
        />
        <StringListField
          name="clients.securityGroupIds"
          help={HELP.clientSecurityGroups}
          itemName="security group"
          placeholder={EXAMPLE_IDS.securityGroup}
          maxRows={50}
          emptyText="None."
        />
      </FieldGrid>
      <SubHeading>Notifications</SubHeading>
      <FieldGrid>
        <SelectRhf
          name="notifications.topic"
          help={HELP.topic}
          options={choices({ none: 'None', create: 'Create a topic', existing: 'Use an existing topic' })}
        />
        <When name="notifications.topic" is={(topic) => topic === 'existing'}>
          <TextFieldRhf name="notifications.topicArn" help={HELP.topicArn} optional monospace />
        </When>
        <When name="notifications.topic" is={(topic) => topic === 'create'}>
          <TextFieldRhf name="notifications.email" help={HELP.email} optional />
        </When>
      </FieldGrid>
    </>
  );
}
