/**
 * The Terraform tab: one tab per bundle file, the open file read-only with HCL highlighting, and
 * Copy / Download for it. A dot on a file tab says the last edit changed that file.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bundle } from '@/generate';
import { CopyIcon, DownloadIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { copyText, saveFile } from '../shared/browser-files';
import { runWhenIdle } from '../shared/idle-work';
import { useNotify } from '../shared/notifications';
import { CodeViewer } from './CodeViewer';
import { codeViewVariables } from './code-styles';
import { EDITOR_PALETTES, type ColorMode } from './editor-theme';
import './code-view.css';
import { FileTabs, fileTabId } from './FileTabs';
import { attempt, GenerationFailed } from './GenerationFailed';

/** The file a new visitor sees first: the caches themselves. */
const PREFERRED_FILE = 'elasticache.tf';
/** How long edits must pause before the files are compared. */
const COMPARE_AFTER_MS = 300;

interface PreviewPanelProps {
  bundle: Bundle;
  colorMode: ColorMode;
}

interface FileChanges {
  paths: ReadonlySet<string>;
  revision: number;
}

/**
 * Which files differ from the bundle last compared. Worked out once edits pause, in idle time, a file
 * at a time: it reads, and so renders, every file of both bundles, which the keystrokes of someone
 * typing should not wait for. The dots then show what the burst of edits changed. The first bundle
 * is only kept: its files render when the first edit is compared, not while the page loads.
 */
function useChangedFiles(bundle: Bundle): FileChanges {
  const [changes, setChanges] = useState<FileChanges>({ paths: new Set(), revision: 0 });
  const compared = useRef<Bundle>(undefined);
  useEffect(() => {
    const before = compared.current;
    if (!before) {
      compared.current = bundle;
      return;
    }
    const paths = new Set<string>();
    return runWhenIdle(
      [
        ...bundle.map((file) => () => {
          // A file that fails to render shows its error when opened.
          const now = attempt(() => file.content);
          if (!('value' in now)) return;
          const old = before.find((other) => other.path === file.path);
          const was = old && attempt(() => old.content);
          if (!was || !('value' in was) || was.value !== now.value) paths.add(file.path);
        }),
        () => {
          compared.current = bundle;
          setChanges((current) => ({ paths, revision: current.revision + 1 }));
        },
      ],
      { afterMs: COMPARE_AFTER_MS },
    );
  }, [bundle]);
  return changes;
}

interface FileBarProps {
  paths: readonly string[];
  active: string;
  onSelect: (path: string) => void;
  changes: FileChanges;
  /** The text of a file of the current bundle, read when Copy or Download is used. */
  read: (path: string) => string;
}

/** The file tabs with Copy and Download. Memoised: an edit that keeps the file list skips it. */
const FileBar = memo(function FileBar({ paths, active, onSelect, changes, read }: FileBarProps) {
  const notify = useNotify();
  const copy = async () => {
    const copied = await copyText(read(active));
    notify(
      copied
        ? { message: `Copied ${active}` }
        : {
            message: 'The browser did not allow copying; select the text and copy it instead.',
            severity: 'warning',
          },
    );
  };
  return (
    <div className="code-file-bar">
      <FileTabs
        paths={paths}
        active={active}
        onSelect={onSelect}
        changed={changes.paths}
        changeRevision={changes.revision}
        panelId="file-panel"
      />
      {/* Near the right edge: a centred hint would stick out of the window and widen the page. */}
      <IconAction size="small" label={`Copy ${active}`} hintAlign="end" onClick={copy}>
        <CopyIcon fontSize="small" />
      </IconAction>
      <IconAction
        size="small"
        label={`Download ${active}`}
        hintAlign="end"
        onClick={() => saveFile(read(active), active, 'text/plain;charset=utf-8')}
      >
        <DownloadIcon fontSize="small" />
      </IconAction>
    </div>
  );
});

export function PreviewPanel({ bundle, colorMode }: PreviewPanelProps) {
  const [chosenPath, setChosenPath] = useState(PREFERRED_FILE);
  const changes = useChangedFiles(bundle);
  // The same list while the files stay the same, so the memoised bar skips a keystroke's render.
  const pathList = bundle.map((file) => file.path).join('\n');
  const paths = useMemo(() => pathList.split('\n'), [pathList]);
  const variables = useMemo(() => codeViewVariables(EDITOR_PALETTES[colorMode]), [colorMode]);
  const latestBundle = useRef(bundle);
  useEffect(() => {
    latestBundle.current = bundle;
  });
  const read = useCallback(
    (path: string) => latestBundle.current.find((file) => file.path === path)?.content ?? '',
    [],
  );
  // A file can disappear (network.tf when existing subnets are used): fall back to a present one.
  const active =
    bundle.find((file) => file.path === chosenPath) ??
    bundle.find((file) => file.path === PREFERRED_FILE) ??
    bundle[0];
  if (!active) return null;
  // The files render when first read: the open one now.
  const rendered = attempt(() => active.content);

  return (
    <div className="code-preview" style={variables}>
      <FileBar paths={paths} active={active.path} onSelect={setChosenPath} changes={changes} read={read} />
      <div
        id="file-panel"
        role="tabpanel"
        aria-labelledby={fileTabId(active.path)}
        className="code-file-panel"
      >
        {'value' in rendered ? (
          <CodeViewer files={bundle} activePath={active.path} colorMode={colorMode} />
        ) : (
          <GenerationFailed error={rendered.error} />
        )}
      </div>
    </div>
  );
}
