/** Whose a shared household is: the owner's email, remembered on this device when she accepts an invite or opens a client. */
const KEY = 'lactea.clientNames';

function read(): Record<string, string> {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
    return out;
  } catch {
    return {};
  }
}

export function rememberClient(householdId: string, ownerEmail: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...read(), [householdId]: ownerEmail }));
  } catch {
    // Storage unavailable: the bar says "a client" instead of her email.
  }
}

export function clientName(householdId: string | null): string | null {
  return householdId ? (read()[householdId] ?? null) : null;
}

/** A household as the switcher lists it: her own by name; a shared one with whose it is and her role. */
export function householdLabel(h: { id: string; name: string; role: string }, roleText: (role: string) => string): string {
  if (h.role === 'owner') return h.name;
  const who = clientName(h.id);
  return who ? `${h.name} · ${who} (${roleText(h.role)})` : `${h.name} (${roleText(h.role)})`;
}
