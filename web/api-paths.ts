/** The one way to spell an API path under a household. */
export const householdPath = (hid: string): string => `/api/households/${encodeURIComponent(hid)}`;

/** The household an API path is under (its inverse), or null for a path under none. */
export function householdOfPath(path: string): string | null {
  const m = /^\/api\/households\/([^/?#]+)/.exec(path);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}
