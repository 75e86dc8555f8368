/**
 * The household's care contacts, for the result's call buttons and the settings screen. Read
 * through the device's copy, so a result opened offline still shows her numbers; with none kept,
 * the emergency number for her region still works.
 */
import { NO_CONTACTS, type CareContacts } from '../../src/domain/care-contacts.js';
import { householdPath } from '../api-paths.js';
import { request } from '../api.js';
import { keepCopy, readThrough } from '../sync/cache.js';
import { createStore } from './store.js';

export interface ContactsState {
  householdId: string | null;
  contacts: CareContacts;
  /** Read from the server or the device's copy (until then, none set). */
  loaded: boolean;
}

export const careContactsStore = createStore<ContactsState>({ householdId: null, contacts: { ...NO_CONTACTS }, loaded: false });

const path = (hid: string): string => `${householdPath(hid)}/care-contacts`;

export async function loadCareContacts(hid: string): Promise<CareContacts> {
  const contacts = await readThrough<CareContacts>(path(hid));
  careContactsStore.set({ householdId: hid, contacts, loaded: true });
  return contacts;
}

export type ContactsInput = Omit<CareContacts, 'updatedAt'>;

/** Saves with the version read; a 409 (changed on another device) is thrown as the ApiError it is. */
export async function saveCareContacts(hid: string, input: ContactsInput): Promise<CareContacts> {
  const saved = await request<CareContacts>('PUT', path(hid), input);
  careContactsStore.set({ householdId: hid, contacts: saved, loaded: true });
  void keepCopy(`get:${path(hid)}`, saved);
  return saved;
}
