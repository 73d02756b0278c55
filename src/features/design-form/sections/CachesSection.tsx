/**
 * The caches of the design, one card each: add (choosing the kind), duplicate, remove. A card
 * collapses to its header (ID, kind and a one-line summary) and mounts its fields only while open, so
 * a design with a hundred caches renders one card's fields. A cache's ID keys its per-environment
 * overrides, so renaming or removing a cache carries them along.
 */
import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { createCache, nextCacheId } from '@/model/defaults';
import type { Cache, CacheKind, Design, Environment } from '@/model/design';
import { AddIcon, CopyIcon, DeleteIcon, ExpandMoreIcon, StorageIcon } from '../../shared/icons';
import { CACHE_KIND_LABELS, cacheSummary } from '../cache-summary';
import { HELP } from '../field-help';
import { cacheCardId } from '../field-paths';
import { TextFieldRhf } from '../fields/TextFieldRhf';
import { TagsField } from '../fields/TagsField';
import { useFormEvents } from '../form-events';
import { FieldGrid, useSections } from './FormSection';
import { MemcachedSections } from './MemcachedSections';
import { ReplicationGroupSections } from './ReplicationGroupSections';
import { ServerlessSections } from './ServerlessSections';

const NEW_CACHE_CHOICES: { kind: CacheKind; title: string; description: string; baseId: string }[] = [
  {
    kind: 'replication-group',
    title: 'Valkey or Redis OSS',
    description: 'A replication group: primary and replicas, optionally sharded.',
    baseId: 'cache',
  },
  {
    kind: 'serverless',
    title: 'Serverless',
    description: 'No nodes to size; billed per GB stored and per ECPU.',
    baseId: 'serverless-cache',
  },
  {
    kind: 'memcached',
    title: 'Memcached',
    description: 'A Memcached cluster of independent nodes.',
    baseId: 'memcached',
  },
];

/** Moves per-environment overrides from one cache ID to another (or drops them when `to` is undefined). */
function moveOverrides(
  environments: Environment[],
  from: string,
  to: string | undefined,
): Environment[] | undefined {
  if (!environments.some((environment) => from in environment.overrides)) return undefined;
  return environments.map((environment) => {
    const { [from]: moved, ...others } = environment.overrides;
    if (!moved || (to !== undefined && to in others)) return environment;
    return { ...environment, overrides: to === undefined ? others : { ...others, [to]: moved } };
  });
}

