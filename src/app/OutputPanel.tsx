/**
 * The right-hand side: tabs over what the design produces. Terraform and Checks today; Diagram and
 * Cost will be further tabs, each a panel loaded when first shown, like Checks.
 */
import { lazy, memo, Suspense, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { generate, type Bundle } from '@/generate';
import type { Design } from '@/model/design';
import type { FieldPath } from '@/model/rules';
import { PreviewPanel } from '@/features/preview/PreviewPanel';
import { ErrorIcon, WarningIcon } from '@/features/shared/icons';
import { useSession, type DesignSession } from './design-session';
import { useThemeMode } from './theme-mode';

type OutputTab = 'terraform' | 'checks';

const ChecksView = lazy(() => import('./ChecksView'));

function useBundle(design: Design): { bundle: Bundle } | { error: Error } {
  return useMemo(() => {
    try {
      return { bundle: generate(design) };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  }, [design]);
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

function CountBadge({ count, severity }: { count: number; severity: 'error' | 'warning' }) {
  if (!count) return null;
  const Icon = severity === 'error' ? ErrorIcon : WarningIcon;
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.25,
        color: `${severity}.main`,
        fontWeight: 700,
      }}
    >
      <Icon sx={{ fontSize: 16 }} aria-hidden="true" />
      {count}
      <Box component="span" sx={visuallyHidden}>
        {severity === 'error' ? (count === 1 ? ' error' : ' errors') : count === 1 ? ' warning' : ' warnings'}
      </Box>
    </Box>
  );
}

function Loading() {
  return (
    <Box sx={{ p: 3, color: 'text.secondary' }} role="status">
      Checking the design…
    </Box>
  );
}

/**
 * Memoised: MUI Tabs measures its tabs after every render, and the panel re-renders on every
 * keystroke; the tabs need to only when the counts change.
 */
const OutputTabs = memo(function OutputTabs({
  tab,
  onChange,
  errors,
  warnings,
}: {
  tab: OutputTab;
  onChange: (tab: OutputTab) => void;
  errors: number;
  warnings: number;
}) {
  return (
    <Tabs
      value={tab}
      onChange={(_event, value: OutputTab) => onChange(value)}
      aria-label="Output"
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper', px: 1, minHeight: 48 }}
    >
      <Tab
        value="terraform"
        label="Terraform"
        id="output-tab-terraform"
        aria-controls="output-panel-terraform"
      />
      <Tab
        value="checks"
        id="output-tab-checks"
        aria-controls="output-panel-checks"
        label={
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
            Checks
            <CountBadge count={errors} severity="error" />
            <CountBadge count={warnings} severity="warning" />
          </Box>
        }
      />
    </Tabs>
  );
});

interface OutputPanelProps {
  session: DesignSession;
  onSelectField: (path: FieldPath) => void;
  /** When the full editor may load (the static preview shows until then). */
  loadEditor: boolean;
}

export function OutputPanel({ session, onSelectField, loadEditor }: OutputPanelProps) {
  const [tab, setTab] = useState<OutputTab>('terraform');
  const { mode } = useThemeMode();
  const design = useSession(session, (state) => state.design);
  const findings = useSession(session, (state) => state.findings);
  const schemaIssues = useSession(session, (state) => state.schemaIssues);
  const ruleErrors = findings?.filter((finding) => finding.severity === 'error').length ?? 0;
  const counts = { errors: ruleErrors + schemaIssues.length, warnings: (findings?.length ?? 0) - ruleErrors };
  const output = useBundle(design);

  const panel = (value: OutputTab) => ({
    role: 'tabpanel',
    id: `output-panel-${value}`,
    'aria-labelledby': `output-tab-${value}`,
    hidden: tab !== value,
    sx: { flex: 1, minHeight: 0, display: tab === value ? 'flex' : 'none', flexDirection: 'column' },
  });

  return (
    <>
      <OutputTabs tab={tab} onChange={setTab} errors={counts.errors} warnings={counts.warnings} />
      <Box {...panel('terraform')}>
        {'bundle' in output ? (
          <PreviewPanel bundle={output.bundle} colorMode={mode} loadEditor={loadEditor} />
        ) : (
          <Alert severity="error" sx={{ m: 2 }}>
            <AlertTitle>The Terraform could not be generated</AlertTitle>
            {output.error.message}. Your design is kept; export it (⋮ → Export design JSON) and report the
            problem.
          </Alert>
        )}
      </Box>
      <Box {...panel('checks')} sx={{ ...panel('checks').sx, bgcolor: 'background.paper' }}>
        {tab === 'checks' &&
          (findings ? (
            <Suspense fallback={<Loading />}>
              <ChecksView
                findings={findings}
                schemaIssues={schemaIssues}
                design={design}
                onSelectField={onSelectField}
              />
            </Suspense>
          ) : (
            <Loading />
          ))}
      </Box>
    </>
  );
}
