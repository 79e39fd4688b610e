/** Shown only once an audit has run this long: small repositories finish without flicker. */
const DELAY_MS = 1000;

export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly done: () => void;
}

/** "Linting 120/532 files" on one line of a terminal, redrawn in place and cleared at the end. */
export function createProgress(stream: NodeJS.WriteStream, now: () => number = () => performance.now()): Progress {
  const started = now();
  let shown = false;
  return {
    update(done, total) {
      if (!shown && now() - started < DELAY_MS) return;
      shown = true;
      stream.write(`\r\u001b[2KLinting ${done}/${total} files`);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
