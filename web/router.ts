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
  /** `/check?for=baby` starts at the baby's questions. */
  | { name: 'check'; forBaby: boolean }
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
  | { name: 'careContacts' }
  | { name: 'clients' }
  | { name: 'client'; hid: string; tab: 'overview' | 'log' | 'insights' | 'report' }
  | { name: 'report' }
  | { name: 'conflicts' }
  | { name: 'invite'; token: string }
  | { name: 'notFound' };

/** Where the app is: the path, with its query when it has one (only a few screens read one). */
const here = (): string => location.pathname + location.search;

export const pathStore = createStore<string>(here());

window.addEventListener('popstate', () => pathStore.set(here()));

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === here()) return;
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
  '/check/history': { name: 'checkHistory' },
  '/insights': { name: 'insights' },
  '/insights/massage': { name: 'insightsMassage' },
  '/insights/milk': { name: 'insightsMilk' },
  '/settings/sharing': { name: 'sharing' },
  '/settings/account': { name: 'accountSettings' },
  '/settings/contacts': { name: 'careContacts' },
  '/clients': { name: 'clients' },
  '/report': { name: 'report' },
  '/conflicts': { name: 'conflicts' },
};

export function matchRoute(pathWithQuery: string): Route {
  const [path = '/', query = ''] = pathWithQuery.split('?');
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (clean === '/check') return { name: 'check', forBaby: new URLSearchParams(query).get('for') === 'baby' };
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
