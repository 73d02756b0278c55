/**
 * The Connect tab: for each cache, which Terraform output holds which endpoint, whether TLS and auth
 * are on and where the secret comes from, and client snippets that fit the topology.
 */
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { Design } from '@/model/design';
import { connectionFacts, type ConnectionFacts } from '@/generate/connection-guide';
import { copyText } from '@/features/shared/browser-files';
import { IconAction } from '@/features/shared/IconAction';
import { CopyIcon } from '@/features/shared/icons';
import { useNotify } from '@/features/shared/notifications';

const codeSx = {
  m: 0,
  p: 1.5,
  pr: 6,
  borderRadius: 1,
  bgcolor: 'action.hover',
  fontFamily: 'monospace',
  fontSize: 13,
  overflowX: 'auto',
  whiteSpace: 'pre',
} as const;

function CopyableCode({ code, label }: { code: string; label: string }) {
  const notify = useNotify();
  const copy = async () =>
    notify(
      (await copyText(code))
        ? { message: 'Copied' }
        : { message: 'The browser did not allow copying; select the text instead.', severity: 'warning' },
    );
  return (
    <Box sx={{ position: 'relative' }}>
      <Box component="pre" sx={codeSx} tabIndex={0} aria-label={label}>
        <code>{code}</code>
      </Box>
      <IconAction
        label={`Copy ${label}`}
        hintAlign="end"
        size="small"
        onClick={() => void copy()}
        style={{ position: 'absolute', top: 4, right: 4 }}
      >
        <CopyIcon fontSize="small" />
      </IconAction>
    </Box>
  );
}

function Snippets({ facts }: { facts: ConnectionFacts }) {
  const [index, setIndex] = useState(0);
  const current = facts.snippets[Math.min(index, facts.snippets.length - 1)];
  if (!current) return null;
  const id = (i: number) => `connect-${facts.cacheId}-snippet-${i}`;
  return (
    <>
      <Tabs
        value={Math.min(index, facts.snippets.length - 1)}
        onChange={(_event, value: number) => setIndex(value)}
        variant="scrollable"
        scrollButtons="auto"
        aria-label={`Client snippets for ${facts.cacheId}`}
        sx={{ minHeight: 40, mb: 1 }}
      >
        {facts.snippets.map((snippet, i) => (
          <Tab
            key={snippet.client}
            value={i}
            label={snippet.client}
            id={`${id(i)}-tab`}
            aria-controls={`${id(i)}-panel`}
            sx={{ minHeight: 40, textTransform: 'none' }}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${id(index)}-panel`} aria-labelledby={`${id(index)}-tab`}>
        <CopyableCode code={current.code} label={`${current.client} snippet for ${facts.cacheId}`} />
      </Box>
    </>
  );
}

function CacheGuide({ facts }: { facts: ConnectionFacts }) {
  const headingId = `connect-${facts.cacheId}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography
          id={headingId}
          variant="subtitle2"
          component="h3"
          sx={{ fontFamily: 'monospace', mr: 'auto' }}
        >
          {facts.cacheId}
        </Typography>
        <Chip size="small" variant="outlined" label={`Port ${facts.port}`} />
        <Chip
          size="small"
          variant="outlined"
          color={facts.tls ? 'success' : 'warning'}
          label={facts.tls ? 'TLS on' : 'TLS off'}
        />
        {facts.clusterAware && <Chip size="small" variant="outlined" label="Cluster-mode-aware client" />}
      </Box>
      <Typography variant="overline" component="h4" color="textSecondary" sx={{ display: 'block' }}>
        Endpoints
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        {facts.endpoints.map((endpoint) => (
          <Box key={endpoint.output}>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              <Box component="code" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                {endpoint.output}
              </Box>
              : {endpoint.purpose}
            </Typography>
            <CopyableCode
              code={`terraform output -raw ${endpoint.output}`}
              label={`command for ${endpoint.output}`}
            />
          </Box>
        ))}
      </Box>
      <Typography variant="overline" component="h4" color="textSecondary" sx={{ display: 'block', mt: 1.5 }}>
        Encryption and authentication
      </Typography>
      <Typography variant="body2">
        {facts.tls
          ? `TLS is on: clients must connect with TLS — ${facts.tlsHow}.`
          : 'TLS is off: clients connect in plain text, inside the VPC only.'}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {facts.auth}
      </Typography>
      <Typography variant="overline" component="h4" color="textSecondary" sx={{ display: 'block', mt: 1.5 }}>
        Client snippets
      </Typography>
      <Snippets facts={facts} />
    </Paper>
  );
}

export default function ConnectView({ design }: { design: Design }) {
  const guides = useMemo(() => design.caches.map(connectionFacts), [design]);
  return (
    <Box
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <Typography variant="body2" color="textSecondary">
        After <code>terraform apply</code>, read each endpoint with the command under it. The snippets read
        the host, port and secret from the environment variables CACHE_HOST, CACHE_PORT, CACHE_USER and
        CACHE_PASSWORD.
      </Typography>
      {guides.length === 0 && <Alert severity="info">Add a cache to see how to connect to it.</Alert>}
      {guides.map((facts) => (
        <CacheGuide key={facts.cacheId} facts={facts} />
      ))}
    </Box>
  );
}
