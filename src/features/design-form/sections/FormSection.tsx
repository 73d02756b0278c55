/**
 * Collapsible form sections. Which are open is kept here, by section id (./section-state.ts), so a
 * jump to a field (from Checks) can open the sections around it. A closed section's fields are not
 * mounted: a big design renders fast, and react-hook-form keeps their values regardless.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ExpandMoreIcon } from '../../shared/icons';
import { isSectionOpen, shiftCacheSections, type ToggledSections } from './section-state';

interface SectionsState {
  isOpen: (id: string) => boolean;
  setOpen: (id: string, open: boolean) => void;
  /** Opens all these sections at once. */
  open: (ids: readonly string[]) => void;
  /** A cache is about to be inserted at `at` (`by` 1) or removed from it (`by` -1); `count` caches now. */
  shiftCaches: (at: number, by: 1 | -1, count: number) => void;
}

const SectionsContext = createContext<SectionsState | null>(null);

export function SectionsProvider({ children }: { children: ReactNode }) {
  const [toggled, setToggled] = useState<ToggledSections>({});
  const isOpen = useCallback((id: string) => isSectionOpen(toggled, id), [toggled]);
  const setOpen = useCallback(
    (id: string, open: boolean) => setToggled((state) => ({ ...state, [id]: open })),
    [],
  );
  const open = useCallback(
    (ids: readonly string[]) =>
      setToggled((state) => ({ ...state, ...Object.fromEntries(ids.map((id) => [id, true])) })),
    [],
  );
  const shiftCaches = useCallback(
    (at: number, by: 1 | -1, count: number) =>
      setToggled((state) => shiftCacheSections(state, at, by, count)),
    [],
  );
  const value = useMemo(() => ({ isOpen, setOpen, open, shiftCaches }), [isOpen, setOpen, open, shiftCaches]);
  return <SectionsContext.Provider value={value}>{children}</SectionsContext.Provider>;
}

export function useSections(): SectionsState {
  const state = useContext(SectionsContext);
  if (!state) throw new Error('useSections needs a SectionsProvider above it.');
  return state;
}

interface FormSectionProps {
  id: string;
  title: string;
  /** A short line beside the title, e.g. the current engine and topology. */
  summary?: ReactNode;
  /** Heading level: top-level sections are h2, a cache's sub-sections h4 (the cache itself is h3). */
  level?: 'h2' | 'h4';
  children: ReactNode;
}

export function FormSection({ id, title, summary, level = 'h4', children }: FormSectionProps) {
  const { isOpen, setOpen } = useSections();
  const expanded = isOpen(id);
  const headerId = `section-${id}-header`;
  const topLevel = level === 'h2';
  return (
    <Accordion
      expanded={expanded}
      onChange={(_event, next) => setOpen(id, next)}
      disableGutters
      elevation={0}
      square={!topLevel}
      slotProps={{ transition: { unmountOnExit: true }, heading: { component: level } }}
      sx={{
        bgcolor: 'transparent',
        '&::before': { display: topLevel ? 'none' : undefined },
        ...(topLevel
          ? { border: 1, borderColor: 'divider', borderRadius: 2, bgcolor: 'background.paper' }
          : {}),
      }}
    >
      <AccordionSummary
        id={headerId}
        aria-controls={`section-${id}-content`}
        expandIcon={<ExpandMoreIcon />}
        sx={{
          px: topLevel ? 2 : 0,
          minHeight: topLevel ? 52 : 44,
          '& .MuiAccordionSummary-content': { alignItems: 'baseline', gap: 1.5, minWidth: 0 },
        }}
      >
        <Typography
          component="span"
          variant={topLevel ? 'subtitle1' : 'subtitle2'}
          sx={{ fontWeight: 600, flex: 'none' }}
        >
          {title}
        </Typography>
        {summary && !expanded && (
          <Typography component="span" variant="body2" color="textSecondary" noWrap sx={{ minWidth: 0 }}>
            {summary}
          </Typography>
        )}
      </AccordionSummary>
      <AccordionDetails sx={{ px: topLevel ? 2 : 0, pt: 0.5, pb: 2 }}>{children}</AccordionDetails>
    </Accordion>
  );
}

/** Fields laid out in as many columns as fit; a child with `gridColumn: '1 / -1'` takes a whole row. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))',
        columnGap: 2,
        rowGap: 2,
        alignItems: 'start',
      }}
    >
      {children}
    </Box>
  );
}

/** A small heading inside a section, e.g. "Slow log" in Logs & alarms. */
export function SubHeading({ children }: { children: string }) {
  return (
    <Typography
      variant="overline"
      component="h5"
      color="textSecondary"
      sx={{ display: 'block', lineHeight: 2, mt: 2, mb: 1 }}
    >
      {children}
    </Typography>
  );
}
