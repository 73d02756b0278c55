/**
 * The design form: react-hook-form validated by the design schema, one section per concern and one
 * card per cache. It owns what the user is typing and reports every change; the design itself lives
 * with the caller, which resets the form when the design is replaced (preset, undo, import, link).
 */
import { useEffect, useImperativeHandle, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm, useFormContext, type Path, type Resolver } from 'react-hook-form';
import { designSchema, type Design } from '@/model/design';
import type { Finding } from '@/model/rules';
import { createFieldAnnotationStore, type AnnotationSource } from './field-annotations';
import { FieldAnnotationsContext } from './field-annotations-context';
import { friendlyIssueMessage } from './friendly-errors';
import { focusTargetIds, formName, sectionsForPath, type ModelPath } from './field-paths';
import { FormEventsContext, type FormEvents } from './form-events';
import { FormSection, SectionsProvider, useSections } from './sections/FormSection';
import { GeneralSection } from './sections/GeneralSection';
import { NetworkSection } from './sections/NetworkSection';
import { CachesSection } from './sections/CachesSection';

export interface DesignFormHandle {
  /** Shows `design` in the form, discarding what was typed. */
  reset(design: Design): void;
  /** Opens the sections around the field at `path`, scrolls to it and focuses it. */
  focusField(path: ModelPath): void;
}

interface DesignFormProps extends FormEvents {
  initialDesign: Design;
  /** Every change of the form's values, with the name of the field that changed. */
  onValuesChange: (values: unknown, name: string | undefined) => void;
  /** The current design and its rule findings, which the fields show beside their values. */
  annotationSource: AnnotationSource;
  /** Applies a finding's fix, from the button beside the field it marks. */
  onApplyFix: (finding: Finding) => void;
  ref?: Ref<DesignFormHandle>;
}

// The form always holds complete designs (it is reset with parsed ones), so its values are the
// schema's output type, not the looser input type the resolver is declared with.
const resolver = zodResolver(
  designSchema,
  { error: friendlyIssueMessage },
  { mode: 'sync' },
) as unknown as Resolver<Design>;

/** Frames to wait for an opened section to mount its fields before giving up on focusing. */
const FOCUS_ATTEMPTS = 10;

/** Focuses the field at `path` (through react-hook-form, else by DOM id) once it is mounted. */
function focusWhenMounted(path: ModelPath, setFocus: (name: string) => void, attempt = 0): void {
  requestAnimationFrame(() => {
    const before = document.activeElement;
    setFocus(formName(path));
    let target = document.activeElement !== before ? (document.activeElement as HTMLElement) : null;
    if (!target)
      target =
        focusTargetIds(path)
          .map((id) => document.getElementById(id))
          .find((element): element is HTMLElement => element !== null) ?? null;
    if (!target) {
      if (attempt < FOCUS_ATTEMPTS) focusWhenMounted(path, setFocus, attempt + 1);
      return;
    }
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.focus({ preventScroll: true });
  });
}

/**
 * F1 in a field opens its docs. The per-field "Docs" links are not tab stops (a hundred of them stood
 * between the top of the page and the output): F1 reaches them from the keyboard instead.
 */
function openFieldDocs(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'F1' || !(event.target instanceof HTMLElement)) return;
  const helperIds = event.target.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const docs = helperIds
    .map((id) => document.getElementById(id)?.querySelector<HTMLAnchorElement>('a[data-field-docs]'))
    .find(Boolean);
  if (!docs) return;
  event.preventDefault();
  window.open(docs.href, '_blank', 'noopener,noreferrer');
}

function FormBody({ handleRef }: { handleRef?: Ref<DesignFormHandle> | undefined }) {
  const { reset, setFocus, getValues } = useFormContext<Design>();
  // Only the stable `open`: a new handle makes the workspace reset the form to the last valid design.
  const { open } = useSections();
  useImperativeHandle(
    handleRef,
    () => ({
      reset: (design) => reset(design),
      focusField(path) {
        open(sectionsForPath(path, getValues()));
        focusWhenMounted(path, (name) => setFocus(name as Path<Design>));
      },
    }),
    [reset, setFocus, getValues, open],
  );
  return (
    <Stack spacing={2}>
      <FormSection id="general" level="h2" title="General">
        <GeneralSection />
      </FormSection>
      <FormSection id="network" level="h2" title="Network & access">
        <NetworkSection />
      </FormSection>
      <CachesSection />
    </Stack>
  );
}

export default function DesignForm({
  initialDesign,
  onValuesChange,
  annotationSource,
  onApplyFix,
  onCacheRemoved,
  ref,
}: DesignFormProps) {
  const form = useForm<Design>({ defaultValues: initialDesign, resolver, mode: 'onChange' });
  const { subscribe } = form;

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => onValuesChange(values, name),
      }),
    [subscribe, onValuesChange],
  );

  const events = useMemo(() => ({ onCacheRemoved }), [onCacheRemoved]);
  const [annotationStore] = useState(() => createFieldAnnotationStore(annotationSource));
  const annotations = useMemo(
    () => ({ store: annotationStore, applyFix: onApplyFix }),
    [annotationStore, onApplyFix],
  );

  return (
    <FormProvider {...form}>
      <FormEventsContext.Provider value={events}>
        <FieldAnnotationsContext.Provider value={annotations}>
          <SectionsProvider>
            <Box
              component="form"
              noValidate
              aria-label="Design"
              onSubmit={(event) => event.preventDefault()}
              onKeyDown={openFieldDocs}
            >
              <FormBody handleRef={ref} />
            </Box>
          </SectionsProvider>
        </FieldAnnotationsContext.Provider>
      </FormEventsContext.Provider>
    </FormProvider>
  );
}
