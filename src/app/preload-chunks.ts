/**
 * Starts downloading the two big lazily loaded chunks, the form and Monaco, in parallel. main.tsx
 * imports this module first so the downloads begin before the rest of the app's modules evaluate.
 * A failure is reported where the chunk is used (the lazy component), not here.
 */
const ignore = () => undefined;
import('@/features/design-form/DesignForm').catch(ignore);
import('@/features/preview/MonacoCodeView').catch(ignore);
