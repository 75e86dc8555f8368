/**
 * A list read from the server can be older than what this device already knows: the read left
 * before a save was acknowledged (or the changes feed spoke) and came back after it. Taken as it
 * is, it would undo that save on screen: a stopped timer would run again. So each list notes the
 * changes it learns while a read is under way, and plays them again over the read's answer, unless
 * the read has a newer version of the record.
 */

/** A record the server holds, with the version each save raises. */
export interface Versioned {
  id: string;
  version: number;
}

/** What the device learned about one record: its server copy, or that it was deleted. */
export type Change<T extends Versioned> = { id: string; record: T } | { id: string; deleted: true };

/** Plays the changes, in the order they came, over a list; a record the list holds in a newer version stays. */
export function replayChanges<T extends Versioned>(read: readonly T[], changes: readonly Change<T>[], keep: (r: T) => boolean = () => true): T[] {
  let list = [...read];
  for (const c of changes) {
    if ('deleted' in c) {
      list = list.filter((r) => r.id !== c.id);
      continue;
    }
    const old = list.find((r) => r.id === c.id);
    if (old && old.version > c.record.version) continue;
    const others = list.filter((r) => r.id !== c.id);
    list = keep(c.record) ? [c.record, ...others] : others;
  }
  return list;
}

/** Notes the changes a list learns while its reads are under way, so each read can replay them. */
export class ChangesDuringReads<C> {
  private readonly open = new Set<C[]>();

  /** A change the list has just learned: every read under way hears of it. */
  note(change: C): void {
    for (const seen of this.open) seen.push(change);
  }

  /** Runs a read; answers its value and the changes learned while it ran. */
  async read<R>(fn: () => Promise<R>): Promise<{ value: R; changes: C[] }> {
    const seen: C[] = [];
    this.open.add(seen);
    try {
      return { value: await fn(), changes: seen };
    } finally {
      this.open.delete(seen);
    }
  }
}
