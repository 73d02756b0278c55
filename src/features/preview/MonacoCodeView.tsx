/**
 * The preview in Monaco (read-only): one model per bundle file opened, updated with minimal edits so
 * the scroll position survives every keystroke, and the lines an edit changed highlighted for a moment.
 * Loaded lazily; the static view covers it until `onReady`.
 */
import { useEffect, useRef } from 'react';
import type { Bundle, BundleFile } from '@/generate';
import { monaco, MONACO_THEMES } from './monaco-setup';
import { languageOf } from './grammar';
import { diffLines, type Hunk } from './line-diff';
import { CHANGE_FADE_OUT_MS, CHANGE_HIGHLIGHT_MS, EDITOR_METRICS, type ColorMode } from './editor-theme';

export interface MonacoCodeViewProps {
  files: Bundle;
  activePath: string;
  colorMode: ColorMode;
  /** Called in the animation frame the editor first paints the active file. */
  onReady: () => void;
  /** Scroll position to start at (the static view's). */
  initialScrollTop: () => number;
}

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  domReadOnly: true,
  automaticLayout: true,
  fontFamily: EDITOR_METRICS.fontFamily,
  fontSize: EDITOR_METRICS.fontSize,
  lineHeight: EDITOR_METRICS.lineHeight,
  fontLigatures: false,
  padding: { top: EDITOR_METRICS.paddingTop, bottom: EDITOR_METRICS.paddingTop },
  lineNumbersMinChars: EDITOR_METRICS.lineNumberChars,
  lineDecorationsWidth: EDITOR_METRICS.gutterGap,
  glyphMargin: false,
  folding: false,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  renderLineHighlight: 'none',
  // Whitespace marks in a selection would cost every frame a pass over the visible lines.
  renderWhitespace: 'none',
  overviewRulerLanes: 0,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  guides: { indentation: false },
  stickyScroll: { enabled: false },
  scrollbar: { useShadows: false, verticalScrollbarSize: 12, horizontalScrollbarSize: 12 },
  // Features that would start the editor worker or are noise in a read-only view.
  links: false,
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  wordBasedSuggestions: 'off',
  quickSuggestions: false,
  hover: { enabled: 'off' },
  codeLens: false,
  colorDecorators: false,
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
  contextmenu: true,
  fixedOverflowWidgets: true,
};

/** A changed line: highlighted while the edits go on, fading out once they pause. */
const changeDecoration = (fading: boolean): monaco.editor.IModelDecorationOptions => ({
  isWholeLine: true,
  className: fading ? 'preview-changed-line preview-change-fading' : 'preview-changed-line',
  linesDecorationsClassName: fading
    ? 'preview-changed-gutter preview-change-fading'
    : 'preview-changed-gutter',
});

const sameLines = (a: number[], b: number[]) =>
  a.length === b.length && a.every((line, index) => line === b[index]);

const uriOf = (path: string) => monaco.Uri.from({ scheme: 'bundle', path: `/${path}` });

/** Monaco edits (in the old text's coordinates) that apply the hunks. */
function toEdits(
  model: monaco.editor.ITextModel,
  hunks: Hunk[],
): monaco.editor.IIdentifiedSingleEditOperation[] {
  const lineCount = model.getLineCount();
  return hunks.flatMap(({ oldStart, oldCount, newLines }) => {
    // Lines rewritten in place (typing changes one line) are edited within the line: an edit across
    // a line break would shift every line after it, and Monaco would redraw all of them.
    if (oldCount === newLines.length)
      return newLines.map((text, index) => {
        const line = oldStart + index + 1;
        return { range: new monaco.Range(line, 1, line, model.getLineMaxColumn(line)), text };
      });
    if (oldStart + oldCount < lineCount) {
      // Replace whole lines, newline included.
      return {
        range: new monaco.Range(oldStart + 1, 1, oldStart + oldCount + 1, 1),
        text: newLines.map((line) => `${line}\n`).join(''),
      };
    }
    if (oldStart === 0) return { range: model.getFullModelRange(), text: newLines.join('\n') };
    // The hunk reaches the end of the file: start from the end of the line before it.
    return {
      range: new monaco.Range(
        oldStart,
        model.getLineMaxColumn(oldStart),
        lineCount,
        model.getLineMaxColumn(lineCount),
      ),
      text: newLines.map((line) => `\n${line}`).join(''),
    };
  });
}

