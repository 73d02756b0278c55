/**
 * The workspace: top bar, the form beside its output, and the flows that bring designs in and out —
 * presets, share links, imports, autosave, undo.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { DESIGN_FILE_SOURCE } from '@/import/design-file-source';
import type { ImportReport } from '@/import/import-report';
import type { Design } from '@/model/design';
import type { Preset } from '@/model/presets';
import type { FieldPath, Finding } from '@/model/rules';
import type { IntakeError } from '@/share/intake';
import { currentFinding } from '@/features/checks/fixes';
import type { DesignFormHandle } from '@/features/design-form/DesignForm';
import { useUndoShortcuts } from '@/features/history/use-undo-shortcuts';
import { describeIntakeError } from '@/features/shared/intake-errors';
import { useShareLink } from '@/features/share/use-share-link';
import { NotificationsProvider, useNotify } from '@/features/shared/notifications';
import { createDesignSession, type DesignSession } from './design-session';
import { IMPORT_REPORT_NOTICE, importReportNotice } from './import-notice';
import { afterFirstEditor, afterFirstScreen } from './first-screen';
import { OutputPanel } from './OutputPanel';
import { SplitLayout } from './SplitLayout';
import { TopBar } from './TopBar';
import { isBlankDesign, linkNotice, sameDesign, type Notice, type Startup } from './startup';
import { useDesignPersistence } from './use-design-persistence';
import { useOtherTabDrafts } from './use-other-tab-drafts';

// The form loads after the first screen, the rules after the editor; dialogs and notices when first needed.
const DesignForm = lazy(() => afterFirstScreen().then(() => import('@/features/design-form/DesignForm')));
const Notices = lazy(() => import('./Notices'));

/** The form's outline while it loads (styled by shell.css, as the rest of the first screen). */
function FormSkeleton() {
  return (
    <div className="shell-skeleton" role="status" aria-label="Loading the form">
      {[140, 96, 420].map((height, index) => (
        <span key={index} style={{ height }} />
      ))}
    </div>
  );
}

/** The skip link's target: focus moves to the output's selected tab, from which arrow keys and Tab lead on. */
function skipToOutput(event: MouseEvent) {
  event.preventDefault();
  document
    .querySelector<HTMLElement>('[role="tablist"][aria-label="Output"] [aria-selected="true"]')
    ?.focus();
}

