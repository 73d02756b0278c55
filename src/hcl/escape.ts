/**
 * Quoting and escaping for HCL quoted strings, object keys and block labels — byte-compatible with
 * hclwrite's `escapeQuotedStringLit`, which is what `terraform fmt` writes when it re-emits labels.
 */
import { isGoPrintable } from './go-printable';

/** HCL's named escapes (the only single-character escapes the language defines besides `\uNNNN`). */
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces each unpaired UTF-16 surrogate with U+FFFD. Such a string has no UTF-8 encoding, and HCL
 * rejects `\uD800`-style escapes, so U+FFFD (what UTF-8 encoders substitute anyway) is the only
 * faithful rendering.
 */
function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function unicodeEscape(codePoint: number): string {
  const hex = codePoint.toString(16);
  return codePoint < 0x10000 ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
}

export interface EscapeOptions {
  /**
   * Also escape every non-ASCII character. For text that fmt measures (the lead of an aligned line):
   * it counts grapheme clusters with Go's Unicode tables, and ASCII measures the same everywhere.
   */
  asciiOnly?: boolean;
}

function needsUnicodeEscape(codePoint: number, { asciiOnly = false }: EscapeOptions): boolean {
  return asciiOnly ? codePoint < 0x20 || codePoint > 0x7e : !isGoPrintable(codePoint);
}

/**
 * The inside of a quoted HCL string holding `value` literally: `\` `"` LF CR TAB get their named
 * escapes, `${`/`%{` are doubled, characters Go deems non-printable (with `asciiOnly`: all non-ASCII
 * ones) become `\u`/`\U` escapes, and lone surrogates become U+FFFD.
 */
export function escapeStringContent(value: string, options: EscapeOptions = {}): string {
  const text = replaceLoneSurrogates(value);
  let escaped = '';
  let nextIndex = 0;
  for (const char of text) {
    nextIndex += char.length;
    const named = NAMED_ESCAPES[char];
    if (named !== undefined) {
      escaped += named;
    } else if (char === '$' || char === '%') {
      // `${` / `%{` would open a template sequence; doubling the sigil makes it literal. Deciding on the
      // original text means `$${x}` becomes `$$${x}`, which reads back as `$${x}`.
      escaped += text[nextIndex] === '{' ? char + char : char;
    } else {
      const codePoint = char.codePointAt(0) as number;
      escaped += needsUnicodeEscape(codePoint, options) ? unicodeEscape(codePoint) : char;
    }
  }
  return escaped;
}

/** `value` as a quoted HCL string literal. */
export function quoteString(value: string, options: EscapeOptions = {}): string {
  return `"${escapeStringContent(value, options)}"`;
}

/**
 * Text for a `#` comment line, which has no escape syntax: every character Go deems non-printable
 * except TAB is spelled out as `\uNNNN` text, so that no control or invisible character (NUL, ESC,
 * bidi overrides, zero-width spaces) reaches the file where it could mislead a reader or a terminal.
 */
export function visibleCommentText(text: string): string {
  let visible = '';
  for (const char of replaceLoneSurrogates(text)) {
    const codePoint = char.codePointAt(0) as number;
    visible += char === '\t' || isGoPrintable(codePoint) ? char : unicodeEscape(codePoint);
  }
  return visible;
}

/**
 * True when `key` can be written bare as an object key: an ASCII identifier other than `for`
 * (a bare `for` opens a for-expression: `{ for = 1 }` is a parse error).
 */
export function isBareKey(key: string): boolean {
  return BARE_KEY.test(key) && key !== 'for';
}

/**
 * An object key: bare when possible, otherwise quoted with every non-ASCII character escaped too.
 * Keys sit in the alignment lead, whose width fmt counts in grapheme clusters using Go's Unicode tables;
 * ASCII-only text makes that width exact whatever Unicode version the JS engine ships.
 */
export function quoteKey(key: string): string {
  return isBareKey(key) ? key : quoteString(key, { asciiOnly: true });
}

/**
 * A block label, written exactly as `terraform fmt` rewrites it (it re-emits every label through
 * hclwrite): NFC-normalized, as cty does with every string, then quoted.
 *
 * Throws for a label containing `$` or `%`: HCL's scanner splits such a literal into several tokens,
 * and fmt's label re-emission then drops the label altogether (`resource "a" "x$y" {}` becomes
 * `resource "a" {}`), so no spelling of it survives fmt.
 */
export function quoteLabel(label: string): string {
  const normalized = replaceLoneSurrogates(label).normalize('NFC');
  if (/[$%]/.test(normalized)) {
    throw new Error(`Block label ${JSON.stringify(label)} contains "$" or "%", which terraform fmt deletes`);
  }
  return quoteString(normalized);
}
