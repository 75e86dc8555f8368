/** The one way to spell an API path under a household. */
export const householdPath = (hid: string): string => `/api/households/${encodeURIComponent(hid)}`;
