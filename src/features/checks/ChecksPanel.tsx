/**
 * The Checks tab: what AWS or Terraform would reject (errors) and what goes against best practice
 * (warnings), each with why and where it comes from. Selecting one takes you to its field; a finding
 * with a one-click fix has a button that applies it.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import type { Design } from '@/model/design';
import type { FieldPath, Finding, RuleSourceKind } from '@/model/rules';
import { CheckCircleIcon, ErrorIcon, WarningIcon } from '../shared/icons';
import { groupChecks } from './check-groups';

const SOURCE_LABELS: Record<RuleSourceKind, string> = {
  provider: 'Terraform would reject it',
  'aws-api': 'AWS would reject it',
  'best-practice': 'Best practice',
};

interface ChecksPanelProps {
  items: readonly Finding[];
  design: Pick<Design, 'caches'>;
  /** The label of the field at a path ("Automatic failover"), when the form has one. */
  labelFor: (path: FieldPath) => string | undefined;
  onSelect: (path: FieldPath) => void;
  onApplyFix: (finding: Finding) => void;
}

export function ChecksPanel({ items, design, labelFor, onSelect, onApplyFix }: ChecksPanelProps) {
  if (!items.length)
    return (
      <Box
        sx={{
          p: 4,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          gap: 1,
          textAlign: 'center',
        }}
      >
        <CheckCircleIcon color="success" style={{ fontSize: 40 }} />
        <Typography variant="subtitle1" component="p">
          No problems found
        </Typography>
        <Typography variant="body2" color="textSecondary">
          The design passes every AWS, Terraform and best-practice check.
        </Typography>
      </Box>
    );
  return (
    <Box sx={{ height: '100%', overflow: 'auto' }}>
      {groupChecks(items, design).map((group) => (
        <List
          key={group.key}
          dense
          aria-labelledby={`checks-${group.key}`}
          subheader={
            <ListSubheader
              id={`checks-${group.key}`}
              sx={{
                fontWeight: 600,
                lineHeight: '40px',
                fontFamily: group.key === 'design' ? undefined : 'monospace',
              }}
            >
              {group.title}
            </ListSubheader>
          }
        >
          {group.items.map((item, index) => {
            const field = labelFor(item.path);
            const messageId = `check-${group.key}-${index}`;
            return (
              <ListItem
                key={`${item.ruleId}-${index}`}
                disablePadding
                sx={{ flexDirection: 'column', alignItems: 'stretch' }}
              >
                <ListItemButton onClick={() => onSelect(item.path)} sx={{ alignItems: 'flex-start', py: 1 }}>
                  <ListItemIcon sx={{ minWidth: 36, mt: 0.25 }}>
                    {item.severity === 'error' ? (
                      <ErrorIcon color="error" fontSize="small" titleAccess="Error" />
                    ) : (
                      <WarningIcon color="warning" fontSize="small" titleAccess="Warning" />
                    )}
                  </ListItemIcon>
                  <ListItemText
                    slotProps={{ primary: { id: messageId } }}
                    primary={
                      <>
                        {field && (
                          <Box component="span" sx={{ fontWeight: 600 }}>
                            {field}:{' '}
                          </Box>
                        )}
                        {item.message}
                        {item.environment && (
                          <Chip
                            component="span"
                            label={`in ${item.environment}`}
                            size="small"
                            sx={{ ml: 1, height: 20 }}
                          />
                        )}
                      </>
                    }
                    secondary={
                      <>
                        {item.why}
                        <Box component="span" sx={{ display: 'block', mt: 0.25, fontSize: '0.75rem' }}>
                          {[
                            SOURCE_LABELS[item.source.kind],
                            item.ruleId,
                            item.source.checkov && `checkov ${item.source.checkov}`,
                            item.source.tfsec && `tfsec ${item.source.tfsec}`,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Box>
                      </>
                    }
                  />
                </ListItemButton>
                {item.fix && (
                  // Beside the entry rather than in it: a button cannot hold another button.
                  <Box sx={{ pl: 6.5, pb: 1 }}>
                    <Button
                      size="small"
                      variant="outlined"
                      aria-describedby={messageId}
                      onClick={() => onApplyFix(item)}
                    >
                      {item.fix.label}
                    </Button>
                  </Box>
                )}
              </ListItem>
            );
          })}
        </List>
      ))}
    </Box>
  );
}
