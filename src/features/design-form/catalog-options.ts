/** The model's catalogs as picker options: what AWS offers, with the details a person chooses by. */
import {
  ENGINE_LABELS,
  ENGINE_VERSIONS,
  GLOBAL_DATASTORE_REGIONS,
  REGIONS,
  SERVERLESS_MAJOR_VERSIONS,
  type Engine,
  type Region,
} from '@/model/catalog';
import type { SelectOption } from './fields/SelectRhf';

const REGION_NAMES: Record<Region, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
  'ca-central-1': 'Canada (Central)',
  'ca-west-1': 'Canada West (Calgary)',
  'mx-central-1': 'Mexico (Central)',
  'sa-east-1': 'South America (São Paulo)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-west-2': 'Europe (London)',
  'eu-west-3': 'Europe (Paris)',
  'eu-central-1': 'Europe (Frankfurt)',
  'eu-central-2': 'Europe (Zurich)',
  'eu-north-1': 'Europe (Stockholm)',
  'eu-south-1': 'Europe (Milan)',
  'eu-south-2': 'Europe (Spain)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'ap-south-2': 'Asia Pacific (Hyderabad)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-northeast-2': 'Asia Pacific (Seoul)',
  'ap-northeast-3': 'Asia Pacific (Osaka)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-southeast-3': 'Asia Pacific (Jakarta)',
  'ap-southeast-4': 'Asia Pacific (Melbourne)',
  'ap-southeast-5': 'Asia Pacific (Malaysia)',
  'ap-southeast-7': 'Asia Pacific (Thailand)',
  'ap-east-1': 'Asia Pacific (Hong Kong)',
  'me-south-1': 'Middle East (Bahrain)',
  'me-central-1': 'Middle East (UAE)',
  'af-south-1': 'Africa (Cape Town)',
  'il-central-1': 'Israel (Tel Aviv)',
};

const regionOption = (region: Region): SelectOption<Region> => ({
  value: region,
  label: region,
  detail: REGION_NAMES[region],
});

export const REGION_OPTIONS = REGIONS.map(regionOption);
export const GLOBAL_REGION_OPTIONS = GLOBAL_DATASTORE_REGIONS.map(regionOption);

export const REPLICATION_ENGINE_OPTIONS: SelectOption<'valkey' | 'redis'>[] = [
  { value: 'valkey', label: ENGINE_LABELS.valkey },
  { value: 'redis', label: ENGINE_LABELS.redis },
];
export const SERVERLESS_ENGINE_OPTIONS: SelectOption<Engine>[] = [
  ...REPLICATION_ENGINE_OPTIONS,
  { value: 'memcached', label: ENGINE_LABELS.memcached },
];

export function versionOptions(engine: Engine): SelectOption<string>[] {
  return ENGINE_VERSIONS[engine].map(({ version, family, endOfLife }) => ({
    value: version,
    label: version,
    detail: endOfLife ? `${family} · end of life` : family,
  }));
}

export function majorVersionOptions(engine: Engine): SelectOption<string>[] {
  return SERVERLESS_MAJOR_VERSIONS[engine].map((version) => ({ value: version, label: version }));
}

/** Options of an enum with labels, in the order given: `choices({ a: 'Label A' })`. */
export function choices<T extends string>(labels: Partial<Record<T, string>>): SelectOption<T>[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export const LOG_RETENTION_OPTIONS: SelectOption<number>[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653,
].map((days) => ({ value: days, label: days === 1 ? '1 day' : `${days} days` }));
