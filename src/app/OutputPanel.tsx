/**
 * The right-hand side: tabs over what the design produces: Terraform, Checks, and the Diagram, Cost,
 * Connect and Changes tabs, each a panel loaded when first shown and computed only while it is visible.
 */
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { generateLazily, type Bundle } from '@/generate';
import type { Design } from '@/model/design';
import { encodeShareFragment } from '@/share/link-format';
import type { FieldPath, Finding } from '@/model/rules';
import type { ColorMode } from '@/features/preview/editor-theme';
import { attempt, GenerationFailed } from '@/features/preview/GenerationFailed';
import { PreviewPanel } from '@/features/preview/PreviewPanel';
import { ErrorIcon, WarningIcon } from '@/features/shared/icons';
import { TabStrip } from '@/features/shared/TabStrip';
import { ruleErrorCount, useSession, type DesignSession } from './design-session';
import { useThemeMode } from './theme-mode';

type OutputTab = 'terraform' | 'checks' | 'diagram' | 'cost' | 'connect' | 'changes';

const ChecksView = lazy(() => import('./ChecksView'));
const DiagramView = lazy(() => import('@/features/diagram/DiagramView'));
const CostView = lazy(() => import('@/features/cost/CostView'));
const ConnectView = lazy(() => import('@/features/connect/ConnectView'));
const ChangesView = lazy(() => import('@/features/changes/ChangesView'));

/** The tabs after Checks: each draws from the design (Changes also from the session's baseline). */
const INSIGHT_TABS = [
  { value: 'diagram', label: 'Diagram', loading: 'Drawing the diagram…' },
  { value: 'cost', label: 'Cost', loading: 'Estimating the cost…' },
  { value: 'connect', label: 'Connect', loading: 'Loading the connection guide…' },
  { value: 'changes', label: 'Changes', loading: 'Reviewing the changes…' },
] as const;

function useBundle(design: Design): { value: Bundle } | { error: Error } {
  return useMemo(
    () => attempt(() => generateLazily(design, { shareFragment: encodeShareFragment })),
    [design],
  );
}

function CountBadge({ count, severity }: { count: number; severity: 'error' | 'warning' }) {
  if (!count) return null;
  const Icon = severity === 'error' ? ErrorIcon : WarningIcon;
  return (
    <span className="shell-count" data-severity={severity}>
      <Icon aria-hidden="true" />
      {count}
      <span className="visually-hidden">
        {severity === 'error' ? (count === 1 ? ' error' : ' errors') : count === 1 ? ' warning' : ' warnings'}
      </span>
    </span>
  );
}

function Loading({ text = 'Checking the design…' }: { text?: string }) {
  return (
    <div className="shell-output-status" role="status">
      {text}
    </div>
  );
}

function OutputTabs({
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
  const labelled: { value: OutputTab; label: ReactNode }[] = [
    { value: 'terraform', label: 'Terraform' },
    {
      value: 'checks',
      label: (
        <>
          Checks
          <CountBadge count={errors} severity="error" />
          <CountBadge count={warnings} severity="warning" />
        </>
      ),
    },
    ...INSIGHT_TABS,
  ];
  const tabs = labelled.map(({ value, label }) => ({
    value,
    label,
    id: `output-tab-${value}`,
    controls: `output-panel-${value}`,
  }));
  return (
    <TabStrip tabs={tabs} selected={tab} onSelect={onChange} label="Output" className="shell-output-tabs" />
  );
}

interface OutputPanelProps {
  session: DesignSession;
  onSelectField: (path: FieldPath) => void;
  onApplyFix: (finding: Finding) => void;
}

/**
 * The open file of the bundle. Each tab's content reads the session itself, so an edit re-renders
 * the content, not the tabs.
 */
function TerraformOutput({ session, mode }: { session: DesignSession; mode: ColorMode }) {
  const output = useBundle(useSession(session, (state) => state.design));
  const invalidFields = useSession(session, (state) => state.schemaIssues.length);
  return (
    <>
      {invalidFields > 0 && (
        <div className="shell-stale-banner" role="status">
          <WarningIcon aria-hidden="true" />
          Showing the last valid design — fix {invalidFields} field{invalidFields === 1 ? '' : 's'} to see
          your latest changes.
        </div>
      )}
      {'value' in output ? (
        <PreviewPanel bundle={output.value} colorMode={mode} />
      ) : (
        <GenerationFailed error={output.error} />
      )}
    </>
  );
}

function ChecksOutput({ session, onSelectField, onApplyFix }: OutputPanelProps) {
  const design = useSession(session, (state) => state.design);
  const findings = useSession(session, (state) => state.findings);
  const schemaIssues = useSession(session, (state) => state.schemaIssues);
  if (!findings) return <Loading />;
  return (
    <Suspense fallback={<Loading />}>
      <ChecksView
        findings={findings}
        schemaIssues={schemaIssues}
        design={design}
        onSelectField={onSelectField}
        onApplyFix={onApplyFix}
      />
    </Suspense>
  );
}

function InsightOutput({
  session,
  insight,
  mode,
}: {
  session: DesignSession;
  insight: (typeof INSIGHT_TABS)[number];
  mode: ColorMode;
}) {
  const design = useSession(session, (state) => state.design);
  const baseline = useSession(session, (state) => state.baseline);
  return (
    <Suspense fallback={<Loading text={insight.loading} />}>
      {insight.value === 'diagram' && <DiagramView design={design} mode={mode} />}
      {insight.value === 'cost' && <CostView design={design} onChange={session.replace} />}
      {insight.value === 'connect' && <ConnectView design={design} />}
      {insight.value === 'changes' && <ChangesView design={design} baseline={baseline} />}
    </Suspense>
  );
}

export function OutputPanel(props: OutputPanelProps) {
  const { session } = props;
  const [tab, setTab] = useState<OutputTab>('terraform');
  const { mode } = useThemeMode();
  // Counts only: the panel re-renders when they change, the open tab's content on every edit.
  const ruleErrors = useSession(session, ruleErrorCount);
  const ruleFindings = useSession(session, (state) => state.findings?.length ?? 0);
  const schemaIssues = useSession(session, (state) => state.schemaIssues.length);

  const panel = (value: OutputTab) => ({
    role: 'tabpanel',
    id: `output-panel-${value}`,
    'aria-labelledby': `output-tab-${value}`,
    hidden: tab !== value,
  });

  return (
    // The panels are plain elements styled from here (.shell-output in shell.css), not a styled
    // component each: the first screen renders sooner.
    <div className="shell-output">
      <OutputTabs
        tab={tab}
        onChange={setTab}
        errors={ruleErrors + schemaIssues}
        warnings={ruleFindings - ruleErrors}
      />
      <div {...panel('terraform')}>
        <TerraformOutput session={session} mode={mode} />
      </div>
      <div {...panel('checks')}>{tab === 'checks' && <ChecksOutput {...props} />}</div>
      {INSIGHT_TABS.map((insight) => (
        <div key={insight.value} {...panel(insight.value)}>
          {tab === insight.value && <InsightOutput session={session} insight={insight} mode={mode} />}
        </div>
      ))}
    </div>
  );
}
