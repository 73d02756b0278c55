/**
 * Field groups that several cache kinds share: maintenance, parameter group, alarms, log delivery,
 * access control and encryption keys. Each takes the cache's base path (`caches.0`).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { get, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { availabilityZones, parameterFamily, type Engine, type Region } from '@/model/catalog';
import { STARTER_RBAC_USERS, type Auth, type RbacUser } from '@/model/design';
import { snake } from '@/generate/context';
import { HELP } from '../field-help';
import { fieldDomId } from '../field-paths';
import { choices, LOG_RETENTION_OPTIONS } from '../catalog-options';
import { ListEditor } from '../fields/ListEditor';
import { NumberFieldRhf } from '../fields/NumberFieldRhf';
import { SelectRhf } from '../fields/SelectRhf';
import { StringListField } from '../fields/StringListField';
import { SwitchRhf } from '../fields/SwitchRhf';
import { TextFieldRhf } from '../fields/TextFieldRhf';
import { isOn, When } from '../fields/When';
import { FieldHelpContent } from '../fields/FieldHelperText';
import { FieldGrid, SubHeading } from './FormSection';

export type CacheBase = `caches.${number}`;

export function MaintenanceFields({ base }: { base: CacheBase }) {
  return (
    <>
      <SubHeading>Maintenance</SubHeading>
      <FieldGrid>
        <TextFieldRhf name={`${base}.maintenance.window`} help={HELP.maintenanceWindow} monospace />
        <SwitchRhf name={`${base}.maintenance.autoMinorVersionUpgrade`} help={HELP.autoMinorVersionUpgrade} />
        <SwitchRhf name={`${base}.maintenance.applyImmediately`} help={HELP.applyImmediately} />
      </FieldGrid>
    </>
  );
}

/** The parameter group; its family is derived from the engine and version, never typed. */
export function ParameterGroupFields({
  base,
  engine,
  version,
}: {
  base: CacheBase;
  engine: Engine;
  version: string;
}) {
  const family = parameterFamily(engine, version);
  const { fields, append, remove } = useFieldArray({ name: `${base}.parameterGroup.parameters` });
  return (
    <FieldGrid>
      <TextField
        id={fieldDomId(`${base}.parameterFamily`)}
        label={HELP.parameterFamily.label}
        value={family ?? 'Unknown: choose a supported engine version'}
        helperText={<FieldHelpContent help={HELP.parameterFamily} />}
        slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } } }}
      />
      <SelectRhf
        name={`${base}.parameterGroup.mode`}
        help={HELP.parameterGroupMode}
        options={[
          { value: 'default', label: 'AWS default for the family' },
          { value: 'custom', label: 'Custom' },
        ]}
      />
      <When name={`${base}.parameterGroup.mode`} is={(mode) => mode === 'custom'}>
        <TextFieldRhf
          name={`${base}.parameterGroup.name`}
          help={HELP.parameterGroupName}
          optional
          monospace
        />
        <ListEditor
          id={fieldDomId(`${base}.parameterGroup.parameters`)}
          help={HELP.parameters}
          itemName="parameter"
          maxRows={100}
          emptyText="No parameters yet: the group starts with the family's defaults."
          rows={fields.map((field, index) => ({
            key: field.id,
            content: (
              <>
                <TextFieldRhf
                  name={`${base}.parameterGroup.parameters.${index}.name`}
                  help={HELP.parameterName}
                  monospace
                />
                <TextFieldRhf
                  name={`${base}.parameterGroup.parameters.${index}.value`}
                  help={HELP.parameterValue}
                  monospace
                />
              </>
            ),
          }))}
          onAdd={() => append({ name: '', value: '' })}
          onRemove={remove}
        />
      </When>
    </FieldGrid>
  );
}

const TREAT_MISSING_DATA_OPTIONS = [
  { value: 'missing', label: 'Missing' },
  { value: 'notBreaching', label: 'Not breaching' },
  { value: 'breaching', label: 'Breaching' },
  { value: 'ignore', label: 'Ignore' },
] as const;

/**
 * The alarm pack: thresholds, how missing data counts, and (replication groups only) replication lag.
 * Alarms notify the design's SNS topic (Network & access).
 */
