import { describe, expect, it } from 'vitest';
import { userText } from './design';

describe('user text', () => {
  const text = userText(50);

  it('is stored in NFC, as Terraform stores it', () => {
    expect(text.parse('e\u0301')).toBe('\u00e9');
  });

  it('refuses lone surrogates', () => {
    expect(text.safeParse('a\uD800b').success).toBe(false);
  });

  it('refuses what Terraform would corrupt: a character beyond U+FFFF composed with a combining mark', () => {
    // terraform console: "\U00010053\u0301" evaluates to "Ś".
    expect(text.safeParse('\u{10053}\u0301').success).toBe(false);
    expect(text.safeParse('\u{20041}\u0301').success).toBe(false);
  });

  it('keeps emoji sequences with variation selectors and joiners', () => {
    for (const value of ['\u{1F3F3}\uFE0F\u200D\u{1F308}', '👨‍👩‍👧', '🇪🇺', 'caf\u00e9'])
      expect(text.parse(value)).toBe(value);
  });
});
