/**
 * A tiny interpreter for the grammars in `grammar.ts`, with Monarch's semantics: line by line, the
 * first rule that matches at the current position wins, and a state stack carries over line ends.
 * It paints the preview on first render, long before Monaco's 1 MB arrives.
 */
import type { Grammar, GrammarRule } from './grammar';

export interface Token {
  text: string;
  /** Monarch token name without the postfix, e.g. `string.escape`; empty for plain text. */
  type: string;
}

interface CompiledGrammar {
  states: Map<string, { sticky: RegExp; rule: GrammarRule }[]>;
}

const compiled = new WeakMap<Grammar, CompiledGrammar>();

function compile(grammar: Grammar): CompiledGrammar {
  const cached = compiled.get(grammar);
  if (cached) return cached;
  const states = new Map<string, { sticky: RegExp; rule: GrammarRule }[]>();
  const expand = (name: string, seen: Set<string>): GrammarRule[] =>
    (grammar.states[name] ?? []).flatMap((entry) => {
      if (!('include' in entry)) return [entry];
      if (seen.has(entry.include)) return [];
      return expand(entry.include, new Set([...seen, entry.include]));
    });
  for (const name of Object.keys(grammar.states))
    states.set(
      name,
      expand(name, new Set([name])).map((rule) => ({ sticky: new RegExp(rule.regex.source, 'y'), rule })),
    );
  const result = { states };
  compiled.set(grammar, result);
  return result;
}

/** Splits text into lines of tokens. Adjacent tokens of one type are merged. */
export function tokenizeLines(text: string, grammar: Grammar): Token[][] {
  const { states } = compile(grammar);
  const stack = ['root'];
  return text.split('\n').map((line) => {
    const tokens: Token[] = [];
    const push = (piece: string, type: string) => {
      const last = tokens[tokens.length - 1];
      if (last && last.type === type) last.text += piece;
      else tokens.push({ text: piece, type });
    };
    let position = 0;
    while (position < line.length) {
      const rules = states.get(stack[stack.length - 1]!) ?? [];
      let matched = false;
      for (const { sticky, rule } of rules) {
        sticky.lastIndex = position;
        const match = sticky.exec(line);
        if (!match || match[0].length === 0) continue;
        push(match[0], rule.token);
        position += match[0].length;
        if (rule.next === '@pop') {
          if (stack.length > 1) stack.pop();
        } else if (rule.next) stack.push(rule.next.slice(1));
        matched = true;
        break;
      }
      // Monarch skips a character no rule matches; so do we, so both paint it alike.
      if (!matched) push(line[position++]!, '');
    }
    return tokens;
  });
}
