/**
 * Shows one bundle file: first as static highlighted HTML (instant), then in Monaco as soon as its
 * chunk has arrived. The static view stays on top until Monaco has painted, so the switch cannot
 * flash.
 */
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type { Bundle } from '@/generate';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { StaticCodeView } from './StaticCodeView';
import type { ColorMode } from './editor-theme';
import type * as MonacoCodeViewModule from './MonacoCodeView';
import type { MonacoCodeViewProps } from './MonacoCodeView';
import { markFirstEditorRequested, markFirstEditorSettled } from './first-editor';

interface CodeViewerProps {
  files: Bundle;
  activePath: string;
  colorMode: ColorMode;
}

/**
 * The Monaco view once its chunk is here. Requested during the first render, as React.lazy would:
 * the download runs while the shell commits and paints, and does not wait for the form. Set as state
 * rather than through Suspense: a lazy component waiting at the same time as the form would mount in
 * the form's (long) commit; an update of its own mounts the editor first.
 */
let monacoModule: Promise<typeof MonacoCodeViewModule> | undefined;
/** Starts the download alone: the first screen waits for an editor only once one is mounting. */
export const prefetchMonacoView = () => (monacoModule ??= import('./MonacoCodeView'));
function loadMonacoView() {
  markFirstEditorRequested();
  return prefetchMonacoView();
}

function useMonacoView(onFailure: () => void): ComponentType<MonacoCodeViewProps> | undefined {
  void loadMonacoView();
  const [view, setView] = useState<ComponentType<MonacoCodeViewProps>>();
  useEffect(() => {
    let current = true;
    loadMonacoView().then(
      (module) => current && setView(() => module.default),
      () => current && onFailure(),
    );
    return () => {
      current = false;
    };
  }, [onFailure]);
  return view;
}

export function CodeViewer({ files, activePath, colorMode }: CodeViewerProps) {
  const [monacoReady, setMonacoReady] = useState(false);
  // If Monaco cannot load (offline, old browser), the static view simply stays.
  const [monacoFailed, setMonacoFailed] = useState(false);
  const failOver = useCallback(() => {
    setMonacoFailed(true);
    markFirstEditorSettled();
  }, []);
  const MonacoCodeView = useMonacoView(failOver);
  const staticScroll = useRef<HTMLDivElement>(null);
  // Called in the animation frame Monaco first paints: committed at once, the switch lands in that
  // same frame (a scheduled render would show it a frame or two later).
  const handOver = useCallback(() => {
    flushSync(() => setMonacoReady(true));
    markFirstEditorSettled();
  }, []);
  const initialScrollTop = useCallback(() => staticScroll.current?.scrollTop ?? 0, []);
  const active = files.find((file) => file.path === activePath) ?? files[0];

  return (
    <div className="code-viewer">
      {MonacoCodeView && !monacoFailed && (
        <div
          className="code-fill"
          style={{ visibility: monacoReady ? 'visible' : 'hidden' }}
          data-testid="monaco-view"
        >
          <ErrorBoundary fallback={() => null} onError={failOver}>
            <MonacoCodeView
              files={files}
              activePath={active?.path ?? ''}
              colorMode={colorMode}
              onReady={handOver}
              initialScrollTop={initialScrollTop}
            />
          </ErrorBoundary>
        </div>
      )}
      {(!monacoReady || monacoFailed) && active && (
        <StaticCodeView path={active.path} content={active.content} scrollRef={staticScroll} />
      )}
    </div>
  );
}
