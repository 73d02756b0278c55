import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { Cache } from '@/model/design';
import { sectionSummary } from '../cache-summary';
import { sectionId, type CacheSection as CacheSectionId } from '../field-paths';
import { FieldGrid, FormSection } from './FormSection';

export const CACHE_SECTION_TITLES: Record<CacheSectionId, string> = {
  topology: 'Engine & topology',
  capacity: 'Capacity',
  security: 'Security',
  backup: 'Backup & maintenance',
  parameters: 'Parameters',
  monitoring: 'Logs & alarms',
  global: 'Global datastore',
  environments: 'Environments',
};

/**
 * Watches the cache only while its section is closed and the summary is on screen, and re-renders
 * only when the summary's text changes.
 */
function SectionSummary({ index, section }: { index: number; section: CacheSectionId }) {
  return useWatch({
    name: `caches.${index}`,
    compute: (cache: Cache | undefined) => (cache ? sectionSummary(cache, section) : null),
  });
}

interface CacheSectionProps {
  index: number;
  section: CacheSectionId;
  /** Content laid out in the field grid; `below` goes under it (sub-headed groups). */
  children?: ReactNode;
  below?: ReactNode;
}

/** One collapsible sub-section of a cache card. */
export function CacheSection({ index, section, children, below }: CacheSectionProps) {
  return (
    <FormSection
      id={sectionId(index, section)}
      title={CACHE_SECTION_TITLES[section]}
      summary={<SectionSummary index={index} section={section} />}
    >
      {children && <FieldGrid>{children}</FieldGrid>}
      {below}
    </FormSection>
  );
}
