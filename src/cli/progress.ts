/** Progress on standard error: one line rewritten in a terminal, a line every tenth otherwise (logs, CI). */
export function progressLine(label: string): { update(done: number, total: number, unit?: 'MB' | 'items'): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  let shown = false;
  return {
    update(done, total, unit = 'MB') {
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
      const amount = unit === 'MB' ? `${(done / 1_048_576).toFixed(1)} of ~${(total / 1_048_576).toFixed(1)} MB` : `${done} of ${total}`;
      const text = `${label}: ${amount} (${pct}%)`;
      if (tty) {
        process.stderr.write(`\r${text}\u001b[K`);
        shown = true;
      } else if (Math.floor(pct / 10) > lastTenth) {
        lastTenth = Math.floor(pct / 10);
        process.stderr.write(`${text}\n`);
      }
    },
    end() {
      if (tty && shown) process.stderr.write('\n');
    },
  };
}
