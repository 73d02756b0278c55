/**
 * Form on the left, output on the right, with a divider to drag (or move with the arrow keys). The
 * split is remembered. On narrow screens the two stack and the page scrolls.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
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
      <Box sx={{ flex: 1, overflow: 'auto' }}>
        <Box component="section" aria-label={leftLabel}>
          {left}
        </Box>
        <Box
          component="section"
          aria-label={rightLabel}
          sx={{
            height: '85vh',
            display: 'flex',
            flexDirection: 'column',
            borderTop: 1,
            borderColor: 'divider',
          }}
        >
          {right}
        </Box>
      </Box>
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
    <Box
      ref={container}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      style={{ gridTemplateColumns: `minmax(0, ${ratio}fr) auto minmax(0, ${1 - ratio}fr)` }}
      sx={{
        flex: 1,
        minHeight: 0,
        display: 'grid',
        userSelect: dragging ? 'none' : undefined,
        cursor: dragging ? 'col-resize' : undefined,
      }}
    >
      <Box id="form-pane" component="section" aria-label={leftLabel} sx={{ minHeight: 0, overflow: 'auto' }}>
        {left}
      </Box>
      <Box
        role="separator"
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
        sx={{
          width: 9,
          cursor: 'col-resize',
          position: 'relative',
          touchAction: 'none',
          '&::after': {
            content: '""',
            position: 'absolute',
            insetBlock: 0,
            left: 4,
            width: '1px',
            bgcolor: 'divider',
            transition: 'background-color 120ms, width 120ms, left 120ms',
            ...(dragging ? { bgcolor: 'primary.main', width: 3, left: 3 } : {}),
          },
          '&:hover::after, &:focus-visible::after': { bgcolor: 'primary.main', width: 3, left: 3 },
          outline: 'none',
        }}
      />
      <Box
        component="section"
        aria-label={rightLabel}
        sx={{ minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        {right}
      </Box>
    </Box>
  );
}
