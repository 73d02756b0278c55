import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { Notice } from './startup';

/**
 * Problems that need reading (a link or file that cannot be opened) and offers that need an answer
 * (another tab's save), shown until dismissed.
 */
export default function Notices({
  notices,
  onDismiss,
}: {
  notices: Notice[];
  onDismiss: (id: string) => void;
}) {
  if (!notices.length) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, px: 2, pt: 1.5 }}>
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          severity={notice.severity}
          onClose={() => onDismiss(notice.id)}
          variant="outlined"
          sx={{ bgcolor: 'background.paper' }}
        >
          <AlertTitle>{notice.title}</AlertTitle>
          {notice.message}
          {notice.details && (
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {notice.details.map((detail) => (
                <li key={detail}>
                  <code>{detail}</code>
                </li>
              ))}
            </Box>
          )}
          {notice.actions && (
            <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
              {notice.actions.map((action) => (
                <Button key={action.label} size="small" variant="outlined" onClick={action.onClick}>
                  {action.label}
                </Button>
              ))}
            </Box>
          )}
        </Alert>
      ))}
    </Box>
  );
}
