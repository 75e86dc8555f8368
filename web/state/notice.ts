/** One short message at a time for the whole app ("Saved", "No connection"), announced politely. */
import { createStore } from './store.js';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export const noticeStore = createStore<Notice | null>(null);

let nextId = 1;
let timer: ReturnType<typeof setTimeout> | undefined;

export function notify(text: string, tone: Notice['tone'] = 'info', ms = 5000): void {
  clearTimeout(timer);
  const id = nextId++;
  noticeStore.set({ id, text, tone });
  timer = setTimeout(() => dismissNotice(id), ms);
}

export function dismissNotice(id?: number): void {
  const cur = noticeStore.get();
  if (cur && (id === undefined || cur.id === id)) noticeStore.set(null);
}
