import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { DesignPath } from '../form-types';

interface WhenProps {
  name: DesignPath;
  is: (value: unknown) => boolean;
  children: ReactNode;
}

/** For `When`: the field is switched on. */
export const isOn = (value: unknown) => value === true;

/**
 * Shows its children only while the field `name` satisfies `is`: fields appear only where they apply.
 * It watches that one field, so only this small component re-renders when it changes.
 */
export function When({ name, is, children }: WhenProps) {
  const value = useWatch({ name });
  return is(value) ? children : null;
}
