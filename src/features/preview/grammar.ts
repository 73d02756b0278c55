/**
 * Grammars for the preview, written once as data in the subset of Monaco's Monarch format that both
 * highlighters understand: the tiny tokenizer that paints the HCL before Monaco has loaded
 * (`tokenize.ts`) and Monaco itself (`monaco-setup.ts`). One table for both is what lets Monaco take
 * over without the colours shifting.
 *
 * Rules are tried in order at the current position of a line; `next: '@name'` pushes a state and
 * `'@pop'` leaves it. Rules never use `^` or lookbehind, which mean different things in the two.
 */

export interface GrammarRule {
  regex: RegExp;
  token: string;
  next?: string;
}
export type GrammarEntry = GrammarRule | { include: string };

export interface Grammar {
  /** Appended to every token by Monaco (`string` → `string.hcl`); themes match by prefix. */
  tokenPostfix: string;
  states: Record<string, GrammarEntry[]>;
}

const IDENTIFIER = /[A-Za-z_][\w-]*/.source;

/** HCL as the generator writes it: blocks, attributes, strings with escapes and templates. */
export const HCL_GRAMMAR: Grammar = {
  tokenPostfix: '.hcl',
  states: {
    root: [
      { regex: /\s+/, token: '' },
      { regex: /(#|\/\/).*$/, token: 'comment' },
      { regex: /\/\*/, token: 'comment', next: '@blockComment' },
      { regex: /"/, token: 'string', next: '@string' },
      { regex: new RegExp(`${IDENTIFIER}(?=\\s*=(?!=))`), token: 'attribute' },
      { regex: new RegExp(`${IDENTIFIER}(?=(\\s+"[^"]*")*\\s*\\{)`), token: 'type' },
      { regex: /(true|false|null)(?![\w-])/, token: 'keyword' },
      { regex: /(for|in|if|else)(?=\s)/, token: 'keyword' },
      { regex: new RegExp(`${IDENTIFIER}(?=\\()`), token: 'function' },
      { regex: /(string|number|bool|any)(?![\w-])/, token: 'type' },
      { regex: new RegExp(IDENTIFIER), token: 'identifier' },
      { regex: /\d+(\.\d+)?([eE][+-]?\d+)?/, token: 'number' },
      { regex: /[{}()[\]]/, token: 'delimiter.bracket' },
      { regex: /[=!<>?:+\-*/%&|,.]+/, token: 'delimiter' },
      { regex: /./, token: '' },
    ],
    string: [
      { regex: /[^"\\$%]+/, token: 'string' },
      { regex: /\\([nrt"\\]|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/, token: 'string.escape' },
      { regex: /\$\$\{|%%\{/, token: 'string.escape' },
      { regex: /\$\{|%\{/, token: 'delimiter.template', next: '@template' },
      { regex: /"/, token: 'string', next: '@pop' },
      { regex: /./, token: 'string' },
    ],
    template: [
      { regex: /\}/, token: 'delimiter.template', next: '@pop' },
      { regex: /\{/, token: 'delimiter.bracket', next: '@template' },
      { include: 'root' },
    ],
    blockComment: [
      { regex: /\*\//, token: 'comment', next: '@pop' },
      { regex: /[^*]+/, token: 'comment' },
      { regex: /\*/, token: 'comment' },
    ],
  },
};

/** Enough Markdown for the bundle README: headings, code, emphasis, links and list bullets. */
export const MARKDOWN_GRAMMAR: Grammar = {
  tokenPostfix: '.md',
  states: {
    root: [
      { regex: /#{1,6}\s.*$/, token: 'keyword.heading' },
      { regex: /```.*$/, token: 'string.code', next: '@codeBlock' },
      { regex: /\s*([-*]|\d+\.)\s/, token: 'keyword.list' },
      { regex: /`[^`]*`/, token: 'string.code' },
      { regex: /\*\*[^*]+\*\*/, token: 'strong' },
      { regex: /\[[^\]]*\]\([^)]*\)/, token: 'link' },
      { regex: /[^`*[]+/, token: '' },
      { regex: /./, token: '' },
    ],
    codeBlock: [
      { regex: /```\s*$/, token: 'string.code', next: '@pop' },
      { regex: /.+$/, token: 'string.code' },
    ],
  },
};

export type PreviewLanguage = 'hcl' | 'markdown' | 'plaintext';

export const GRAMMARS: Record<Exclude<PreviewLanguage, 'plaintext'>, Grammar> = {
  hcl: HCL_GRAMMAR,
  markdown: MARKDOWN_GRAMMAR,
};

/** The language of a bundle file, from its name. */
export function languageOf(path: string): PreviewLanguage {
  if (/\.(tf|tfvars|tfvars\.example|hcl)$/.test(path)) return 'hcl';
  if (path.endsWith('.md')) return 'markdown';
  return 'plaintext';
}
