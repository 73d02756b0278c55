import { useState } from 'react';
import TextField from '@mui/material/TextField';
import { useController } from 'react-hook-form';
import { tagsSchema, type Tags } from '@/model/design';
import type { FieldHelp } from '../field-help';
import { fieldDomId } from '../field-paths';
import type { DesignPath } from '../form-types';
import { friendlyIssueMessage } from '../friendly-errors';
import { ListEditor } from './ListEditor';

interface TagRow {
  key: string;
  value: string;
}

const { keyType, valueType } = tagsSchema.unwrap();
const problem = (schema: typeof keyType | typeof valueType, text: string) => {
  const issue = schema.safeParse(text, { error: friendlyIssueMessage }).error?.issues[0];
  return issue?.message;
};

const rowsOf = (tags: Tags): TagRow[] => Object.entries(tags).map(([key, value]) => ({ key, value }));

/** Rows with a key become the record; later rows win over earlier ones with the same key. */
const recordOf = (rows: TagRow[]): Tags =>
  Object.fromEntries(rows.filter((row) => row.key !== '').map((row) => [row.key, row.value]));

const sameTags = (a: Tags, b: Tags) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Key/value tags. The rows live here while being edited (a record cannot hold a row whose key is
 * still empty, or two rows with one key); the form gets the record they make.
 */
export function TagsField({ name, help }: { name: DesignPath; help: FieldHelp }) {
  const { field } = useController({ name });
  const tags = (field.value as Tags | undefined) ?? {};
  const [rows, setRows] = useState(() => rowsOf(tags));
  // Follow changes from outside (reset, undo).
  if (!sameTags(recordOf(rows), tags)) setRows(rowsOf(tags));

  const update = (next: TagRow[]) => {
    setRows(next);
    field.onChange(recordOf(next));
  };
  const setAt = (index: number, change: Partial<TagRow>) =>
    update(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

  return (
    <ListEditor
      id={fieldDomId(name)}
      groupRef={field.ref}
      help={help}
      itemName="tag"
      maxRows={50}
      onAdd={() => update([...rows, { key: '', value: '' }])}
      onRemove={(index) => update(rows.filter((_, at) => at !== index))}
      rows={rows.map((row, index) => {
        const duplicate = row.key !== '' && rows.findIndex((other) => other.key === row.key) !== index;
        const keyError =
          row.key === ''
            ? row.value !== ''
              ? 'Enter a key, or remove this tag'
              : undefined
            : duplicate
              ? 'This key is used above; only this value is kept'
              : problem(keyType, row.key);
        const valueError = problem(valueType, row.value);
        return {
          key: index,
          content: (
            <>
              <TextField
                id={fieldDomId(`${name}.${row.key || index}`)}
                label="Key"
                value={row.key}
                onChange={(event) => setAt(index, { key: event.target.value })}
                onBlur={field.onBlur}
                error={Boolean(keyError)}
                helperText={keyError}
                slotProps={{ htmlInput: { 'aria-label': `Tag ${index + 1} key`, spellCheck: false } }}
              />
              <TextField
                label="Value"
                value={row.value}
                onChange={(event) => setAt(index, { value: event.target.value })}
                onBlur={field.onBlur}
                error={Boolean(valueError)}
                helperText={valueError}
                slotProps={{ htmlInput: { 'aria-label': `Tag ${index + 1} value`, spellCheck: false } }}
              />
            </>
          ),
        };
      })}
    />
  );
}
