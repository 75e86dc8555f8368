/** The installed app's shortcuts (vite.config.ts): "Nurse left" opens /?nurse=left. Read once, then cleared. */
import { SIDES, type Side } from '../../src/domain/session.js';

export function takeNurseShortcut(): Side | null {
  const params = new URLSearchParams(location.search);
  const side = SIDES.find((s) => s === params.get('nurse')) ?? null;
  // Once: a reload or Back does not start it again.
  if (params.has('nurse')) history.replaceState(null, '', location.pathname);
  return side;
}
