/**
 * Which draft is this tab's. Each tab saves into its own slot in local storage, named by an ID kept in
 * session storage (which a reload keeps and a new tab does not), so two tabs never overwrite each
 * other's work. Every save also becomes the latest draft, which a new tab starts from.
 * Other tabs' saves arrive as `storage` events: the app offers them, it never applies them.
 */

/** The latest save of any tab; also the single draft of versions before per-tab drafts. */
export const LATEST_DRAFT_KEY = 'elasticache-configurator:draft';
const TAB_DRAFT_PREFIX = 'elasticache-configurator:tab-draft:';
/** When each tab slot was last saved, so the oldest can go. */
const TAB_DRAFT_INDEX_KEY = 'elasticache-configurator:tab-drafts';
/** In session storage: this tab's slot. */
const TAB_ID_KEY = 'elasticache-configurator:tab-id';
/** Slots kept beyond this tab's: closed tabs leave theirs behind. */
const MAX_OTHER_TAB_DRAFTS = 9;

const slotKey = (tabId: string) => `${TAB_DRAFT_PREFIX}${tabId}`;
const newTabId = () => crypto.randomUUID().slice(0, 8);

/** This tab's ID, if it has saved a draft (session storage may be blocked: then none). */
function ownTabId(): string | undefined {
  try {
    return sessionStorage.getItem(TAB_ID_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function claimTabId(): string {
  const tabId = ownTabId() ?? newTabId();
  try {
    sessionStorage.setItem(TAB_ID_KEY, tabId);
  } catch {
    // Without session storage a reload starts from the latest draft, as before per-tab drafts.
  }
  return tabId;
}

/**
 * The stored text of this tab's draft, else of the latest draft; null when there is none.
 * Throws when storage cannot be read.
 */
export function readTabDraftText(): string | null {
  const tabId = ownTabId();
  return (tabId && localStorage.getItem(slotKey(tabId))) ?? localStorage.getItem(LATEST_DRAFT_KEY);
}

function readIndex(): Record<string, number> {
  try {
    const index: unknown = JSON.parse(localStorage.getItem(TAB_DRAFT_INDEX_KEY) ?? '{}');
    return index && typeof index === 'object' && !Array.isArray(index)
      ? (index as Record<string, number>)
      : {};
  } catch {
    return {};
  }
}

/** Saves `json` as this tab's draft and as the latest; throws when storage is full or blocked. */
export function writeTabDraft(json: string): void {
  const tabId = claimTabId();
  localStorage.setItem(slotKey(tabId), json);
  localStorage.setItem(LATEST_DRAFT_KEY, json);
  const index = { ...readIndex(), [tabId]: Date.now() };
  const stale = Object.keys(index)
    .filter((id) => id !== tabId)
    .sort((a, b) => index[b]! - index[a]!)
    .slice(MAX_OTHER_TAB_DRAFTS);
  for (const id of stale) {
    localStorage.removeItem(slotKey(id));
    delete index[id];
  }
  localStorage.setItem(TAB_DRAFT_INDEX_KEY, JSON.stringify(index));
}

export interface OtherTabSave {
  /** The other tab's ID, to tell its saves from another's. */
  tabId: string;
  /** The design as stored: outside data, to go through the intake. */
  json: string;
}

/**
 * Calls `onSave` for each draft another tab saves. A tab duplicated by the browser shares this tab's
 * session storage, and so its slot: this tab then takes a new one, and `onSave` hears the duplicate's
 * save like any other tab's. Returns the unsubscribe.
 */
export function watchOtherTabs(onSave: (save: OtherTabSave, ownSlotTaken: boolean) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.storageArea !== localStorage || !event.key?.startsWith(TAB_DRAFT_PREFIX) || !event.newValue)
      return;
    const tabId = event.key.slice(TAB_DRAFT_PREFIX.length);
    const ownSlotTaken = tabId === ownTabId();
    if (ownSlotTaken)
      try {
        sessionStorage.setItem(TAB_ID_KEY, newTabId());
      } catch {
        // Nothing to move to: the two tabs keep sharing one slot, as without session storage.
      }
    onSave({ tabId, json: event.newValue }, ownSlotTaken);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** Forgets this tab's draft and the latest, so a reload starts afresh (other tabs keep theirs). */
export function removeTabDraft(): void {
  const tabId = ownTabId();
  if (tabId) localStorage.removeItem(slotKey(tabId));
  localStorage.removeItem(LATEST_DRAFT_KEY);
}
