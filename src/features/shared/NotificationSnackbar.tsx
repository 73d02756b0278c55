import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import type { Notification } from './notifications';

interface NotificationSnackbarProps {
  notification: Notification & { key: number };
  open: boolean;
  onClose: () => void;
}

export default function NotificationSnackbar({ notification, open, onClose }: NotificationSnackbarProps) {
  const { action } = notification;
  return (
    <Snackbar
      key={notification.key}
      open={open}
      autoHideDuration={notification.severity === 'error' ? 8000 : 4000}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        onClose={onClose}
        severity={notification.severity ?? 'success'}
        variant="filled"
        sx={{ alignItems: 'center', minWidth: 280 }}
        action={
          action && (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                action.onClick();
                onClose();
              }}
            >
              {action.label}
            </Button>
          )
        }
      >
        {notification.message}
      </Alert>
    </Snackbar>
  );
}
