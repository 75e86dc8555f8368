/**
 * The rules, with no I/O, for a household the server says is not hers (404 `household_not_found`),
 * decided on the account as the server lists it now: which household to show instead, and whether to
 * tell her. The account state (./account.ts) acts on them (and forgets the copies of the old one).
 */
import type { HouseholdSummary } from '../../src/domain/account.js';

/**
 * The household to show: the first of `preferred` she still has (the one on screen, the one she
 * last chose), else her own (or one she helps with) before a client's she only reads, else the
 * first; null when she has none.
 */
export function pickHousehold(households: readonly HouseholdSummary[], preferred: readonly (string | null)[]): string | null {
  for (const id of preferred) if (id !== null && households.some((h) => h.id === id)) return id;
  return households.find((h) => h.role !== 'consultant')?.id ?? households[0]?.id ?? null;
}

/**
 * Whether to say "this household isn't shared with you, or no longer is" after the server refused
 * `refused`: only when the server itself listed it as shared with her since the app opened
 * (`listed`; null when only the phone's kept copy has been seen) and no longer does (`now`). Then
 * it is true and explains why the screen changed. A household known only from the kept copy is
 * left to `goneWhileClosed`, and one she owned is left quietly: her own household goes only by her
 * own doing (taking a consultant's invite removes an empty one).
 */
export function tellRefused(refused: string, listed: readonly HouseholdSummary[] | null, now: readonly HouseholdSummary[]): boolean {
  if (now.some((h) => h.id === refused)) return false;
  const was = listed?.find((h) => h.id === refused);
  return was !== undefined && was.role !== 'owner';
}

/** What the phone's kept copy showed as the app opened: her households then, and the one in use. */
export interface KeptView {
  households: readonly HouseholdSummary[];
  householdId: string | null;
}

/**
 * At the server's first answer since the app opened (`now`), the household to tell her she lost
 * while the app was closed, or null: the one she was last using (`kept`, the copy the app opened
 * on; null without one), when it was shared with her and is no longer. The same rule as a refusal
 * while she uses it (`tellRefused`): her own household is never news, nor one she was not using.
 * Said once: the copy kept after this answer no longer holds it.
 */
export function goneWhileClosed(kept: KeptView | null, now: readonly HouseholdSummary[]): string | null {
  const hid = kept?.householdId ?? null;
  return hid !== null && kept !== null && tellRefused(hid, kept.households, now) ? hid : null;
}

/**
 * The household to name on a held change's card: the one it was for, when she has several (with one,
 * it is plain). Null, too, when it is no longer hers: the refusal on the card says so.
 */
export function heldForHousehold<H extends { id: string }>(hid: string, households: readonly H[]): H | null {
  return households.length > 1 ? (households.find((h) => h.id === hid) ?? null) : null;
}