export function AlarmsFields({
  base,
  replicationGroup = false,
}: {
  base: CacheBase;
  replicationGroup?: boolean;
}) {
  return (
    <>
      <SubHeading>Alarms</SubHeading>
      <FieldGrid>
        <SwitchRhf name={`${base}.alarms.enabled`} help={HELP.alarmsEnabled} />
      </FieldGrid>
      <When name={`${base}.alarms.enabled`} is={isOn}>
        <Box sx={{ mt: 2 }}>
          <FieldGrid>
            <NumberFieldRhf
              name={`${base}.alarms.cpuPercent`}
              help={HELP.cpuPercent}
              min={1}
              max={100}
              unit="%"
            />
            <NumberFieldRhf
              name={`${base}.alarms.memoryPercent`}
              help={HELP.memoryPercent}
              min={1}
              max={100}
              unit="%"
            />
            <NumberFieldRhf name={`${base}.alarms.evictions`} help={HELP.evictions} min={0} />
            <NumberFieldRhf
              name={`${base}.alarms.connections`}
              help={HELP.connections}
              min={0}
              max={65_000}
            />
            {replicationGroup && (
              <NumberFieldRhf
                name={`${base}.alarms.replicationLagSeconds`}
                help={HELP.replicationLag}
                min={0}
                max={3600}
                unit="s"
              />
            )}
            <NumberFieldRhf
              name={`${base}.alarms.evaluationPeriods`}
              help={HELP.evaluationPeriods}
              min={1}
              max={100}
            />
            <SelectRhf
              name={`${base}.alarms.treatMissingData`}
              help={HELP.treatMissingData}
              options={TREAT_MISSING_DATA_OPTIONS}
            />
          </FieldGrid>
        </Box>
      </When>
    </>
  );
}

/** The workload the cost estimate prices (the Cost tab); nothing in the Terraform depends on it. */
export function ExpectedUsageFields({ base }: { base: CacheBase }) {
  return (
    <>
      <SubHeading>Expected usage (for the cost estimate)</SubHeading>
      <FieldGrid>
        <NumberFieldRhf
          name={`${base}.expectedUsage.dataGb`}
          help={HELP.expectedDataGb}
          min={0.1}
          max={100_000}
          step={0.1}
          unit="GB"
        />
        <NumberFieldRhf
          name={`${base}.expectedUsage.requestsPerSecond`}
          help={HELP.expectedRequests}
          min={0}
          max={100_000_000}
        />
      </FieldGrid>
    </>
  );
}

/** One log stream (slow log or engine log) of a replication group. */
export function LogStreamFields({
  base,
  stream,
  title,
}: {
  base: CacheBase;
  stream: 'slowLog' | 'engineLog';
  title: string;
}) {
  const at = `${base}.logs.${stream}` as const;
  return (
    <>
      <SubHeading>{title}</SubHeading>
      <FieldGrid>
        <SwitchRhf
          name={`${at}.enabled`}
          help={{ ...HELP.logEnabled, label: `Deliver ${title.toLowerCase()}` }}
        />
      </FieldGrid>
      <When name={`${at}.enabled`} is={isOn}>
        <Box sx={{ mt: 2 }}>
          <FieldGrid>
            <SelectRhf
              name={`${at}.destination`}
              help={HELP.logDestination}
              options={choices({
                'cloudwatch-logs': 'CloudWatch Logs',
                'kinesis-firehose': 'Kinesis Data Firehose',
              })}
            />
            <SelectRhf
              name={`${at}.format`}
              help={HELP.logFormat}
              options={choices({ json: 'JSON', text: 'Text' })}
            />
            <When name={`${at}.destination`} is={(destination) => destination === 'cloudwatch-logs'}>
              <SelectRhf
                name={`${at}.retentionDays`}
                help={HELP.logRetention}
                options={LOG_RETENTION_OPTIONS}
              />
            </When>
            <When name={`${at}.destination`} is={(destination) => destination === 'kinesis-firehose'}>
              <TextFieldRhf name={`${at}.firehoseStream`} help={HELP.firehoseStream} optional monospace />
            </When>
          </FieldGrid>
        </Box>
      </When>
    </>
  );
}

/** Where a customer-managed KMS key comes from; `at` is the key object's path. */
export function KmsKeyFields({ at }: { at: `${CacheBase}.atRestEncryption.kmsKey` | `${CacheBase}.kmsKey` }) {
  return (
    <>
      <SelectRhf
        name={`${at}.mode`}
        help={HELP.kmsKeyMode}
        options={choices({
          'aws-managed': 'AWS owned key',
          create: 'New customer managed key',
          existing: 'Existing KMS key',
        })}
      />
      <When name={`${at}.mode`} is={(mode) => mode === 'existing'}>
        <TextFieldRhf name={`${at}.keyArn`} help={HELP.kmsKeyArn} optional monospace />
      </When>
    </>
  );
}

const AUTH_MODE_LABELS = {
  none: 'No access control',
  token: 'AUTH token',
  rbac: 'RBAC users and user group',
} as const;

