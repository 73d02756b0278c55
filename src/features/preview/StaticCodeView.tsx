/**
 * The preview as plain highlighted HTML: what the user sees on first paint, and until Monaco has
 * loaded. It reproduces Monaco's layout (font, line height, gutter) so the hand-over is invisible.
 * Styled by code-view.css, with the palette set by its container (CodeViewer).
 */
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { GRAMMARS, languageOf } from './grammar';
import { tokenizeLines, type Token } from './tokenize';
import { EDITOR_METRICS } from './editor-theme';
import { tokenClass } from './code-styles';
import { useChangedLines } from './use-changed-lines';

interface StaticCodeViewProps {
  path: string;
  content: string;
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

export function StaticCodeView({ path, content, scrollRef }: StaticCodeViewProps) {
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

  return (
    <div
      ref={containerRef}
      role="region"
      aria-label={`${path} (read-only)`}
      tabIndex={0}
      className="code-static"
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
    </div>
  );
}
