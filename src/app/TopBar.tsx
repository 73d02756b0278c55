/** The top bar: design name, presets, undo / redo, share, download, more, theme. */
import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import type { Design } from '@/model/design';
import type { Preset } from '@/model/presets';
import type { IntakeError } from '@/share/intake';
import { MoreActions } from '@/features/export/MoreActions';
import { ZipDownloadButton } from '@/features/export/ZipDownloadButton';
import { PresetsButton } from '@/features/presets/PresetsButton';
import { IconAction } from '@/features/shared/IconAction';
import {
  DarkModeIcon,
  LightModeIcon,
  LinkIcon,
  RedoIcon,
  StorageIcon,
  UndoIcon,
} from '@/features/shared/icons';
import { ruleErrorCount, useSession, type DesignSession } from './design-session';
import { useThemeMode } from './theme-mode';

interface TopBarProps {
  session: DesignSession;
  onPreset: (preset: Preset) => void;
  onCopyLink: () => void;
  onImport: (design: Design, fileName: string) => void;
  onImportError: (error: IntakeError, fileName: string) => void;
}

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);
const shortcut = (keys: string) => (IS_MAC ? keys.replace('Ctrl+', '⌘') : keys);

function ToolbarIconButton({
  label,
  keys,
  disabled,
  onClick,
  children,
  hintAlign,
}: {
  label: string;
  keys?: string;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
  hintAlign?: 'end';
}) {
  return (
    <IconAction
      color="inherit"
      label={label}
      hint={keys && shortcut(keys)}
      hintAlign={hintAlign}
      aria-keyshortcuts={keys?.replace('Ctrl', 'Control')}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </IconAction>
  );
}

export function TopBar({ session, onPreset, onCopyLink, onImport, onImportError }: TopBarProps) {
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('lg'), { noSsr: true });
  const { mode, toggle } = useThemeMode();
  // Only the name is shown; the actions read the whole design when used, so typing does not
  // re-render the bar.
  const designName = useSession(session, (state) => state.design.name);
  const getDesign = () => session.getState().design;
  const errorCount = useSession(session, ruleErrorCount);
  const formInvalid = useSession(session, (state) => state.schemaIssues.length > 0);
  const canUndo = useSession(session, (state) => state.canUndo);
  const canRedo = useSession(session, (state) => state.canRedo);
  const nextMode = mode === 'dark' ? 'light' : 'dark';

  return (
    <AppBar position="static" sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <Toolbar variant="dense" sx={{ gap: 1, minHeight: 56 }}>
        <StorageIcon color="primary" aria-hidden="true" />
        <Typography
          component="h1"
          variant="subtitle1"
          noWrap
          sx={{ fontWeight: 700, display: { xs: 'none', sm: 'block' } }}
        >
          ElastiCache Configurator
        </Typography>
        <Divider
          orientation="vertical"
          flexItem
          sx={{ mx: 1, my: 1.5, display: { xs: 'none', sm: 'block' } }}
        />
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography component="p" variant="caption" color="textSecondary" sx={{ lineHeight: 1.2 }}>
            Design
          </Typography>
          <Typography
            component="p"
            variant="body2"
            noWrap
            sx={{ fontFamily: 'monospace', fontWeight: 600 }}
            data-testid="design-name"
          >
            {designName}
          </Typography>
        </Box>
        <PresetsButton onChoose={onPreset} compact={compact} />
        <ToolbarIconButton
          label="Undo"
          keys="Ctrl+Z"
          disabled={!canUndo && !formInvalid}
          onClick={session.undo}
        >
          <UndoIcon />
        </ToolbarIconButton>
        <ToolbarIconButton label="Redo" keys="Ctrl+Shift+Z" disabled={!canRedo} onClick={session.redo}>
          <RedoIcon />
        </ToolbarIconButton>
        <Divider orientation="vertical" flexItem sx={{ mx: 0.5, my: 1.5 }} />
        {compact ? (
          <ToolbarIconButton label="Copy share link" onClick={onCopyLink}>
            <LinkIcon />
          </ToolbarIconButton>
        ) : (
          <Button color="inherit" startIcon={<LinkIcon />} onClick={onCopyLink}>
            Copy share link
          </Button>
        )}
        <ZipDownloadButton
          getDesign={getDesign}
          errorCount={errorCount}
          formInvalid={formInvalid}
          compact={compact}
        />
        <MoreActions getDesign={getDesign} onImport={onImport} onImportError={onImportError} />
        <ToolbarIconButton label={`Switch to ${nextMode} theme`} onClick={toggle} hintAlign="end">
          {mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
        </ToolbarIconButton>
      </Toolbar>
    </AppBar>
  );
}
