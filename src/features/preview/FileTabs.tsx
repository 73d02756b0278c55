/**
 * One tab per bundle file, in a strip that scrolls sideways. Memoised: an edit re-renders the strip
 * only when the files or their change dots differ.
 */
import { memo } from 'react';
import { TabStrip } from '../shared/TabStrip';

interface FileTabsProps {
  paths: readonly string[];
  active: string;
  onSelect: (path: string) => void;
  /** Files the last edit changed: they get a dot that fades. */
  changed: ReadonlySet<string>;
  /** Restarts the dots' fade on every edit. */
  changeRevision: number;
  /** The id of the panel the tabs control. */
  panelId: string;
}

export const fileTabId = (path: string) => `file-tab-${path}`;

export const FileTabs = memo(function FileTabs({
  paths,
  active,
  onSelect,
  changed,
  changeRevision,
  panelId,
}: FileTabsProps) {
  const tabs = paths.map((path) => ({
    value: path,
    id: fileTabId(path),
    controls: panelId,
    label: (
      <>
        {path}
        {changed.has(path) && <span key={changeRevision} className="code-file-dot" aria-hidden="true" />}
      </>
    ),
  }));
  return (
    <TabStrip
      tabs={tabs}
      selected={active}
      onSelect={onSelect}
      label="Bundle files"
      className="code-file-tabs"
    />
  );
});
