/**
 * The Presets button. The menu and the presets load on first use (a hover or focus starts the
 * download before the click): neither is needed to paint.
 */
import { lazy, Suspense, useState } from 'react';
import type { Preset } from '@/model/presets';
import { PresetsIcon } from '../shared/icons';
import { IconAction } from '../shared/IconAction';
import { ShellButton } from '../shared/ShellButton';
import { useOpenedOnce } from '../shared/use-opened-once';

const loadMenu = () => import('./PresetsMenu');
const PresetsMenu = lazy(loadMenu);

interface PresetsButtonProps {
  onChoose: (preset: Preset) => void;
  compact?: boolean;
}

export function PresetsButton({ onChoose, compact }: PresetsButtonProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const loaded = useOpenedOnce(anchor !== null);
  const triggerProps = {
    'aria-haspopup': 'menu' as const,
    'aria-expanded': anchor !== null,
    'aria-controls': anchor ? 'presets-menu' : undefined,
    onClick: (event: { currentTarget: HTMLElement }) => setAnchor(event.currentTarget),
    onPointerEnter: () => void loadMenu(),
    onFocus: () => void loadMenu(),
  };
  return (
    <>
      {compact ? (
        <IconAction color="inherit" label="Presets" {...triggerProps}>
          <PresetsIcon />
        </IconAction>
      ) : (
        <ShellButton startIcon={<PresetsIcon />} {...triggerProps}>
          Presets
        </ShellButton>
      )}
      {loaded && (
        <Suspense fallback={null}>
          <PresetsMenu
            anchor={anchor}
            onClose={() => setAnchor(null)}
            onChoose={(preset) => {
              setAnchor(null);
              onChoose(preset);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
