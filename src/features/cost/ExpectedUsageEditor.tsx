/**
 * The expected usage each cache's estimate assumes, editable beside the figures it drives. It is part
 * of the design (the form's Capacity section edits the same fields); an edit here is committed when
 * the field is left or Enter is pressed, as one undoable step.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { expectedUsageSchema, type Design, type ExpectedUsage } from '@/model/design';
import { friendlyIssueMessage } from '@/features/design-form';

type UsageKey = keyof ExpectedUsage;

const FIELDS: Record<UsageKey, { label: string; step: number }> = {
  dataGb: { label: 'Expected data (GB)', step: 0.1 },
  requestsPerSecond: { label: 'Expected requests per second', step: 100 },
};

/** One number of one cache's usage; checked against the design schema before it is committed. */
function UsageField({
  usage,
  field,
  onCommit,
}: {
  usage: ExpectedUsage;
  field: UsageKey;
  onCommit: (next: ExpectedUsage) => void;
}) {
  const [text, setText] = useState(String(usage[field]));
  const [error, setError] = useState<string>();
  // The design may change elsewhere (the form, undo): show its value unless one is being typed.
  const [shown, setShown] = useState(usage[field]);
  if (shown !== usage[field]) {
    setShown(usage[field]);
    setText(String(usage[field]));
    setError(undefined);
  }

  const commit = () => {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    const parsed = expectedUsageSchema.safeParse(
      { ...usage, [field]: value },
      { error: friendlyIssueMessage },
    );
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    if (parsed.data[field] !== usage[field]) onCommit(parsed.data);
  };

  return (
    <TextField
      size="small"
      type="number"
      label={FIELDS[field].label}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      error={Boolean(error)}
      helperText={error}
      slotProps={{ htmlInput: { step: FIELDS[field].step, min: 0 } }}
      sx={{ flex: '1 1 180px' }}
    />
  );
}

export function ExpectedUsageEditor({
  design,
  onChange,
}: {
  design: Design;
  onChange: (next: Design) => void;
}) {
  const setUsage = (index: number, usage: ExpectedUsage) =>
    onChange({
      ...design,
      caches: design.caches.map((cache, at) => (at === index ? { ...cache, expectedUsage: usage } : cache)),
    });
  return (
    <Box component="section" aria-labelledby="cost-usage-heading">
      <Typography id="cost-usage-heading" variant="subtitle2" component="h3">
        Expected usage
      </Typography>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
        What each cache holds and serves at a typical hour. The serverless figures and backups are priced from
        it; it is saved with the design.
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {design.caches.map((cache, index) => (
          <Box
            key={cache.id}
            role="group"
            aria-label={`Expected usage of ${cache.id}`}
            sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1.5 }}
          >
            <Typography variant="body2" sx={{ fontFamily: 'monospace', flex: '0 0 140px', pt: 1 }}>
              {cache.id}
            </Typography>
            {(Object.keys(FIELDS) as UsageKey[]).map((field) => (
              <UsageField
                key={field}
                usage={cache.expectedUsage}
                field={field}
                onCommit={(usage) => setUsage(index, usage)}
              />
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
