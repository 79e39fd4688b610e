import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/audit';
import { createProgress } from '../../src/cli/progress';

const repo = join(__dirname, '..', '..');
const ESC = '\u001b[';

interface FakeStream {
  readonly stream: NodeJS.WriteStream;
  text(): string;
}

function fakeStream(isTTY: boolean): FakeStream {
  let written = '';
  const stream = {
    isTTY,
    write(chunk: string) {
      written += chunk;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => written };
}

async function runAt(args: string[], options: { tty: boolean; env?: NodeJS.ProcessEnv }): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = fakeStream(options.tty);
  const stderr = fakeStream(options.tty);
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, env: options.env ?? {}, cwd: repo });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('main on a terminal', () => {
  const example = 'examples/ready-service';

  it('colours the text report on a TTY', async () => {
    const run = await runAt([example], { tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(ESC);
    expect(run.stdout).toContain('Twelve-factor audit of examples/ready-service');
  });

  it.each([
    ['NO_COLOR is set', [example], { NO_COLOR: '1' }],
    ['--no-color is given', [example, '--no-color'], {}],
    ['TERM is dumb', [example], { TERM: 'dumb' }],
    ['the format is json', [example, '--format', 'json'], {}],
  ])('does not colour when %s', async (_, args, env) => {
    const run = await runAt(args, { tty: true, env });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stderr).toBe('');
  });

  it('does not colour when stdout is not a TTY', async () => {
    const run = await runAt([example], { tty: false });
    expect(run.stdout).not.toContain(ESC);
  });
});

describe('createProgress', () => {
  it('shows "files done / total" only after a second, redrawn in place, and clears it at the end', () => {
    let now = 0;
    const stderr = fakeStream(true);
    const progress = createProgress(stderr.stream, () => now);
    progress.update(25, 100);
    expect(stderr.text()).toBe('');
    now = 1500;
    progress.update(50, 100);
    progress.update(100, 100);
    progress.done();
    expect(stderr.text()).toBe('\r\u001b[2KLinting 50/100 files\r\u001b[2KLinting 100/100 files\r\u001b[2K');
  });

  it('leaves no trace for a fast audit', () => {
    const stderr = fakeStream(true);
    const progress = createProgress(stderr.stream, () => 0);
    progress.update(3, 3);
    progress.done();
    expect(stderr.text()).toBe('');
  });
});
