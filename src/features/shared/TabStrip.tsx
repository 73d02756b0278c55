/**
 * A row of tabs that scrolls sideways (the ARIA tabs pattern: roving focus, arrow keys, Home/End).
 * Hand-rolled rather than MUI Tabs: those measure every tab after each render, and on the first one
 * force a layout and a second, synchronous render before the page can paint. Here the indicator is a
 * border, so nothing is measured.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { SystemStyleObject } from '@mui/system';

export interface TabStripItem<Value extends string> {
  value: Value;
  label: ReactNode;
  /** The tab's DOM id, which its panel names in `aria-labelledby`. */
  id: string;
  /** The id of the panel the tab controls. */
  controls: string;
}

interface TabStripProps<Value extends string> {
  tabs: readonly TabStripItem<Value>[];
  selected: Value;
  onSelect: (value: Value) => void;
  label: string;
  /** The look of each tab beyond the shared one (the selected tab is primary-coloured and underlined). */
  tabSx: SystemStyleObject<Theme>;
  sx?: SxProps<Theme>;
}

// One style for every tab, whatever its state: the state is in the ARIA attributes.
const TAB_SX = {
  all: 'unset',
  boxSizing: 'border-box',
  flex: 'none',
  display: 'inline-flex',
  alignItems: 'center',
  cursor: 'pointer',
  color: 'text.secondary',
  borderBottom: 2,
  borderColor: 'transparent',
  '&:hover': { color: 'text.primary', bgcolor: 'action.hover' },
  '&[aria-selected="true"]': { color: 'primary.main', borderColor: 'primary.main' },
  '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid', outlineOffset: -2 },
} satisfies SystemStyleObject<Theme>;

export function TabStrip<Value extends string>({
  tabs,
  selected,
  onSelect,
  label,
  tabSx,
  sx,
}: TabStripProps<Value>) {
  const strip = useRef<HTMLDivElement>(null);

  // A strip opens at its start, whichever tab is selected (a selected tab further along left the first
  // tabs' names cut); a tab selected later is brought into view by scrolling the strip alone, as far
  // as the start of a tab, never the page (as `scrollIntoView` did).
  const opened = useRef(false);
  useEffect(() => {
    const container = strip.current;
    const tab = container?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!opened.current || !container || !tab) {
      opened.current = true;
      return;
    }
    const [view, box] = [container.getBoundingClientRect(), tab.getBoundingClientRect()];
    if (box.left < view.left) container.scrollLeft -= view.left - box.left;
    else if (box.right > view.right) container.scrollLeft += Math.min(box.right - view.right, box.left - view.left);
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.value === selected);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.value);
    document.getElementById(tab.id)?.focus();
  };

  return (
    <Box
      ref={strip}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      // The tabs are styled from the strip: plain buttons, not a styled component each, are quicker
      // to render and to paint first.
      sx={[
        {
          display: 'flex',
          minWidth: 0,
          overflowX: 'auto',
          scrollbarWidth: 'thin',
          '& > [role="tab"]': TAB_SX,
        },
        { '& > [role="tab"]': tabSx },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {tabs.map((tab) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={tab.id}
            aria-selected={isSelected}
            aria-controls={tab.controls}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.value)}
          >
            {tab.label}
          </button>
        );
      })}
    </Box>
  );
}
