import { describe, expect, it } from 'vitest';
import { escapeStringContent, isBareKey, quoteKey, quoteLabel, quoteString } from './escape';
import { isGoPrintable } from './go-printable';

describe('escapeStringContent (terraform-fmt-rules.md §12)', () => {
  it.each([
    ['double quote', 'say "hi"', 'say \\"hi\\"'],
    ['backslash', 'C:\\path', 'C:\\\\path'],
    ['LF, CR, TAB', 'a\nb\rc\td', 'a\\nb\\rc\\td'],
    ['CRLF', 'a\r\nb', 'a\\r\\nb'],
    ['interpolation opener', '${x}', '$${x}'],
    ['directive opener', '%{x}', '%%{x}'],
    ['an escaped opener is decided on the original text', '$${x}', '$$${x}'],
    ['an escaped directive likewise', '%%{x}', '%%%{x}'],
    ['lone sigils unchanged', '$ and % and $$ and %% and $x %x', '$ and % and $$ and %% and $x %x'],
    ['sigil at the end', 'a$', 'a$'],
    ['NUL', 'a\u0000b', 'a\\u0000b'],
    ['ESC', '\u001b[31m', '\\u001b[31m'],
    ['DEL', '\u007f', '\\u007f'],
    ['C1 control (NEL)', '\u0085', '\\u0085'],
    ['NBSP', 'nbsp\u00a0x', 'nbsp\\u00a0x'],
    ['soft hyphen', '\u00ad', '\\u00ad'],
    ['ZWJ alone', 'a\u200db', 'a\\u200db'],
    ['bidi override', '\u202eevil', '\\u202eevil'],
    ['line separator', '\u2028', '\\u2028'],
    ['BOM', '\ufeff', '\\ufeff'],
    ['private use', '\ue000', '\\ue000'],
    ['astral private use', '\u{f0000}', '\\U000f0000'],
    ['tag character', '\u{e0041}', '\\U000e0041'],
    ['unassigned in Unicode 15.0 (assigned in 15.1+)', '\u{2ebf0}', '\\U0002ebf0'],
    ['lone high surrogate', 'a\ud800b', 'a\ufffdb'],
    ['lone low surrogate', '\udc00', '\ufffd'],
    ['printable non-ASCII left literal', 'café 日本語 Ω', 'café 日本語 Ω'],
    ['combining mark left literal', 'e\u0301', 'e\u0301'],
    ['emoji left literal', '😀 🇬🇧 👍🏽', '😀 🇬🇧 👍🏽'],
    ['the ZWJ inside an emoji sequence is still escaped', '👨\u200d👩', '👨\\u200d👩'],
  ])('%s', (_name, value, expected) => {
    expect(escapeStringContent(value)).toBe(expected);
  });

  it('quoteString wraps the escaped content in quotes', () => {
    expect(quoteString('a"b')).toBe('"a\\"b"');
    expect(quoteString('')).toBe('""');
  });
});

describe('isGoPrintable', () => {
  it.each([
    [0x20, true],
    [0x7e, true],
    [0x7f, false],
    [0xa0, false],
    [0xa1, true],
    [0xad, false],
    [0x3000, false],
    [0x1f600, true],
    [0x323af, true],
    [0x323b0, false],
    [0xe01ef, true],
    [0x10ffff, false],
  ])('U+%s → %s', (codePoint, expected) => {
    expect(isGoPrintable(codePoint)).toBe(expected);
  });
});

describe('isBareKey / quoteKey', () => {
  it.each([
    ['Name', true],
    ['_private', true],
    ['kebab-key', true],
    ['null', true],
    ['true', true],
    ['if', true],
    ['for', false],
    ['1abc', false],
    ['-lead', false],
    ['a b', false],
    ['team:name', false],
    ['kubernetes.io/cluster', false],
    ['', false],
    ['é', false],
    ['𝒜', false],
  ])('%j bare: %s', (key, expected) => {
    expect(isBareKey(key)).toBe(expected);
  });

  it.each([
    ['Name', 'Name'],
    ['for', '"for"'],
    ['', '""'],
    ['team:name', '"team:name"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['${x}', '"$${x}"'],
    ['é', '"\\u00e9"'],
    ['e\u0301', '"e\\u0301"'],
    ['日本', '"\\u65e5\\u672c"'],
    ['🇬🇧', '"\\U0001f1ec\\U0001f1e7"'],
    ['tab\there', '"tab\\there"'],
    ['nul\u0000', '"nul\\u0000"'],
    ['\ud800', '"\\ufffd"'],
  ])('%j → %s', (key, expected) => {
    expect(quoteKey(key)).toBe(expected);
  });
});

describe('quoteLabel', () => {
  it('normalizes to NFC, as fmt re-emits labels through cty strings', () => {
    expect(quoteLabel('e\u0301')).toBe('"\u00e9"');
    expect(quoteLabel('\u212b')).toBe('"\u00c5"');
  });

  it('escapes like a string value', () => {
    expect(quoteLabel('a"b\n\u202e😀')).toBe('"a\\"b\\n\\u202e😀"');
  });

  it.each(['$', '%', 'a${b}', 'x%y', '$${x}'])('rejects %j, which fmt would delete', (label) => {
    expect(() => quoteLabel(label)).toThrow(/terraform fmt deletes/);
  });
});