/** AUTH token or RBAC users. Secrets are never part of the design: they are Terraform variables. */
export function AuthFields({ base, serverless }: { base: CacheBase; serverless?: boolean }) {
  const { setValue, getValues } = useFormContext();
  const cacheId = useWatch({ name: `${base}.id` }) as string;
  const instances = useWatch({ name: `${base}.instances` }) as unknown[] | undefined;
  const variable = `TF_VAR_${snake(cacheId || 'cache')}`;
  // A stamped cache gives each service its own token, so the variable is a map keyed by service.
  const tokenVariable = instances?.length ? `${variable}_auth_tokens` : `${variable}_auth_token`;
  return (
    <>
      <SelectRhf
        name={`${base}.auth.mode`}
        help={serverless ? HELP.serverlessAuthMode : HELP.authMode}
        // Serverless caches take no AUTH token.
        options={choices<Auth['mode']>(
          serverless ? { none: AUTH_MODE_LABELS.none, rbac: AUTH_MODE_LABELS.rbac } : AUTH_MODE_LABELS,
        )}
        onValueChange={(mode) => {
          // A new user group starts with the users AWS requires; an empty one would be an error at once.
          if (mode === 'rbac' && !(getValues(`${base}.auth.users`) as RbacUser[]).length)
            setValue(`${base}.auth.users`, structuredClone(STARTER_RBAC_USERS), { shouldValidate: true });
        }}
      />
      <When name={`${base}.auth.mode`} is={(mode) => mode === 'token'}>
        <SelectRhf
          name={`${base}.auth.tokenUpdateStrategy`}
          help={HELP.tokenUpdateStrategy}
          options={choices({ ROTATE: 'Rotate', SET: 'Set', DELETE: 'Delete' })}
        />
        <Alert severity="info" variant="outlined" sx={{ gridColumn: '1 / -1' }}>
          The token is never stored in the design or the link. Set <code>{tokenVariable}</code>
          {instances?.length ? ' (a JSON object with one token per service)' : ''} when you apply.
        </Alert>
      </When>
      <When name={`${base}.auth.mode`} is={(mode) => mode === 'rbac'}>
        <RbacUsersField
          base={base}
          passwordsVariable={`${variable}_user_passwords`}
          perService={Boolean(instances?.length)}
        />
      </When>
    </>
  );
}

const AUTHENTICATION_LABELS = { password: 'Password', iam: 'IAM', none: 'No password' } as const;

function RbacUsersField({
  base,
  passwordsVariable,
  perService,
}: {
  base: CacheBase;
  passwordsVariable: string;
  /** A stamped cache: each service has its own users, so its passwords are keyed by service first. */
  perService: boolean;
}) {
  const name = `${base}.auth.users`;
  const { fields, append, remove } = useFieldArray({ name });
  const { errors } = useFormState({ name });
  const listError = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return (
    <>
      <ListEditor
        id={fieldDomId(name)}
        help={HELP.rbacUsers}
        itemName="user"
        maxRows={100}
        error={listError?.root?.message ?? listError?.message}
        rows={fields.map((field, index) => ({
          key: field.id,
          content: (
            <>
              <TextFieldRhf name={`${base}.auth.users.${index}.userId`} help={HELP.userId} monospace />
              <TextFieldRhf name={`${base}.auth.users.${index}.userName`} help={HELP.userName} monospace />
              <TextFieldRhf
                name={`${base}.auth.users.${index}.accessString`}
                help={HELP.accessString}
                monospace
              />
              <SelectRhf
                name={`${base}.auth.users.${index}.authentication`}
                help={HELP.authentication}
                options={choices(AUTHENTICATION_LABELS)}
              />
            </>
          ),
        }))}
        onAdd={() =>
          append({
            userId: '',
            userName: '',
            accessString: 'on ~* +@all -@dangerous',
            authentication: 'password',
          })
        }
        onRemove={remove}
      />
      <Alert severity="info" variant="outlined" sx={{ gridColumn: '1 / -1' }}>
        Passwords are never stored in the design or the link. Set <code>{passwordsVariable}</code> (a map from
        {perService
          ? ' service to a map from user ID to password: each service has its own users'
          : ' user ID to password'}
        ) when you apply.
      </Alert>
    </>
  );
}

export function NetworkTypeField({ base }: { base: CacheBase }) {
  return (
    <SelectRhf
      name={`${base}.networkType`}
      help={HELP.networkType}
      options={choices({ ipv4: 'IPv4', dual_stack: 'Dual stack', ipv6: 'IPv6' })}
    />
  );
}

/** One Availability Zone per node, picked from the design's region. */
export function PreferredAzsField({ base }: { base: CacheBase }) {
  const region = useWatch({ name: 'region' }) as Region;
  const zones = availabilityZones(region);
  const { getValues } = useFormContext();
  return (
    <StringListField
      name={`${base}.preferredAzs`}
      help={HELP.preferredAzs}
      itemName="node AZ"
      options={zones}
      maxRows={40}
      newItem={() => zones[(getValues(`${base}.preferredAzs`) as string[]).length % zones.length]!}
    />
  );
}

export function InstancesField({ base }: { base: CacheBase }) {
  return (
    <>
      <StringListField
        name={`${base}.instances`}
        help={HELP.instances}
        itemName="service"
        placeholder="orders"
        maxRows={50}
      />
      <When name={`${base}.instances`} is={(instances) => Array.isArray(instances) && instances.length > 0}>
        <TextFieldRhf name={`${base}.instanceTagKey`} help={HELP.instanceTagKey} optional />
      </When>
    </>
  );
}
