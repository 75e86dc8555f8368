/**
 * One short message at a time for the whole app ("Saved", "No connection"), announced politely.
 * It sits where the navigation bar is, over no button of the screen, for a few seconds.
 */
import { createStore } from './store.js';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export const noticeStore = createStore<Notice | null>(null);

let nextId = 1;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Long enough to read a short line, short enough not to sit over the screen: errors a little longer. */
const SHOWN_MS = { info: 4000, error: 6000 } as const;

export function notify(text: string, tone: Notice['tone'] = 'info', ms: number = SHOWN_MS[tone]): void {
  clearTimeout(timer);
  const id = nextId++;
  noticeStore.set({ id, text, tone });
  timer = setTimeout(() => dismissNotice(id), ms);
}

export function dismissNotice(id?: number): void {
  const cur = noticeStore.get();
  if (cur && (id === undefined || cur.id === id)) noticeStore.set(null);
}