function Workspace({ session, startup }: { session: DesignSession; startup: Startup }) {
  const notify = useNotify();
  const formRef = useRef<DesignFormHandle>(null);
  const [notices, setNotices] = useState(startup.notices);

  const addNotice = useCallback(
    (notice: Notice) =>
      setNotices((current) => [...current.filter((other) => other.id !== notice.id), notice]),
    [],
  );
  const dismissNotice = useCallback(
    (id: string) => setNotices((current) => current.filter((notice) => notice.id !== id)),
    [],
  );
  const onSaveError = useCallback(
    (message: string) => addNotice({ id: 'storage', severity: 'warning', title: 'Autosave is off', message }),
    [addNotice],
  );

  useEffect(() => session.onReplace((design) => formRef.current?.reset(design)), [session]);
  useUndoShortcuts(session.undo, session.redo);
  useDesignPersistence(session, onSaveError);
  useEffect(() => {
    afterFirstEditor()
      .then(() => Promise.all([import('@/model/rules'), import('@/model/design-changes')]))
      .then(
        ([{ checkDesign }, { replacementFindings }]) =>
          // The design the session opened with stands for what is deployed: a change that recreates
          // one of its caches is a warning before anyone downloads the bundle.
          session.setChecker((design) => [
            ...checkDesign(design),
            ...replacementFindings(startup.design, design),
          ]),
        () =>
          notify({
            message: 'The checks could not be loaded; reload the page to see them.',
            severity: 'error',
          }),
      );
  }, [session, notify, startup.design]);

  /** Replaces the design as one undoable step, and says so with an Undo action. */
  const replaceDesign = useCallback(
    (design: Design, message: string) => {
      session.replace(design);
      notify({ message, action: { label: 'Undo', onClick: session.undo } });
    },
    [session, notify],
  );
  /** Opens a whole design (preset, link, file): it also becomes what the Changes view reviews against. */
  const openDesign = useCallback(
    (design: Design, message: string) => {
      replaceDesign(design, message);
      session.setBaseline(design);
    },
    [session, replaceDesign],
  );
  /**
   * Applies the fix of a finding the design still has, from the field it marks or from Checks. Focus
   * moves to that field: the fix button goes away with the finding, and focus must not fall to the page.
   */
  const applyFix = useCallback(
    (shown: Finding) => {
      const { design, findings } = session.getState();
      const finding = currentFinding(findings ?? [], shown);
      if (!finding?.fix) return;
      replaceDesign(finding.fix.apply(design, finding), `Applied: ${finding.fix.label}`);
      formRef.current?.focusField(finding.path);
    },
    [session, replaceDesign],
  );
  useOtherTabDrafts(session, { addNotice, dismissNotice, replaceDesign });
  const openLinkedDesign = useCallback(
    (design: Design) => openDesign(design, `Opened the shared design “${design.name}”`),
    [openDesign],
  );

  const { copyLink, dialogs: shareDialogs } = useShareLink({
    current: useCallback(() => {
      const { design, schemaIssues } = session.getState();
      return { design, hasInvalidFields: schemaIssues.length > 0 };
    }, [session]),
    initialPendingLink: startup.pendingLink,
    decide: useCallback(
      (current: Design, linked: Design) =>
        sameDesign(current, linked) ? 'ignore' : isBlankDesign(current) ? 'open' : 'ask',
      [],
    ),
    open: openLinkedDesign,
    onBrokenLink: useCallback((error: IntakeError) => addNotice(linkNotice(error)), [addNotice]),
    onLinkRead: useCallback(() => dismissNotice('link'), [dismissNotice]),
  });

  const onPreset = (preset: Preset) =>
    openDesign(structuredClone(preset.design), `Loaded the preset “${preset.title}”`);
  const onImport = (design: Design, source: string, report?: ImportReport) => {
    dismissNotice('import');
    dismissNotice(IMPORT_REPORT_NOTICE);
    openDesign(design, `Imported ${source}`);
    if (report && report.source !== DESIGN_FILE_SOURCE) addNotice(importReportNotice(report, source));
  };
  const onImportError = (error: IntakeError, source: string) => {
    const problem = describeIntakeError(error, source);
    addNotice({
      ...problem,
      id: 'import',
      severity: 'error',
      message: `${problem.message} Nothing was changed.`,
    });
  };

  const onValuesChange = useCallback(
    (values: unknown, name: string | undefined) => session.formChanged(values, name),
    [session],
  );
  const onSelectField = useCallback((path: FieldPath) => formRef.current?.focusField(path), []);
  const onCacheRemoved = useCallback(
    (cacheId: string) =>
      notify({
        message: `Removed the cache ${cacheId}`,
        severity: 'info',
        action: { label: 'Undo', onClick: session.undo },
      }),
    [notify, session],
  );
  // The design may have been replaced (a preset chosen) while the form was still loading.
  const attachForm = useCallback(
    (handle: DesignFormHandle | null) => {
      formRef.current = handle;
      if (!handle) return;
      session.prepareForEdits();
      const { design } = session.getState();
      if (design !== startup.design) handle.reset(design);
    },
    [session, startup.design],
  );
  // Created once: the form must not re-render when the workspace does (a notice, a dialog).
  const form = useMemo(
    () => (
      <div className="shell-form">
        <Suspense fallback={<FormSkeleton />}>
          <DesignForm
            ref={attachForm}
            initialDesign={startup.design}
            onValuesChange={onValuesChange}
            annotationSource={session}
            onApplyFix={applyFix}
            onCacheRemoved={onCacheRemoved}
          />
        </Suspense>
      </div>
    ),
    [startup.design, onValuesChange, session, applyFix, attachForm, onCacheRemoved],
  );
  const output = useMemo(
    () => <OutputPanel session={session} onSelectField={onSelectField} onApplyFix={applyFix} />,
    [session, onSelectField, applyFix],
  );

  return (
    <div className="shell-workspace">
      <a className="shell-skip-link" href="#output-panel-terraform" onClick={skipToOutput}>
        Skip to output
      </a>
      <TopBar
        session={session}
        onPreset={onPreset}
        onCopyLink={() => void copyLink()}
        onImport={onImport}
        onImportError={onImportError}
      />
      {notices.length > 0 && (
        <Suspense fallback={null}>
          <Notices notices={notices} onDismiss={dismissNotice} />
        </Suspense>
      )}
      <main className="shell-main">
        <SplitLayout left={form} right={output} leftLabel="Design form" rightLabel="Output" />
      </main>
      {shareDialogs}
    </div>
  );
}

export function App({ startup }: { startup: Startup }) {
  const [session] = useState(() => createDesignSession(startup.design));
  return (
    <NotificationsProvider>
      <Workspace session={session} startup={startup} />
    </NotificationsProvider>
  );
}
