import { describe, expect, it } from 'vitest';
import { attr, block, call, list, num, obj, optionalAttr, raw, str, tpl } from './build';

describe('builders', () => {
  it('optionalAttr yields nothing for undefined, one attribute otherwise', () => {
    expect(optionalAttr('port', undefined)).toEqual([]);
    expect(optionalAttr('port', num(6379))).toEqual([attr('port', num(6379))]);
  });

  it('obj takes a record or an entry list, keeping entry-list order for integer-like keys', () => {
    expect(obj({ b: num(1), a: num(2) })).toEqual(
      obj([
        { key: 'b', value: num(1) },
        { key: 'a', value: num(2) },
      ]),
    );
    const ordered = obj([
      { key: 'z', value: num(1) },
      { key: '1', value: num(2) },
    ]);
    expect(ordered.kind === 'object' && ordered.entries.map(({ key }) => key)).toEqual(['z', '1']);
  });

  it('tpl maps strings to literals and raw expressions to interpolations', () => {
    expect(tpl(raw('var.name'), '-redis')).toEqual({
      kind: 'template',
      parts: [{ interpolate: 'var.name' }, { literal: '-redis' }],
    });
  });

  it('copies its inputs, so later mutation of the caller arrays does not leak into the tree', () => {
    const items = [str('a')];
    const labels = ['x'];
    const built = [list(items), block('b', labels, [])];
    items.push(str('b'));
    labels.push('y');
    expect(built).toEqual([list([str('a')]), block('b', ['x'], [])]);
    expect(call('f', num(1))).toEqual({ kind: 'call', name: 'f', args: [num(1)] });
  });
});
