/**
 * The reference page: a small MUI form (react-hook-form + zod) beside a lazily loaded, read-only
 * Monaco editor showing a fixed Terraform text whose one line follows the form's field.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { referenceText } from './text';

const Editor = lazy(() => import('./Editor'));

const schema = z.object({
  name: z.string().min(1).max(40),
  description: z.string().max(255),
});
type Values = z.infer<typeof schema>;

function App() {
  const { register, control } = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: { name: 'my-cache', description: 'app-cache cache' },
  });
  const description = useWatch({ control, name: 'description' });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', height: '100vh' }}>
      <Box component="form" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="h6">Reference</Typography>
        <TextField label="Name" {...register('name')} />
        <TextField label="Description" {...register('description')} />
      </Box>
      <Box id="reference-preview" sx={{ position: 'relative', minHeight: 0 }}>
        <Suspense fallback={null}>
          <Editor text={referenceText(description)} />
        </Suspense>
      </Box>
    </Box>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={createTheme()}>
      <CssBaseline />
      <App />
    </ThemeProvider>
  </StrictMode>,
);
