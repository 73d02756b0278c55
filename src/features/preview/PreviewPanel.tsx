/**
 * The Terraform tab: one tab per bundle file, the open file read-only with HCL highlighting, and
 * Copy / Download for it. A dot on a file tab says the last edit changed that file.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import type { Bundle } from '@/generate';
import { CopyIcon, DownloadIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { copyText, saveFile } from '../shared/browser-files';
import { useNotify } from '../shared/notifications';
import { CodeViewer } from './CodeViewer';
import type { ColorMode } from './editor-theme';
import { FileTabs, fileTabId } from './FileTabs';

/** The file a new visitor sees first: the caches themselves. */
const PREFERRED_FILE = 'elasticache.tf';

interface PreviewPanelProps {
  bundle: Bundle;
  colorMode: ColorMode;
}

interface FileChanges {
  paths: ReadonlySet<string>;
  revision: number;
}

/** Which files differ from the previous bundle (React's "information from previous renders"). */
function useChangedFiles(bundle: Bundle): FileChanges {
  const [seen, setSeen] = useState({
    bundle,
    changes: { paths: new Set<string>(), revision: 0 } as FileChanges,
  });
  if (seen.bundle === bundle) return seen.changes;
  const before = new Map(seen.bundle.map((file) => [file.path, file.content]));
  const paths = new Set(
    bundle.filter((file) => before.get(file.path) !== file.content).map((file) => file.path),
  );
  const changes = { paths, revision: seen.changes.revision + 1 };
  setSeen({ bundle, changes });
  return changes;
}

export function PreviewPanel({ bundle, colorMode }: PreviewPanelProps) {
  const notify = useNotify();
  const [chosenPath, setChosenPath] = useState(PREFERRED_FILE);
  const changed = useChangedFiles(bundle);
  // A file can disappear (network.tf when existing subnets are used): fall back to a present one.
  const active =
    bundle.find((file) => file.path === chosenPath) ??
    bundle.find((file) => file.path === PREFERRED_FILE) ??
    bundle[0];
  if (!active) return null;

  const copy = async () => {
    const copied = await copyText(active.content);
    notify(
      copied
        ? { message: `Copied ${active.path}` }
        : {
            message: 'The browser did not allow copying; select the text and copy it instead.',
            severity: 'warning',
          },
    );
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          borderBottom: 1,
          borderColor: 'divider',
          pr: 1,
        }}
      >
        <FileTabs
          paths={bundle.map((file) => file.path)}
          active={active.path}
          onSelect={setChosenPath}
          changed={changed.paths}
          changeRevision={changed.revision}
          panelId="file-panel"
        />
        <IconAction size="small" label={`Copy ${active.path}`} onClick={copy}>
          <CopyIcon fontSize="small" />
        </IconAction>
        <IconAction
          size="small"
          label={`Download ${active.path}`}
          hintAlign="end"
          onClick={() => saveFile(active.content, active.path, 'text/plain;charset=utf-8')}
        >
          <DownloadIcon fontSize="small" />
        </IconAction>
      </Box>
      <Box
        id="file-panel"
        role="tabpanel"
        aria-labelledby={fileTabId(active.path)}
        sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <CodeViewer files={bundle} activePath={active.path} colorMode={colorMode} />
      </Box>
    </Box>
  );
}
