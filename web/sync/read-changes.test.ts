import { describe, expect, it } from 'vitest';
import { ChangesDuringReads, replayChanges, type Change } from './read-changes.js';

interface Rec {
  id: string;
  version: number;
  running?: boolean;
  deletedAt?: string | null;
}

describe('replayChanges', () => {
  it('a save acknowledged after the read left wins over the older copy the read brings back', () => {
    const read: Rec[] = [{ id: 'a', version: 1, running: true }];
    const stopped: Rec = { id: 'a', version: 3, running: false };
    expect(replayChanges(read, [{ id: 'a', record: stopped }])).toEqual([stopped]);
  });

  it('keeps the read’s copy when it is newer than the change', () => {
    const read: Rec[] = [{ id: 'a', version: 4 }];
    expect(replayChanges(read, [{ id: 'a', record: { id: 'a', version: 2 } }])).toEqual([{ id: 'a', version: 4 }]);
  });

  it('adds a record saved while the read ran, and removes one deleted meanwhile', () => {
    const read: Rec[] = [{ id: 'a', version: 1 }, { id: 'b', version: 1 }];
    const changes: Change<Rec>[] = [
      { id: 'c', record: { id: 'c', version: 1 } },
      { id: 'b', deleted: true },
    ];
    expect(replayChanges(read, changes).map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('drops a record the list does not keep (deleted on the server, or out of its window)', () => {
    const read: Rec[] = [{ id: 'a', version: 1 }];
    const gone: Rec = { id: 'a', version: 2, deletedAt: '2026-12-03T10:00:00Z' };
    expect(replayChanges(read, [{ id: 'a', record: gone }], (r) => !r.deletedAt)).toEqual([]);
  });

  it('plays the changes in order: the last word on a record counts', () => {
    const changes: Change<Rec>[] = [
      { id: 'a', record: { id: 'a', version: 2 } },
      { id: 'a', deleted: true },
    ];
    expect(replayChanges([{ id: 'a', version: 1 }], changes)).toEqual([]);
  });
});

describe('ChangesDuringReads', () => {
  it('hands a read the changes noted while it ran, and no others', async () => {
    const reads = new ChangesDuringReads<string>();
    reads.note('before');
    let answer!: (v: number) => void;
    const pending = reads.read(() => new Promise<number>((resolve) => (answer = resolve)));
    reads.note('during');
    answer(7);
    const { value, changes } = await pending;
    reads.note('after');
    expect(value).toBe(7);
    expect(changes).toEqual(['during']);
  });

  it('two reads at once each hear what happened while each ran', async () => {
    const reads = new ChangesDuringReads<string>();
    let first!: () => void;
    const one = reads.read(() => new Promise<void>((resolve) => (first = resolve)));
    reads.note('x');
    let second!: () => void;
    const two = reads.read(() => new Promise<void>((resolve) => (second = resolve)));
    reads.note('y');
    first();
    second();
    expect((await one).changes).toEqual(['x', 'y']);
    expect((await two).changes).toEqual(['y']);
  });

  it('a read that fails hears no more changes', async () => {
    const reads = new ChangesDuringReads<string>();
    await expect(reads.read(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    reads.note('later');
    const { changes } = await reads.read(() => Promise.resolve(1));
    expect(changes).toEqual([]);
  });
});
