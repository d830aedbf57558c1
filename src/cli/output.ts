/** Where the CLI writes: kept apart from context.ts so `--help` loads neither the schema nor the law. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
