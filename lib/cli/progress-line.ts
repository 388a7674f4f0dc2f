/**
 * A one-line progress indicator on stderr ("scoring  120/697  17%"), redrawn in
 * place on a terminal and printed every 10% otherwise (CI logs, pipes).
 */
export function progressLine(task: string): {
  update: (done: number, total: number) => void;
  end: () => void;
} {
  const tty = process.stderr.isTTY;
  let lastDecile = -1;
  let drawn = false;

  return {
    update(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      const line = `${task}  ${done}/${total}  ${percent}%`;
      if (tty) {
        process.stderr.write(`\r${line}\u001b[K`);
        drawn = true;
      } else if (Math.floor(percent / 10) !== lastDecile) {
        lastDecile = Math.floor(percent / 10);
        process.stderr.write(`${line}\n`);
      }
    },
    end() {
      if (tty && drawn) process.stderr.write('\n');
    },
  };
}
