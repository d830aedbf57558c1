/**
 * Where the CLI writes: stdout and stderr. Kept apart from cli/context.ts so the entry point can
 * use it without loading the checker (YAML, zod, the rules): `--help` and `--version` must start
 * fast. What is written is made safe for a terminal by src/report/terminal.ts.
 */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A stream whose reader went away (`… | head -1`): nothing more is written to it. */
const closed = { out: false, err: false };

export const processIo: Io = {
  out: (text) => {
    if (!closed.out) process.stdout.write(text);
  },
  err: (text) => {
    if (!closed.err) process.stderr.write(text);
  },
};

/**
 * `generate … | head -1`: once the reader of stdout (or stderr) is gone, writing to it fails
 * with EPIPE. That ends nothing: the output is dropped quietly and the work goes on to the end
 * (every policy written, the same exit code). Any other stream error stays an error.
 */
export function quietOnClosedPipes(): void {
  for (const [name, stream] of [
    ["out", process.stdout],
    ["err", process.stderr],
  ] as const) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") {
        closed[name] = true;
        return;
      }
      throw e;
    });
  }
}
