/**
 * The share link in the address bar: the URL fragment holds the design (see `src/share/codec.ts`).
 * It is rewritten with `history.replaceState`, never as a new history entry per edit. Reading a link
 * validates it, which loads the intake (and zod) on first use.
 */
import type { Design } from '@/model/design';
import type { IntakeResult } from '@/share/intake';
import { encodeShareFragment } from '@/share/link-format';

export const hasFragment = (hash: string) => hash !== '' && hash !== '#';

/** The design a link holds; undefined when the URL has no fragment. */
export async function readLinkedDesign(hash: string): Promise<IntakeResult | undefined> {
  if (!hasFragment(hash)) return undefined;
  const { decodeShareFragment } = await import('@/share/codec');
  return decodeShareFragment(hash);
}

/** The full URL that reopens `design`. */
export function shareUrl(design: Design): string {
  return `${location.origin}${location.pathname}${location.search}${encodeShareFragment(design)}`;
}

/**
 * The fragments this tab wrote last (newest last); they survive a reload, but not a new tab. More
 * than the newest: a reload pressed just as the address bar was rewritten reloads the fragment
 * before it, which is this tab's too.
 */
const OWN_FRAGMENTS_KEY = 'elasticache-configurator:own-fragments';
const OWN_FRAGMENTS_KEPT = 4;

function ownFragments(): string[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(OWN_FRAGMENTS_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

function replaceFragment(fragment: string): void {
  if (location.hash === fragment || (fragment === '' && location.hash === '')) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
  const kept = [...ownFragments().filter((entry) => entry !== fragment), fragment].slice(-OWN_FRAGMENTS_KEPT);
  try {
    sessionStorage.setItem(OWN_FRAGMENTS_KEY, JSON.stringify(kept));
  } catch {
    // Without session storage a reload may ask once too often whether to open the link.
  }
}

/**
 * True when the address bar holds a link this tab wrote itself, so a reload is not someone else's
 * link: the autosaved draft (which may be a moment newer) wins without asking.
 */
export function isOwnFragment(hash: string): boolean {
  return hash !== '' && ownFragments().includes(hash);
}

export function clearFragment(): void {
  replaceFragment('');
}

/** Puts `design`'s link in the address bar now. */
export function showInAddressBar(design: Design): void {
  replaceFragment(encodeShareFragment(design));
}

/**
 * Keeps the address bar's fragment in step with the design once edits pause for `delayMs`:
 * compressing the design and rewriting the URL cost a few milliseconds, which typing should not pay.
 */
export function createFragmentSync(delayMs = 500) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule(design: Design) {
      clearTimeout(timer);
      timer = setTimeout(() => showInAddressBar(design), delayMs);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
