import { createContext, useContext } from 'react';

/** What the form tells its host about, besides value changes. */
export interface FormEvents {
  /** A cache was removed (the host can offer Undo). */
  onCacheRemoved?: (cacheId: string) => void;
}

export const FormEventsContext = createContext<FormEvents>({});

export const useFormEvents = () => useContext(FormEventsContext);
