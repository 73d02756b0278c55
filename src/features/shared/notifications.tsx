/**
 * Short, transient messages ("Link copied", "Preset loaded — Undo"): one snackbar for the whole app,
 * loaded with the first message. Lasting problems (a broken link, unreadable storage) use an Alert
 * instead, where they stay visible.
 */
import { createContext, lazy, Suspense, useCallback, useContext, useState, type ReactNode } from 'react';

export interface Notification {
  message: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
  /** One action, typically Undo. */
  action?: { label: string; onClick: () => void };
}

type Notify = (notification: Notification) => void;

const NotifyContext = createContext<Notify>(() => {
  throw new Error('useNotify needs a NotificationsProvider above it.');
});

export function useNotify(): Notify {
  return useContext(NotifyContext);
}

const NotificationSnackbar = lazy(() => import('./NotificationSnackbar'));

export function NotificationsProvider({ children }: { children: ReactNode }) {
  // A key per message restarts the snackbar's timer when a new message replaces a visible one.
  const [current, setCurrent] = useState<(Notification & { key: number }) | null>(null);
  const [open, setOpen] = useState(false);
  const notify = useCallback<Notify>((notification) => {
    setCurrent((previous) => ({ ...notification, key: (previous?.key ?? 0) + 1 }));
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {current && (
        <Suspense fallback={null}>
          <NotificationSnackbar notification={current} open={open} onClose={close} />
        </Suspense>
      )}
    </NotifyContext.Provider>
  );
}
