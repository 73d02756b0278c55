/** The lazily loaded read-only editor: Monaco's core only (`editor.api`), as the app loads it. */
import { useEffect, useRef } from 'react';
import * as monaco from 'monaco-editor/editor/editor.api';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  getWorker: () =>
    import('monaco-editor/editor/editor.worker?worker').then(
      ({ default: EditorWorker }) => new EditorWorker(),
    ),
};

export default function Editor({ text }: { text: string }) {
  const container = useRef<HTMLDivElement>(null);
  const model = useRef<monaco.editor.ITextModel | null>(null);

  useEffect(() => {
    const created = monaco.editor.createModel(text, 'plaintext');
    model.current = created;
    const editor = monaco.editor.create(container.current!, {
      model: created,
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      folding: false,
      links: false,
      hover: { enabled: 'off' },
      quickSuggestions: false,
      occurrencesHighlight: 'off',
      wordBasedSuggestions: 'off',
    });
    return () => {
      editor.dispose();
      created.dispose();
      model.current = null;
    };
    // The text is applied by the effect below; the editor is created once.
  }, []);

  useEffect(() => {
    if (model.current && model.current.getValue() !== text) model.current.setValue(text);
  }, [text]);

  return <div ref={container} style={{ position: 'absolute', inset: 0 }} />;
}