export default function MonacoCodeView({
  files,
  activePath,
  colorMode,
  onReady,
  initialScrollTop,
}: MonacoCodeViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  /** Each model's text, kept beside it: reading it back from Monaco on every keystroke costs. */
  const shown = useRef(new Map<string, string>());
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const highlights = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const fading = useRef(false);
  const readyHandlers = useRef({ onReady, initialScrollTop });
  const revealFrame = useRef(0);
  useEffect(() => {
    readyHandlers.current = { onReady, initialScrollTop };
  });

  // The editor lives as long as the view; models are disposed with it.
  useEffect(() => {
    const editor = monaco.editor.create(containerRef.current!, { ...EDITOR_OPTIONS, model: null });
    editorRef.current = editor;
    highlights.current = editor.createDecorationsCollection();
    const ownModels = models.current;
    const ownTexts = shown.current;
    return () => {
      cancelAnimationFrame(revealFrame.current);
      editor.dispose();
      ownModels.forEach((model) => model.dispose());
      ownModels.clear();
      ownTexts.clear();
    };
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(MONACO_THEMES[colorMode]);
  }, [colorMode]);

  /** Brings the model of `file` up to date; returns the 1-based lines an edit changed. */
  const syncModel = (file: BundleFile): number[] => {
    const model = models.current.get(file.path);
    if (!model) {
      models.current.set(
        file.path,
        monaco.editor.createModel(file.content, languageOf(file.path), uriOf(file.path)),
      );
      shown.current.set(file.path, file.content);
      return [];
    }
    const before = shown.current.get(file.path)!;
    if (before === file.content) return [];
    shown.current.set(file.path, file.content);
    const hunks = diffLines(before, file.content);
    model.applyEdits(toEdits(model, hunks));
    return hunks.flatMap((hunk) => hunk.newLines.map((_, index) => hunk.newStart + index + 1));
  };

  /** The lines highlighted now (their decorations move with the edits). */
  const highlightedLines = () => highlights.current!.getRanges().map((range) => range.startLineNumber);
  const highlight = (lines: number[], fade: boolean) => {
    fading.current = fade;
    highlights.current!.set(
      lines.map((line) => ({ range: new monaco.Range(line, 1, line, 1), options: changeDecoration(fade) })),
    );
  };

  // Only the open file is brought up to date on an edit (reading another file renders it); the others
  // catch up when opened. What an edit changed in the open file is highlighted.
  useEffect(() => {
    const editor = editorRef.current!;
    const present = new Set(files.map((file) => file.path));
    for (const [path, model] of models.current)
      if (!present.has(path)) {
        model.dispose();
        models.current.delete(path);
        shown.current.delete(path);
        viewStates.current.delete(path);
      }
    const file = files.find((candidate) => candidate.path === activePath);
    if (!file) return;
    const changedLines = syncModel(file);

    const active = models.current.get(activePath)!;
    const current = editor.getModel();
    if (current !== active) {
      if (current) viewStates.current.set(current.uri.path.slice(1), editor.saveViewState());
      editor.setModel(active);
      if (!current) {
        // The first file: start where the static view is scrolled to, draw its lines now (not in
        // Monaco's next animation frame) and hand over at once, so the switch lands in the frame
        // that paints them. Should Monaco not have drawn yet, hand over in the frame it does.
        editor.setScrollTop(readyHandlers.current.initialScrollTop());
        editor.render();
        const drawn = () => !!containerRef.current?.querySelector('.view-line');
        const handOverOncePainted = () => {
          revealFrame.current = requestAnimationFrame(() => {
            if (drawn()) readyHandlers.current.onReady();
            else handOverOncePainted();
          });
        };
        if (drawn()) queueMicrotask(() => readyHandlers.current.onReady());
        else handOverOncePainted();
      }
      const saved = viewStates.current.get(activePath);
      if (saved) editor.restoreViewState(saved);
      editor.updateOptions({ ariaLabel: `${activePath} (read-only)` });
      // Opening a file highlights nothing: only an edit does.
      return;
    }

    if (!changedLines.length) return;
    // Typing in one field changes the same lines keystroke after keystroke: they keep their
    // highlight, which stays still until the edits pause and then fades. Setting it anew would
    // redraw every visible line, and a fade running while the user types would cost each keystroke
    // a compositing pass.
    if (fading.current || !sameLines(highlightedLines(), changedLines)) highlight(changedLines, false);
    editor.revealLineInCenterIfOutsideViewport(changedLines[0]!);
    let fadeOut: ReturnType<typeof setTimeout> | undefined;
    const pause = setTimeout(() => {
      highlight(highlightedLines(), true);
      fadeOut = setTimeout(() => highlights.current?.clear(), CHANGE_FADE_OUT_MS);
    }, CHANGE_HIGHLIGHT_MS);
    return () => {
      clearTimeout(pause);
      clearTimeout(fadeOut);
    };
  }, [files, activePath]);

  // Monaco owns the element's children; its highlight classes are styled by code-view.css.
  return <div ref={containerRef} className="code-fill" />;
}
