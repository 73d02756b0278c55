/**
 * The preview as plain highlighted HTML: what the user sees on first paint, and until Monaco has
 * loaded. It reproduces Monaco's layout (font, line height, gutter) so the hand-over is invisible.
 */
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import Box from '@mui/material/Box';
import { GRAMMARS, languageOf } from './grammar';
import { tokenizeLines, type Token } from './tokenize';
import { EDITOR_METRICS, type EditorPalette } from './editor-theme';
import { changedLineStyle, tokenClass, tokenRules } from './code-styles';
import { useChangedLines } from './use-changed-lines';

interface StaticCodeViewProps {
  path: string;
  content: string;
  palette: EditorPalette;
  /** Lets the Monaco view take over at the same scroll position. */
  scrollRef?: RefObject<HTMLDivElement | null>;
}

function tokenize(path: string, content: string): Token[][] {
  const language = languageOf(path);
  if (language === 'plaintext') return content.split('\n').map((line) => [{ text: line, type: '' }]);
  return tokenizeLines(content, GRAMMARS[language]);
}

const Line = memo(function Line({ number, tokens }: { number: number; tokens: Token[] }) {
  return (
    <div className="line">
      <span className="line-number" aria-hidden="true">
        {number}
      </span>
      <span className="line-text">
        {tokens.map((token, index) => (
          <span key={index} className={tokenClass(token.type)}>
            {token.text}
          </span>
        ))}
      </span>
    </div>
  );
});

export function StaticCodeView({ path, content, palette, scrollRef }: StaticCodeViewProps) {
  const lines = useMemo(() => tokenize(path, content), [path, content]);
  const changes = useChangedLines(path, content);
  const ownRef = useRef<HTMLDivElement>(null);
  const containerRef = scrollRef ?? ownRef;

  // Bring the first changed line into view, as Monaco does.
  useEffect(() => {
    const container = containerRef.current;
    const first = container?.querySelector<HTMLElement>('.changed');
    if (!container || !first) return;
    const top = first.offsetTop;
    if (
      top < container.scrollTop ||
      top + EDITOR_METRICS.lineHeight > container.scrollTop + container.clientHeight
    )
      container.scrollTop = top - container.clientHeight / 2;
  }, [changes, containerRef]);

  const { lineHeight, fontSize, fontFamily, paddingTop, lineNumberChars, gutterGap } = EDITOR_METRICS;
  return (
    <Box
      ref={containerRef}
      role="region"
      aria-label={`${path} (read-only)`}
      tabIndex={0}
      sx={{
        position: 'absolute',
        inset: 0,
        overflow: 'auto',
        bgcolor: palette.background,
        color: palette.foreground,
        fontFamily,
        fontSize,
        lineHeight: `${lineHeight}px`,
        pt: `${paddingTop}px`,
        whiteSpace: 'pre',
        fontVariantLigatures: 'none',
        '&:focus-visible': {
          outline: 'none',
          boxShadow: (theme) => `inset 0 0 0 2px ${theme.palette.primary.main}`,
        },
        '& .line': { display: 'flex', minWidth: 'max-content', height: lineHeight },
        '& .line-number': {
          position: 'sticky',
          left: 0,
          flex: 'none',
          width: `calc(${lineNumberChars}ch + ${gutterGap}px)`,
          pr: `${gutterGap}px`,
          textAlign: 'right',
          color: palette.lineNumber,
          bgcolor: palette.background,
          userSelect: 'none',
        },
        // The highlight sits behind the line's text, which must not fade with it.
        '& .changed .line': { position: 'relative', zIndex: 0 },
        '& .changed .line::before': {
          content: '""',
          position: 'absolute',
          inset: 0,
          zIndex: -1,
          pointerEvents: 'none',
          ...changedLineStyle(palette),
        },
        '& .changed .line-number': { boxShadow: `inset -3px 0 0 ${palette.changedMarker}` },
        ...tokenRules(palette),
      }}
    >
      {lines.map((tokens, index) =>
        changes.lines.has(index + 1) ? (
          <div key={`${index}@${changes.revision}`} className="changed">
            <Line number={index + 1} tokens={tokens} />
          </div>
        ) : (
          <Line key={index} number={index + 1} tokens={tokens} />
        ),
      )}
    </Box>
  );
}
