/**
 * The Changes tab: what `terraform plan` will do to the deployed baseline (the design this session
 * started from or last opened whole) when the current design is applied over it — per resource
 * instance the action, the arguments that cause it and what it means to the running cache, worst
 * first. The prediction is the one the change suite checks against Terraform (src/generate/changes.ts).
 */
import { useDeferredValue, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { diffPlanModels, type ChangeAction, type PlannedChange } from '@/generate/changes';
import { planModel } from '@/generate/plan-model';
import type { Design } from '@/model/design';

const ACTION_LABELS: Record<
  ChangeAction,
  { label: string; color: 'error' | 'warning' | 'info' | 'success' }
> = {
  replace: { label: 'replace', color: 'error' },
  destroy: { label: 'destroy', color: 'error' },
  update: { label: 'update in place', color: 'info' },
  create: { label: 'create', color: 'success' },
};

type Review = { changes: PlannedChange[] } | { error: string };

function review(baseline: Design, design: Design, environment: string | undefined): Review {
  if (environment && !baseline.environments.some((env) => env.name === environment))
    return {
      error: `The baseline has no environment “${environment}”: every resource of it would be created.`,
    };
  try {
    const options = environment ? { environment } : {};
    return { changes: diffPlanModels(planModel(baseline, options), planModel(design, options)) };
  } catch (error) {
    return { error: `The change review could not read this design: ${(error as Error).message}` };
  }
}

function summary(changes: PlannedChange[]): string {
  return (['replace', 'destroy', 'update', 'create'] as const)
    .map((action) => [action, changes.filter((change) => change.action === action).length] as const)
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${count} to ${action}`)
    .join(', ');
}

function ChangeItem({ change }: { change: PlannedChange }) {
  const action = ACTION_LABELS[change.action];
  return (
    <Box
      component="li"
      data-action={change.action}
      sx={{ py: 1.25, borderBottom: 1, borderColor: 'divider', listStyle: 'none' }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Chip size="small" label={action.label} color={action.color} variant="outlined" />
        <Typography
          component="code"
          sx={{ fontFamily: 'monospace', fontSize: '0.85rem', wordBreak: 'break-all' }}
        >
          {change.address}
        </Typography>
      </Box>
      {change.because.length > 0 && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {change.action === 'replace' ? 'Forced by ' : 'Because of '}
          {change.because.map((name, index) => (
            <span key={name}>
              {index > 0 && ', '}
              <code>{name}</code>
            </span>
          ))}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
        {change.impact[0]!.toUpperCase() + change.impact.slice(1)}.
      </Typography>
    </Box>
  );
}

export default function ChangesView({ design, baseline }: { design: Design; baseline: Design }) {
  const deferred = useDeferredValue(design);
  const environments = deferred.environments.map((env) => env.name);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const environment = chosen && environments.includes(chosen) ? chosen : environments[0];
  const result = useMemo(() => review(baseline, deferred, environment), [baseline, deferred, environment]);

  return (
    <Box sx={{ p: 2, overflow: 'auto', height: '100%', boxSizing: 'border-box' }}>
      <Typography variant="h6" component="h2">
        Changes
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        What <code>terraform plan</code> will do to “{baseline.name}” as deployed from the design this session
        opened, when this design is applied over it. Worst first.
      </Typography>
      {environments.length > 0 && (
        <TextField
          select
          size="small"
          label="Environment (its own state)"
          value={environment}
          onChange={(event) => setChosen(event.target.value)}
          sx={{ mb: 2, minWidth: 220 }}
        >
          {environments.map((name) => (
            <MenuItem key={name} value={name}>
              {name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {'error' in result ? (
        <Alert severity="warning">{result.error}</Alert>
      ) : result.changes.length === 0 ? (
        <Alert severity="success" role="status">
          No changes: applying this design over the baseline changes no resource.
        </Alert>
      ) : (
        <>
          <Typography role="status" sx={{ fontWeight: 500 }}>
            Plan: {summary(result.changes)}.
          </Typography>
          <Box component="ul" aria-label="Planned changes, worst first" sx={{ m: 0, p: 0 }}>
            {result.changes.map((change) => (
              <ChangeItem key={change.address} change={change} />
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
