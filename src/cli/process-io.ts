/**
 * Where the CLI writes. Kept apart from context.ts so the entry point can use it without
 * loading the checker (YAML, zod, the rules): `--help` and `--version` must start fast.
 */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
