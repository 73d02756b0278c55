import type { Path } from 'react-hook-form';
import type { Design } from '@/model/design';

/** A react-hook-form field name in the design, e.g. `caches.0.nodeType`. */
export type DesignPath = Path<Design>;
