import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { DownloadIcon, StorageIcon, UploadIcon } from '../shared/icons';

interface MoreActionsMenuProps {
  anchor: HTMLElement | null;
  onClose: () => void;
  onExport: () => void;
  onImport: () => void;
  onMyDesigns: () => void;
}

export default function MoreActionsMenu({
  anchor,
  onClose,
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
    >
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
        <ListItemText primary="Import design JSON…" secondary="Replaces the design; Undo brings it back" />
      </MenuItem>
    </Menu>
  );
}
