import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { BundleLayout } from '@/generate';

interface ZipLayoutMenuProps {
  anchor: HTMLElement | null;
  onClose: () => void;
  onChoose: (layout: BundleLayout) => void;
}

const LAYOUTS: { layout: BundleLayout; primary: string; secondary: string }[] = [
  {
    layout: 'stack',
    primary: 'Standalone stack',
    secondary: 'One root configuration: providers, variables and every resource',
  },
  {
    layout: 'module',
    primary: 'Reusable module + root',
    secondary: 'modules/<design-name>/ and a thin root calling it, for an existing repository',
  },
];

/** The Download menu: which layout of the bundle the zip holds. */
export default function ZipLayoutMenu({ anchor, onClose, onChoose }: ZipLayoutMenuProps) {
  return (
    <Menu
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
      {LAYOUTS.map(({ layout, primary, secondary }) => (
        <MenuItem key={layout} onClick={() => onChoose(layout)}>
          <ListItemText primary={`Download zip: ${primary}`} secondary={secondary} />
        </MenuItem>
      ))}
    </Menu>
  );
}
