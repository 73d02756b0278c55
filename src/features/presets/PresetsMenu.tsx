/** The presets, grouped: our starting points, then the seed guide's examples (corrected). */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { PRESETS, type Preset } from '@/model/presets';

const GROUPS = [
  { title: 'Starting points', presets: PRESETS.filter((preset) => !preset.fromGuide) },
  { title: 'From the guide (corrected)', presets: PRESETS.filter((preset) => preset.fromGuide) },
];

interface PresetsMenuProps {
  anchor: HTMLElement | null;
  onClose: () => void;
  onChoose: (preset: Preset) => void;
}

export default function PresetsMenu({ anchor, onClose, onChoose }: PresetsMenuProps) {
  return (
    <Menu
      id="presets-menu"
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{
        // Inside a phone's screen too (the menu keeps 16 px from each edge).
        paper: {
          sx: { maxHeight: 'min(640px, calc(100vh - 96px))', maxWidth: 'min(540px, calc(100vw - 32px))' },
        },
        list: { 'aria-label': 'Presets', dense: true },
      }}
    >
      {GROUPS.flatMap((group) => [
        <ListSubheader key={group.title} sx={{ fontWeight: 700 }}>
          {group.title}
        </ListSubheader>,
        ...group.presets.map((preset) => (
          <MenuItem
            key={preset.id}
            onClick={() => onChoose(preset)}
            sx={{ display: 'block', whiteSpace: 'normal', py: 1.25 }}
          >
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
                {preset.title}
              </Typography>
              {preset.fromGuide && (
                <Chip
                  label="From the guide"
                  size="small"
                  variant="outlined"
                  color="secondary"
                  sx={{ height: 20 }}
                />
              )}
            </Box>
            <Typography
              component="span"
              variant="caption"
              color="textSecondary"
              title={preset.description}
              sx={{
                display: '-webkit-box',
                WebkitLineClamp: 3,
                WebkitBoxOrient: 'vertical',
                overflow: 'hidden',
                mt: 0.25,
              }}
            >
              {preset.description}
            </Typography>
          </MenuItem>
        )),
      ])}
    </Menu>
  );
}
