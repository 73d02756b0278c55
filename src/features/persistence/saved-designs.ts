/**
 * "My designs": named designs kept in this browser's local storage, beside the autosaved draft.
 * Nothing leaves the browser. A design is stored as the design JSON (which never holds a secret:
 * passwords and tokens are Terraform variables) and read back through the one intake, like a link
 * or a file; an entry that is not one is reported and left out, never trusted.
 */
import type { Design } from '@/model/design';
import { intakeJson, type IntakeResult } from '@/share/intake';

export const SAVED_DESIGNS_KEY = 'elasticache-configurator:designs';

export interface SavedDesign {
  id: string;
  /** The name in the list; the design's own name is not changed by it. */
  title: string;
  /** ISO time of the last save. */
  savedAt: string;
  /** The design as JSON text, read through the intake when opened. */
  json: string;
}

export interface SavedDesignList {
  entries: SavedDesign[];
  /** Why stored entries were left out (damaged by hand, or written by something else). */
  problems: string[];
}

const isEntry = (value: unknown): value is SavedDesign => {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return ['id', 'title', 'savedAt', 'json'].every((key) => typeof entry[key] === 'string');
};

/** The saved designs, newest first; damaged entries are left out and said. */
export function listSavedDesigns(storage: Storage = localStorage): SavedDesignList {
  let text: string | null;
  try {
    text = storage.getItem(SAVED_DESIGNS_KEY);
  } catch {
    return { entries: [], problems: ['This browser does not allow the page to use local storage.'] };
  }
  if (text === null) return { entries: [], problems: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {
      entries: [],
      problems: ['The list of saved designs is damaged (not JSON) and could not be read.'],
    };
  }
  if (!Array.isArray(stored))
    return {
      entries: [],
      problems: ['The list of saved designs is damaged (not a list) and could not be read.'],
    };
  const entries = stored.filter(isEntry);
  const problems =
    stored.length > entries.length
      ? [`${stored.length - entries.length} damaged saved design(s) ignored.`]
      : [];
  return { entries: entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt)), problems };
}

/** Writes the list; throws the storage's error (full, blocked) for the caller to report. */
function writeEntries(entries: SavedDesign[], storage: Storage) {
  storage.setItem(SAVED_DESIGNS_KEY, JSON.stringify(entries));
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Saves `design` as a new entry named `title`; returns the new list. */
export function saveDesignAs(design: Design, title: string, storage: Storage = localStorage): SavedDesign[] {
  const { entries } = listSavedDesigns(storage);
  const entry = {
    id: newId(),
    title: title.trim() || design.name,
    savedAt: new Date().toISOString(),
    json: JSON.stringify(design),
  };
  const next = [entry, ...entries];
  writeEntries(next, storage);
  return next;
}

export function renameSavedDesign(id: string, title: string, storage: Storage = localStorage): SavedDesign[] {
  return update(storage, (entries) =>
    entries.map((entry) => (entry.id === id && title.trim() ? { ...entry, title: title.trim() } : entry)),
  );
}

export function duplicateSavedDesign(id: string, storage: Storage = localStorage): SavedDesign[] {
  return update(storage, (entries) => {
    const original = entries.find((entry) => entry.id === id);
    if (!original) return entries;
    const copy = {
      ...original,
      id: newId(),
      title: `${original.title} (copy)`,
      savedAt: new Date().toISOString(),
    };
    return [copy, ...entries];
  });
}

export function deleteSavedDesign(id: string, storage: Storage = localStorage): SavedDesign[] {
  return update(storage, (entries) => entries.filter((entry) => entry.id !== id));
}

function update(storage: Storage, change: (entries: SavedDesign[]) => SavedDesign[]): SavedDesign[] {
  const next = change(listSavedDesigns(storage).entries);
  writeEntries(next, storage);
  return next;
}

/** The saved design, through the intake: a damaged one comes back as an intake error. */
export function readSavedDesign(entry: SavedDesign): IntakeResult {
  return intakeJson(entry.json);
}