function AddCacheButton({ onAdd }: { onAdd: (kind: CacheKind, baseId: string) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        startIcon={<AddIcon />}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Add cache
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {NEW_CACHE_CHOICES.map((choice) => (
          <MenuItem
            key={choice.kind}
            onClick={() => {
              setAnchor(null);
              onAdd(choice.kind, choice.baseId);
            }}
          >
            <ListItemText primary={choice.title} secondary={choice.description} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

const cardTitleId = (index: number) => `cache-${index}-title`;
const cardFieldsId = (index: number) => `cache-${index}-fields`;

/** The card's header: a heading whose button opens and closes the card, and the card's actions. */
function CacheCardHeader({
  index,
  expanded,
  onToggle,
  onDuplicate,
  onRemove,
}: {
  index: number;
  expanded: boolean;
  onToggle: () => void;
  onDuplicate: () => void;
  onRemove: () => void;
}) {
  // What the header shows, not the cache: typing in a field the header does not show skips it.
  const { id, kind, summary } = useWatch({
    name: `caches.${index}`,
    compute: (cache: Cache) => ({ id: cache.id, kind: cache.kind, summary: cacheSummary(cache) }),
  });
  const label = id || `cache ${index + 1}`;
  const summaryId = `cache-${index}-summary`;
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        pr: 1,
        borderBottom: expanded ? 1 : 0,
        borderColor: 'divider',
      }}
    >
      <Typography component="h3" sx={{ flex: 1, minWidth: 0, m: 0 }}>
        <ButtonBase
          aria-expanded={expanded}
          aria-controls={cardFieldsId(index)}
          aria-labelledby={cardTitleId(index)}
          aria-describedby={summaryId}
          onClick={onToggle}
          sx={{
            width: '100%',
            justifyContent: 'flex-start',
            gap: 1.5,
            px: 2,
            py: 1.5,
            textAlign: 'left',
            borderTopLeftRadius: 8,
            '&:hover': { bgcolor: 'action.hover' },
            '&.Mui-focusVisible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main' },
          }}
        >
          <StorageIcon color="primary" />
          <Box component="span" sx={{ flex: 1, minWidth: 0 }}>
            <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography
                id={cardTitleId(index)}
                component="span"
                variant="subtitle1"
                sx={{ fontWeight: 600, fontFamily: 'monospace' }}
                noWrap
              >
                {label}
              </Typography>
              <Chip component="span" label={CACHE_KIND_LABELS[kind]} size="small" variant="outlined" />
            </Stack>
            <Typography id={summaryId} component="span" variant="body2" color="textSecondary" noWrap>
              {summary}
            </Typography>
          </Box>
          <ExpandMoreIcon
            aria-hidden="true"
            color="action"
            style={{ transform: expanded ? 'rotate(180deg)' : 'none' }}
          />
        </ButtonBase>
      </Typography>
      <Tooltip title="Duplicate">
        <IconButton aria-label={`Duplicate cache ${label}`} onClick={onDuplicate}>
          <CopyIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title="Remove">
        <IconButton aria-label={`Remove cache ${label}`} onClick={onRemove}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Box>
  );
}

const CacheCard = memo(function CacheCard({
  index,
  kind,
  onDuplicate,
  onRemove,
}: {
  index: number;
  kind: CacheKind;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
}) {
  const base = `caches.${index}` as const;
  const { getValues, setValue } = useFormContext<Design>();
  const { isOpen, setOpen } = useSections();
  const expanded = isOpen(cacheCardId(index));
  // Overrides follow the ID as it is typed. After the field was emptied, they wait under the old ID
  // (matching no cache) for the next ID to claim them.
  const renameOverrides = (next: string | undefined, previous: string | undefined) => {
    if (!next || next === previous) return;
    const environments = getValues('environments');
    const ids = new Set(getValues('caches').map((cache) => cache.id));
    const orphans = new Set(
      environments.flatMap((environment) => Object.keys(environment.overrides)).filter((id) => !ids.has(id)),
    );
    const from = previous || (orphans.size === 1 ? [...orphans][0] : undefined);
    const moved = from && moveOverrides(environments, from, next);
    if (moved) setValue('environments', moved, { shouldValidate: true });
  };
  return (
    <Card
      component="article"
      variant="outlined"
      aria-labelledby={cardTitleId(index)}
      sx={{ borderRadius: 2 }}
    >
      <CacheCardHeader
        index={index}
        expanded={expanded}
        onToggle={() => setOpen(cacheCardId(index), !expanded)}
        onDuplicate={() => onDuplicate(index)}
        onRemove={() => onRemove(index)}
      />
      {expanded && (
        <Box id={cardFieldsId(index)} sx={{ px: 2, pt: 2, pb: 1 }}>
          <FieldGrid>
            <TextFieldRhf name={`${base}.id`} help={HELP.cacheId} monospace onValueChange={renameOverrides} />
            <TextFieldRhf name={`${base}.description`} help={HELP.cacheDescription} />
            <TagsField name={`${base}.tags`} help={HELP.cacheTags} />
          </FieldGrid>
          <Box sx={{ mt: 1 }}>
            {kind === 'replication-group' && <ReplicationGroupSections index={index} />}
            {kind === 'memcached' && <MemcachedSections index={index} />}
            {kind === 'serverless' && <ServerlessSections index={index} />}
          </Box>
        </Box>
      )}
    </Card>
  );
});

export function CachesSection() {
  const { control, getValues, setValue } = useFormContext<Design>();
  const { fields, append, insert, remove } = useFieldArray({ control, name: 'caches', keyName: 'key' });
  const { onCacheRemoved } = useFormEvents();
  const sections = useSections();

  // A new cache opens to be filled in.
  const add = (kind: CacheKind, baseId: string) => {
    sections.open([cacheCardId(fields.length)]);
    append(createCache(kind, nextCacheId(getValues(), baseId)));
  };
  const duplicate = (index: number) => {
    const original = getValues(`caches.${index}`);
    sections.shiftCaches(index + 1, 1, fields.length);
    sections.open([cacheCardId(index + 1)]);
    insert(index + 1, { ...structuredClone(original), id: nextCacheId(getValues(), original.id) });
  };
  const removeAt = (index: number) => {
    const id = getValues(`caches.${index}.id`);
    const moved = moveOverrides(getValues('environments'), id, undefined);
    sections.shiftCaches(index, -1, fields.length);
    remove(index);
    if (moved) setValue('environments', moved, { shouldValidate: true });
    onCacheRemoved?.(id);
  };

  return (
    <Box component="section" aria-labelledby="caches-heading">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5 }}>
        <Typography id="caches-heading" component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
          Caches
        </Typography>
        <AddCacheButton onAdd={add} />
      </Stack>
      <Stack spacing={2}>
        {fields.map((field, index) => (
          <CacheCard
            key={field.key}
            index={index}
            kind={field.kind}
            onDuplicate={duplicate}
            onRemove={removeAt}
          />
        ))}
      </Stack>
      {fields.length === 0 && (
        <Box
          sx={{
            border: 1,
            borderStyle: 'dashed',
            borderColor: 'divider',
            borderRadius: 2,
            p: 3,
            textAlign: 'center',
          }}
        >
          <Typography variant="body2" color="textSecondary">
            No caches yet. Add a Valkey or Redis OSS replication group, a serverless cache or a Memcached
            cluster.
          </Typography>
        </Box>
      )}
    </Box>
  );
}
