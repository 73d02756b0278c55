/**
 * The Cost tab: the monthly estimate per cache, per environment and in total, each line with how it
 * was priced; the expected usage the estimate assumes (editable here); the same workload as serverless
 * and as node-based, where serverless could run it; what reserved nodes would save (unknown: the
 * catalogue has no reserved prices). Every figure is labelled as an estimate for its region.
 */
import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Design } from '@/model/design';
import {
  estimateCost,
  formatUsd,
  priceRegionNote,
  type CacheCost,
  type EnvironmentCost,
  type WorkloadComparison,
} from '@/model/cost';
import { ExpectedUsageEditor } from './ExpectedUsageEditor';

const totalOf = (environments: EnvironmentCost[]) =>
  environments.some((environment) => environment.monthlyUsd === null)
    ? null
    : Math.round(environments.reduce((total, environment) => total + environment.monthlyUsd!, 0) * 100) / 100;

const money = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Figure({
  label,
  usd,
  detail,
  testId,
}: {
  label: string;
  usd: number | null;
  detail: string;
  testId: string;
}) {
  return (
    <Box
      data-testid={testId}
      sx={{ flex: '1 1 200px', border: 1, borderColor: 'divider', borderRadius: 1, px: 1.5, py: 1 }}
    >
      <Typography variant="caption" color="textSecondary" component="p">
        {label}
      </Typography>
      <Typography variant="subtitle1" component="p" sx={{ ...money, fontWeight: 600 }}>
        {formatUsd(usd)}
        <Typography component="span" variant="body2" color="textSecondary">
          {' '}
          / month (est.)
        </Typography>
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {detail}
      </Typography>
    </Box>
  );
}

function WorkloadFigures({ comparison }: { comparison: WorkloadComparison }) {
  if (!comparison.available)
    return (
      <Typography variant="body2" data-testid="no-serverless-comparison">
        No serverless comparison: {comparison.reason}
      </Typography>
    );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
      <Figure
        testId="as-serverless"
        label="As serverless"
        usd={comparison.asServerlessUsd}
        detail="Data stored and ECPUs at the expected usage"
      />
      <Figure
        testId="as-node-based"
        label="As node-based"
        usd={comparison.asNodeBasedUsd}
        detail={
          comparison.nodeBasedShape === 'this design' ? 'The nodes of this design' : comparison.nodeBasedShape
        }
      />
    </Box>
  );
}

function CacheCostCard({ cost, headingId }: { cost: CacheCost; headingId: string }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 1 }}>
        <Typography
          id={headingId}
          variant="subtitle2"
          component="h4"
          sx={{ fontFamily: 'monospace', mr: 'auto' }}
        >
          {cost.cacheId}
        </Typography>
        <Typography variant="subtitle2" component="p" sx={money} data-testid="cache-total">
          {formatUsd(cost.monthlyUsd)} / month (estimate)
        </Typography>
      </Box>
      <Table size="small" aria-label={`Cost breakdown of ${cost.cacheId}`}>
        <TableBody>
          {cost.lines.map((line) => (
            <TableRow key={line.label}>
              <TableCell sx={{ pl: 0 }}>{line.label}</TableCell>
              <TableCell align="right" sx={{ ...money, pr: 0 }}>
                {formatUsd(line.monthlyUsd)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="overline" component="h5" color="textSecondary" sx={{ display: 'block', mt: 1.5 }}>
        Same workload, two ways
      </Typography>
      <WorkloadFigures comparison={cost.comparison} />
      <Typography variant="body2" color="textSecondary" sx={{ mt: 1.5 }}>
        Reserved nodes (one or three years): the saving is not known — the price catalogue holds no
        reserved-node prices, only on-demand ones.
      </Typography>
    </Paper>
  );
}

/** `onChange` replaces the design (one undo step) when the expected usage is edited here. */
export default function CostView({ design, onChange }: { design: Design; onChange: (next: Design) => void }) {
  const environments = useMemo(() => estimateCost(design), [design]);
  const total = totalOf(environments);
  const many = environments.length > 1;
  return (
    <Box
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Box>
        <Typography
          variant="overline"
          component="h3"
          color="textSecondary"
          sx={{ display: 'block', lineHeight: 1.5 }}
        >
          Estimated monthly cost{many ? `, ${environments.length} environments` : ''}
        </Typography>
        <Typography variant="h5" component="p" sx={{ ...money, fontWeight: 600 }} data-testid="cost-total">
          {formatUsd(total)}{' '}
          <Typography component="span" variant="body1" color="textSecondary">
            / month (estimate)
          </Typography>
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {priceRegionNote(design.region)} On-demand list prices; reserved nodes and data transfer differ too.
        </Typography>
      </Box>
      {design.caches.length === 0 && <Alert severity="info">Add a cache to see its estimate.</Alert>}
      {design.caches.length > 0 && <ExpectedUsageEditor design={design} onChange={onChange} />}
      {environments.map((environment) => {
        const key = environment.environment ?? 'design';
        const headingId = `cost-env-${key}`;
        return (
          <Box component="section" key={key} aria-labelledby={many ? headingId : undefined}>
            {many && (
              <>
                <Divider sx={{ mb: 1.5 }} />
                <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 1 }}>
                  <Typography
                    id={headingId}
                    variant="subtitle1"
                    component="h3"
                    sx={{ fontWeight: 600, mr: 'auto' }}
                  >
                    Environment {environment.environment}
                  </Typography>
                  <Typography variant="subtitle1" component="p" sx={money}>
                    {formatUsd(environment.monthlyUsd)} / month (estimate)
                  </Typography>
                </Box>
              </>
            )}
            <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
              {environment.caches.map((cost) => (
                <CacheCostCard key={cost.cacheId} cost={cost} headingId={`cost-${key}-${cost.cacheId}`} />
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
