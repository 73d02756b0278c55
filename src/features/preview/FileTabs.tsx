/**
 * One tab per bundle file, in a strip that scrolls sideways. Hand-rolled (ARIA tabs pattern) rather
 * than MUI Tabs: those measure every tab after each render. Memoised: an edit re-renders the strip
 * only when the files or their change dots differ.
 */
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';
import { CHANGE_HIGHLIGHT_MS } from './editor-theme';

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

const fadeOut = keyframes`
  from { opacity: 1; }
  to { opacity: 0; }
`;

export const FileTabs = memo(function FileTabs({
  paths,
  active,
  onSelect,
  changed,
  changeRevision,
  panelId,
}: FileTabsProps) {
  const strip = useRef<HTMLDivElement>(null);

  useEffect(() => {
    strip.current
      ?.querySelector<HTMLElement>('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = paths.indexOf(active);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: paths.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const path = paths[(next + paths.length) % paths.length]!;
    onSelect(path);
    document.getElementById(fileTabId(path))?.focus();
  };

  return (
    <Box
      ref={strip}
      role="tablist"
      aria-label="Bundle files"
      onKeyDown={onKeyDown}
      sx={{
        display: 'flex',
        flex: 1,
        minWidth: 0,
        overflowX: 'auto',
        scrollbarWidth: 'thin',
        alignSelf: 'stretch',
      }}
    >
      {paths.map((path) => {
        const selected = path === active;
        return (
          <Box
            key={path}
            component="button"
            type="button"
            role="tab"
            id={fileTabId(path)}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(path)}
            sx={{
              all: 'unset',
              boxSizing: 'border-box',
              flex: 'none',
              display: 'inline-flex',
              alignItems: 'center',
              gap: 0.75,
              px: 1.5,
              height: 40,
              cursor: 'pointer',
              fontFamily: 'monospace',
              fontSize: 13,
              color: selected ? 'primary.main' : 'text.secondary',
              fontWeight: selected ? 600 : 400,
              borderBottom: 2,
              borderColor: selected ? 'primary.main' : 'transparent',
              '&:hover': { color: selected ? 'primary.main' : 'text.primary', bgcolor: 'action.hover' },
              '&:focus-visible': {
                outline: 2,
                outlineColor: 'primary.main',
                outlineStyle: 'solid',
                outlineOffset: -2,
              },
            }}
          >
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
                  animation: `${fadeOut} ${CHANGE_HIGHLIGHT_MS}ms ease-in forwards`,
                }}
              />
            )}
          </Box>
        );
      })}
    </Box>
  );
});
