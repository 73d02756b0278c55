/**
 * The Diagram tab: the topology drawn from the design (our own escaped SVG markup), fitted to the
 * panel or at full size, with downloads as SVG and PNG (drawn on a canvas in the page, no network).
 */
import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Design } from '@/model/design';
import { DIAGRAM_PALETTES, topologyCounts, topologySvg } from '@/generate/diagram';
import { saveFile } from '@/features/shared/browser-files';
import { DownloadIcon } from '@/features/shared/icons';
import { useNotify } from '@/features/shared/notifications';
import { svgToPng } from './svg-to-png';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

type TopologyCounts = ReturnType<typeof topologyCounts>;

/**
 * What the design deploys. The drawing shows a cache stamped per service once; it is deployed once
 * per service, so its nodes count that many times (its regions once).
 */
export function deployedCounts(design: Design): TopologyCounts {
  const counts = topologyCounts(design);
  for (const cache of design.caches) {
    const extraCopies = cache.instances.length - 1;
    if (extraCopies < 1) continue;
    const one = topologyCounts({ ...design, caches: [cache] });
    counts.primaries += extraCopies * one.primaries;
    counts.replicas += extraCopies * one.replicas;
    counts.nodes += extraCopies * one.nodes;
    counts.serverless += extraCopies * one.serverless;
  }
  return counts;
}

/** "2 primaries · 2 replicas · 1 region", plus Memcached nodes and serverless caches when present. */
export function topologySummary(counts: TopologyCounts): string {
  const parts = [
    plural(counts.primaries, 'primary', 'primaries'),
    plural(counts.replicas, 'replica'),
    plural(counts.regions, 'region'),
  ];
  if (counts.nodes) parts.push(plural(counts.nodes, 'Memcached node'));
  if (counts.serverless) parts.push(plural(counts.serverless, 'serverless cache'));
  return parts.join(' · ');
}

export default function DiagramView({ design, mode }: { design: Design; mode: 'light' | 'dark' }) {
  const notify = useNotify();
  const [fit, setFit] = useState(true);
  const svg = useMemo(() => topologySvg(design, DIAGRAM_PALETTES[mode]), [design, mode]);
  const summary = useMemo(() => topologySummary(deployedCounts(design)), [design]);
  const fileBase = `${design.name || 'design'}-topology`;

  const downloadPng = async () => {
    try {
      saveFile(await svgToPng(svg, 2), `${fileBase}.png`, 'image/png');
    } catch {
      notify({ message: 'The PNG could not be drawn; download the SVG instead.', severity: 'error' });
    }
  };

  return (
    <Box sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: 1,
          px: 2,
          py: 1,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Typography variant="body2" color="textSecondary" data-testid="diagram-summary" sx={{ mr: 'auto' }}>
          {summary}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={fit ? 'fit' : 'actual'}
          onChange={(_event, value: 'fit' | 'actual' | null) => value && setFit(value === 'fit')}
          aria-label="Diagram zoom"
        >
          <ToggleButton value="fit">Fit</ToggleButton>
          <ToggleButton value="actual">Actual size</ToggleButton>
        </ToggleButtonGroup>
        <Button
          size="small"
          variant="outlined"
          startIcon={<DownloadIcon />}
          onClick={() => saveFile(svg, `${fileBase}.svg`, 'image/svg+xml')}
        >
          Download SVG
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<DownloadIcon />}
          onClick={() => void downloadPng()}
        >
          Download PNG
        </Button>
      </Box>
      <Box
        data-testid="diagram"
        // Our own markup: every design value in it is escaped by topologySvg.
        dangerouslySetInnerHTML={{ __html: svg }}
        sx={{
          flex: 1,
          minHeight: 0,
          overflow: 'auto',
          p: 2,
          bgcolor: DIAGRAM_PALETTES[mode].background,
          '& > svg': fit
            ? {
                display: 'block',
                maxWidth: '100%',
                maxHeight: '100%',
                width: 'auto',
                height: 'auto',
                mx: 'auto',
              }
            : { display: 'block' },
        }}
      />
    </Box>
  );
}
