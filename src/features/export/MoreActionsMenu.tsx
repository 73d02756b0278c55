import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { DownloadIcon, UploadIcon } from '../shared/icons';

interface MoreActionsMenuProps {
  anchor: HTMLElement | null;
  onClose: () => void;
  onExport: () => void;
  onImport: () => void;
}

export default function MoreActionsMenu({ anchor, onClose, onExport, onImport }: MoreActionsMenuProps) {
  return (
    <Menu
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
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
