import { describe, expect, it } from 'vitest';
import { generate } from '@/generate';
import { createDefaultDesign } from '@/model/defaults';
import { HCL_GRAMMAR, MARKDOWN_GRAMMAR, languageOf } from './grammar';
import { tokenizeLines } from './tokenize';

const typesOf = (line: string) => tokenizeLines(line, HCL_GRAMMAR)[0]!.filter((token) => token.type !== '');

describe(tokenizeLines, () => {
  it('tells block types, labels, attributes and values apart', () => {
    expect(typesOf('resource "aws_vpc" "this" {')).toEqual([
      { text: 'resource', type: 'type' },
      { text: '"aws_vpc"', type: 'string' },
      { text: '"this"', type: 'string' },
      { text: '{', type: 'delimiter.bracket' },
    ]);
    expect(typesOf('  port = 6379')).toEqual([
      { text: 'port', type: 'attribute' },
      { text: '=', type: 'delimiter' },
      { text: '6379', type: 'number' },
    ]);
    expect(typesOf('  enabled = true # why')).toEqual([
      { text: 'enabled', type: 'attribute' },
      { text: '=', type: 'delimiter' },
      { text: 'true', type: 'keyword' },
      { text: '# why', type: 'comment' },
    ]);
  });

  it('colours escapes and templates inside strings', () => {
    expect(typesOf('name = "a\\"b ${var.x}-$${y}"')).toEqual([
      { text: 'name', type: 'attribute' },
      { text: '=', type: 'delimiter' },
      { text: '"a', type: 'string' },
      { text: '\\"', type: 'string.escape' },
      { text: 'b ', type: 'string' },
      { text: '${', type: 'delimiter.template' },
      { text: 'var', type: 'identifier' },
      { text: '.', type: 'delimiter' },
      { text: 'x', type: 'identifier' },
      { text: '}', type: 'delimiter.template' },
      { text: '-', type: 'string' },
      { text: '$${', type: 'string.escape' },
      { text: 'y}"', type: 'string' },
    ]);
  });

  it('carries block comments across lines', () => {
    const lines = tokenizeLines('/* one\ntwo */ x = 1', HCL_GRAMMAR);
    expect(lines[0]).toEqual([{ text: '/* one', type: 'comment' }]);
    expect(lines[1]![0]).toEqual({ text: 'two */', type: 'comment' });
  });

  it('keeps every character of every generated file', () => {
    for (const file of generate(createDefaultDesign())) {
      const grammar = languageOf(file.path) === 'markdown' ? MARKDOWN_GRAMMAR : HCL_GRAMMAR;
      const lines = tokenizeLines(file.content, grammar);
      expect(lines.map((tokens) => tokens.map((token) => token.text).join('')).join('\n')).toBe(file.content);
    }
  });

  it('reads Markdown headings, code and fences', () => {
    const [heading, , fence, code, close] = tokenizeLines('# Title\n\n```hcl\nx = 1\n```', MARKDOWN_GRAMMAR);
    expect(heading).toEqual([{ text: '# Title', type: 'keyword.heading' }]);
    expect(fence).toEqual([{ text: '```hcl', type: 'string.code' }]);
    expect(code).toEqual([{ text: 'x = 1', type: 'string.code' }]);
    expect(close).toEqual([{ text: '```', type: 'string.code' }]);
  });
});
