/**
 * Form on the left, output on the right, with a divider to drag (or move with the arrow keys). The
 * split is remembered. On narrow screens the two stack and the page scrolls. Styled by app/shell.css.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';

const STORAGE_KEY = 'elasticache-configurator:split';
const MIN = 0.28;
const MAX = 0.72;
const clamp = (ratio: number) => Math.min(MAX, Math.max(MIN, ratio));

function readRatio(): number {
  try {
    const stored = Number(localStorage.getItem(STORAGE_KEY));
    return stored ? clamp(stored) : 0.5;
  } catch {
    return 0.5;
  }
}

function saveRatio(ratio: number): void {
  try {
    localStorage.setItem(STORAGE_KEY, ratio.toFixed(3));
  } catch {
    // The split then resets on the next visit; not worth a message.
  }
}

interface SplitLayoutProps {
  left: ReactNode;
  right: ReactNode;
  leftLabel: string;
  rightLabel: string;
}

export function SplitLayout({ left, right, leftLabel, rightLabel }: SplitLayoutProps) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'), { noSsr: true });
  const [ratio, setRatio] = useState(readRatio);
  const [dragging, setDragging] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  if (narrow)
    return (
      <div className="shell-stack">
        <section aria-label={leftLabel}>{left}</section>
        <section aria-label={rightLabel} className="shell-stack-output">
          {right}
        </section>
      </div>
    );

  const ratioAt = (clientX: number) => {
    const rect = container.current!.getBoundingClientRect();
    return clamp((clientX - rect.left) / rect.width);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (dragging) setRatio(ratioAt(event.clientX));
  };
  const endDrag = () => {
    if (!dragging) return;
    setDragging(false);
    saveRatio(ratio);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 0.1 : 0.02;
    const next = { ArrowLeft: ratio - step, ArrowRight: ratio + step, Home: MIN, End: MAX }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setRatio(clamp(next));
    saveRatio(clamp(next));
  };

  return (
    <div
      ref={container}
      className="shell-split"
      data-dragging={dragging || undefined}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      style={{ gridTemplateColumns: `minmax(0, ${ratio}fr) auto minmax(0, ${1 - ratio}fr)` }}
    >
      <section id="form-pane" aria-label={leftLabel} className="shell-split-form">
        {left}
      </section>
      <div
        role="separator"
        className="shell-separator"
        aria-orientation="vertical"
        aria-label="Resize the form and the preview"
        aria-controls="form-pane"
        aria-valuemin={Math.round(MIN * 100)}
        aria-valuemax={Math.round(MAX * 100)}
        aria-valuenow={Math.round(ratio * 100)}
        tabIndex={0}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          setDragging(true);
        }}
        onKeyDown={onKeyDown}
      />
      <section aria-label={rightLabel} className="shell-split-output">
        {right}
      </section>
    </div>
  );
}
