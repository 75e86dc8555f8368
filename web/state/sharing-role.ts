/** The signed-in user's role in the household in use: a consultant reads, never writes. */
import type { Role } from '../../src/domain/account.js';
import { accountStore, type AccountState } from './account.js';

export function currentRole(state: AccountState = accountStore.get()): Role | null {
  return state.households.find((h) => h.id === state.householdId)?.role ?? null;
}

/** False while a consultant looks at a client's household: no log, edit or delete controls. */
export function canWrite(state: AccountState = accountStore.get()): boolean {
  const role = currentRole(state);
  return role !== null && role !== 'consultant';
}

/** Only the owner shares, exports and deletes. */
export function isOwner(state: AccountState = accountStore.get()): boolean {
  return currentRole(state) === 'owner';
}

export function hasConsultantRole(state: AccountState = accountStore.get()): boolean {
  return state.households.some((h) => h.role === 'consultant');
}

/**
 * A consultant's account: she keeps no log here, only reads her clients' (none at all once her last
 * client's share ran out or was revoked). Her start, her navigation and her home are her clients,
 * whether or not she has one today. Only a consultant's account is ever without a household of its
 * own: a parent's or a partner's keeps the one made when she signed up.
 */
export function consultantAccount(state: AccountState = accountStore.get()): boolean {
  return state.households.every((h) => h.role === 'consultant');
}

/**
 * The i18n context for words about the household in use: 'client' while her consultant reads it (a
 * string's `_client` variant speaks of "your client"), 'caregiver' for her partner or another helper
 * (a `_caregiver` variant does not say "you" of what only she does); a string without the variant
 * reads as written.
 */
export function readerContext(state: AccountState = accountStore.get()): 'client' | 'caregiver' | undefined {
  const role = currentRole(state);
  return role === 'consultant' ? 'client' : role === 'caregiver' ? 'caregiver' : undefined;
}

/**
 * Breast massage is offered only to the household's owner, the parent who feeds (as everywhere in
 * Lactea): never to her partner or another caregiver, and not to her consultant.
 */
export function offersMassage(state: AccountState = accountStore.get()): boolean {
  return currentRole(state) === 'owner';
}
