import { describe, expect, it } from 'vitest';
import { createDefaultDesign } from '@/model/defaults';
import {
  deleteSavedDesign,
  duplicateSavedDesign,
  listSavedDesigns,
  readSavedDesign,
  renameSavedDesign,
  saveDesignAs,
  SAVED_DESIGNS_KEY,
} from './saved-designs';

/** A Storage over a Map, as the browser's local storage behaves for one key. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('saved designs', () => {
  it('saves, renames, duplicates and deletes designs, newest first', () => {
    const storage = memoryStorage();
    const design = { ...createDefaultDesign(), name: 'orders' };
    const [saved] = saveDesignAs(design, '  Orders cache  ', storage);
    expect(saved).toMatchObject({ title: 'Orders cache' });
    expect(saveDesignAs(design, '', storage)[0]!.title).toBe('orders');

    renameSavedDesign(saved!.id, 'Orders (prod)', storage);
    duplicateSavedDesign(saved!.id, storage);
    const titles = listSavedDesigns(storage).entries.map((entry) => entry.title);
    expect(titles).toHaveLength(3);
    expect(titles).toEqual(expect.arrayContaining(['Orders (prod)', 'Orders (prod) (copy)', 'orders']));

    deleteSavedDesign(saved!.id, storage);
    expect(
      listSavedDesigns(storage)
        .entries.map((entry) => entry.title)
        .sort(),
    ).toEqual(['Orders (prod) (copy)', 'orders']);
  });

  it('reads a saved design back through the intake, unchanged', () => {
    const storage = memoryStorage();
    const design = { ...createDefaultDesign(), name: 'round-trip' };
    const [entry] = saveDesignAs(design, 'x', storage);
    expect(readSavedDesign(entry!)).toEqual({ ok: true, design });
  });

  it('reports damaged entries and ignores them', () => {
    const good = { id: 'a', title: 'good', savedAt: '2026-01-01T00:00:00Z', json: '{}' };
    const storage = memoryStorage({ [SAVED_DESIGNS_KEY]: JSON.stringify([good, { id: 7 }, 'junk']) });
    expect(listSavedDesigns(storage)).toEqual({
      entries: [good],
      problems: ['2 damaged saved design(s) ignored.'],
    });
    // An entry whose design is not one: the intake says why, nothing is opened.
    const opened = readSavedDesign({ ...good, json: '{"schemaVersion": 1, "name": "Bad Name!"}' });
    expect(opened.ok).toBe(false);

    expect(listSavedDesigns(memoryStorage({ [SAVED_DESIGNS_KEY]: '{not json' })).problems).toEqual([
      'The list of saved designs is damaged (not JSON) and could not be read.',
    ]);
  });
});
