/** A tiny history router: the server answers every path with index.html, the app picks the screen. */
import { createStore } from './state/store.js';

export type Route =
  | { name: 'home' }
  | { name: 'signin' }
  | { name: 'nurseEntry' }
  | { name: 'pump' }
  | { name: 'bottle' }
  | { name: 'log' }
  | { name: 'entry'; id: string }
  | { name: 'babies' }
  | { name: 'start' }
  | { name: 'baby' }
  | { name: 'settings' }
  | { name: 'check' }
  | { name: 'checkResult'; id: string }
  | { name: 'checkHistory' }
  | { name: 'massage' }
  | { name: 'massageWhenNot' }
  | { name: 'massageRoutine'; id: string }
  | { name: 'massagePlay'; id: string }
  | { name: 'insights' }
  | { name: 'insightsMassage' }
  | { name: 'insightsMilk' }
  | { name: 'sharing' }
  | { name: 'accountSettings' }
  | { name: 'clients' }
  | { name: 'client'; hid: string; tab: 'overview' | 'log' | 'insights' | 'report' }
  | { name: 'report' }
  | { name: 'conflicts' }
  | { name: 'invite'; token: string }
  | { name: 'notFound' };

export const pathStore = createStore<string>(location.pathname);

window.addEventListener('popstate', () => pathStore.set(location.pathname));

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === location.pathname) return;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  pathStore.set(path);
  window.scrollTo(0, 0);
}

const STATIC: Record<string, Route> = {
  '/': { name: 'home' },
  '/signin': { name: 'signin' },
  '/nurse': { name: 'nurseEntry' },
  '/pump': { name: 'pump' },
  '/bottle': { name: 'bottle' },
  '/log': { name: 'log' },
  '/babies': { name: 'babies' },
  '/start': { name: 'start' },
  '/baby': { name: 'baby' },
  '/settings': { name: 'settings' },
  '/massage': { name: 'massage' },
  '/massage/when-not': { name: 'massageWhenNot' },
  '/check': { name: 'check' },
  '/check/history': { name: 'checkHistory' },
  '/insights': { name: 'insights' },
  '/insights/massage': { name: 'insightsMassage' },
  '/insights/milk': { name: 'insightsMilk' },
  '/settings/sharing': { name: 'sharing' },
  '/settings/account': { name: 'accountSettings' },
  '/clients': { name: 'clients' },
  '/report': { name: 'report' },
  '/conflicts': { name: 'conflicts' },
};

export function matchRoute(path: string): Route {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const fixed = STATIC[clean];
  if (fixed) return fixed;
  const entry = /^\/log\/([0-9a-fA-F-]{36})$/.exec(clean);
  if (entry?.[1]) return { name: 'entry', id: entry[1] };
  const checkResult = /^\/check\/result\/([0-9a-fA-F-]{36})$/.exec(clean);
  if (checkResult?.[1]) return { name: 'checkResult', id: checkResult[1] };
  const massage = /^\/massage\/([a-z-]{1,40})(\/play)?$/.exec(clean);
  if (massage?.[1]) return massage[2] ? { name: 'massagePlay', id: massage[1] } : { name: 'massageRoutine', id: massage[1] };
  const client = /^\/clients\/([0-9a-fA-F-]{36})(?:\/(log|insights|report))?$/.exec(clean);
  if (client?.[1]) return { name: 'client', hid: client[1].toLowerCase(), tab: (client[2] as 'log' | 'insights' | 'report' | undefined) ?? 'overview' };
  const invite = /^\/invite\/([A-Za-z0-9_-]{20,100})$/.exec(clean);
  if (invite?.[1]) return { name: 'invite', token: invite[1] };
  return { name: 'notFound' };
}
