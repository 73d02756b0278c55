/**
 * A row of tabs that scrolls sideways (the ARIA tabs pattern: roving focus, arrow keys, Home/End).
 * Hand-rolled rather than MUI Tabs: those measure every tab after each render, and on the first one
 * force a layout and a second, synchronous render before the page can paint. Here the indicator is a
 * border, so nothing is measured. Styled by tab-strip.css.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './tab-strip.css';

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
  /**
   * The strip's class, which styles its tabs beyond the shared look (the selected tab is
   * primary-coloured and underlined) with selectors as `.tab-strip.my-tabs > [role='tab']`.
   */
  className: string;
}

export function TabStrip<Value extends string>({
  tabs,
  selected,
  onSelect,
  label,
  className,
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
    else if (box.right > view.right)
      container.scrollLeft += Math.min(box.right - view.right, box.left - view.left);
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
    // Plain buttons, styled from the strip: not a styled component each, they render and paint sooner.
    <div
      ref={strip}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      className={`tab-strip ${className}`}
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
    </div>
  );
}
