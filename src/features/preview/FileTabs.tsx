/**
 * One tab per bundle file, in a strip that scrolls sideways. Memoised: an edit re-renders the strip
 * only when the files or their change dots differ.
 */
import { memo } from 'react';
import Box from '@mui/material/Box';
import { TabStrip } from '../shared/TabStrip';
import { CHANGE_FADE } from './code-styles';

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

const FILE_TAB_SX = {
  gap: 0.75,
  px: 1.5,
  height: 40,
  fontFamily: 'monospace',
  fontSize: 13,
  '&[aria-selected="true"]': { fontWeight: 600 },
};

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
        {changed.has(path) && (
          <Box
            key={changeRevision}
            component="span"
            aria-hidden="true"
            sx={{
              width: 6,
              height: 6,
              borderRadius: '50%',
              bgcolor: 'warning.main',
              animation: CHANGE_FADE,
            }}
          />
        )}
      </>
    ),
  }));
  return (
    <TabStrip
      tabs={tabs}
      selected={active}
      onSelect={onSelect}
      label="Bundle files"
      sx={{ flex: 1, alignSelf: 'stretch' }}
      tabSx={FILE_TAB_SX}
    />
  );
});
