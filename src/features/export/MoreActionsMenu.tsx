import type { ReactNode } from 'react';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { DownloadIcon, StorageIcon, UploadIcon } from '../shared/icons';

/** A top-bar action shown in the menu when the bar is too narrow for it. */
export interface OverflowAction {
  label: string;
  icon: ReactNode;
  onClick: () => void;
}

interface MoreActionsMenuProps {
  anchor: HTMLElement | null;
  onClose: () => void;
  overflow: readonly OverflowAction[];
  onExport: () => void;
  onImport: () => void;
  onMyDesigns: () => void;
}

export default function MoreActionsMenu({
  anchor,
  onClose,
  overflow,
  onExport,
  onImport,
  onMyDesigns,
}: MoreActionsMenuProps) {
  return (
    <Menu
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{
        list: { 'aria-label': 'More actions' },
        // Inside a phone's screen, however long a secondary line.
        paper: { sx: { maxWidth: 'calc(100vw - 32px)' } },
      }}
    >
      {overflow.map((action) => (
        <MenuItem key={action.label} onClick={action.onClick}>
          <ListItemIcon>{action.icon}</ListItemIcon>
          <ListItemText primary={action.label} />
        </MenuItem>
      ))}
      {overflow.length > 0 && <Divider />}
      <MenuItem onClick={onMyDesigns}>
        <ListItemIcon>
          <StorageIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary="My designs…" secondary="Saved in this browser: open, rename, duplicate" />
      </MenuItem>
      <MenuItem onClick={onExport}>
        <ListItemIcon>
          <DownloadIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary="Export design JSON" secondary="For git and npm run render" />
      </MenuItem>
      <MenuItem onClick={onImport}>
        <ListItemIcon>
          <UploadIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText
          primary="Import design JSON or deployment…"
          secondary="A file or pasted text: plan or state JSON, AWS CLI output, .tf"
        />
      </MenuItem>
    </Menu>
  );
}
