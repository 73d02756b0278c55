/**
 * The top bar: design name, presets, undo / redo, share, download, more, theme. Narrower screens get
 * icons; a phone keeps the name and the main actions, and finds the rest in the ⋮ menu. Styled by
 * app/shell.css.
 */
import type { ReactNode } from 'react';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import type { ImportReport } from '@/import';
import type { Design } from '@/model/design';
import type { Preset } from '@/model/presets';
import type { IntakeError } from '@/share/intake';
import { MoreActions } from '@/features/export/MoreActions';
import {
  useZipDownload,
  ZipDownloadButton,
  ZIP_DOWNLOAD_LABEL,
  ZIP_MODULE_LABEL,
} from '@/features/export/ZipDownloadButton';
import { PresetsButton } from '@/features/presets/PresetsButton';
import { IconAction } from '@/features/shared/IconAction';
import { ShellButton } from '@/features/shared/ShellButton';
import {
  DarkModeIcon,
  DownloadIcon,
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
  onImport: (design: Design, source: string, report?: ImportReport) => void;
  onImportError: (error: IntakeError, source: string) => void;
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
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const { mode, toggle } = useThemeMode();
  // Only the name is shown; the actions read the whole design when used, so typing does not
  // re-render the bar.
  const designName = useSession(session, (state) => state.design.name);
  const getDesign = () => session.getState().design;
  const errorCount = useSession(session, ruleErrorCount);
  const formInvalid = useSession(session, (state) => state.schemaIssues.length > 0);
  const canUndo = useSession(session, (state) => state.canUndo);
  const canRedo = useSession(session, (state) => state.canRedo);
  const zip = useZipDownload({ getDesign, errorCount, formInvalid });
  const nextMode = mode === 'dark' ? 'light' : 'dark';
  const themeLabel = `Switch to ${nextMode} theme`;
  const ThemeIcon = mode === 'dark' ? LightModeIcon : DarkModeIcon;

  return (
    <header className="shell-top-bar">
      <div className="shell-toolbar">
        <StorageIcon color="primary" aria-hidden="true" />
        <h1 className="shell-title">ElastiCache Configurator</h1>
        <hr className="shell-divider" aria-orientation="vertical" />
        <div className="shell-design">
          <p className="shell-design-label">Design</p>
          <p className="shell-design-name" data-testid="design-name">
            {designName}
          </p>
        </div>
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
        <hr className="shell-divider shell-divider-tight" aria-orientation="vertical" />
        {compact ? (
          <ToolbarIconButton label="Copy share link" onClick={onCopyLink}>
            <LinkIcon />
          </ToolbarIconButton>
        ) : (
          <ShellButton startIcon={<LinkIcon />} onClick={onCopyLink}>
            Copy share link
          </ShellButton>
        )}
        {!phone && <ZipDownloadButton request={zip.request} compact={compact} />}
        {zip.dialog}
        <MoreActions
          getDesign={getDesign}
          onImport={onImport}
          onImportError={onImportError}
          hintAlign={phone ? 'end' : 'center'}
          overflow={
            phone
              ? [
                  {
                    label: ZIP_DOWNLOAD_LABEL,
                    icon: <DownloadIcon fontSize="small" />,
                    onClick: () => zip.request('stack'),
                  },
                  {
                    label: ZIP_MODULE_LABEL,
                    icon: <DownloadIcon fontSize="small" />,
                    onClick: () => zip.request('module'),
                  },
                  { label: themeLabel, icon: <ThemeIcon fontSize="small" />, onClick: toggle },
                ]
              : undefined
          }
        />
        {!phone && (
          <ToolbarIconButton label={themeLabel} onClick={toggle} hintAlign="end">
            <ThemeIcon />
          </ToolbarIconButton>
        )}
      </div>
    </header>
  );
}
