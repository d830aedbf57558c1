/**
 * How to write this tool's command so that it runs the way the user launched it (issue 16): the
 * hints the CLI prints (resume, generate, check) must work when pasted in the same shell.
 * npx → `npx politique-retour`; a global install or `npm link` (the name on PATH is this very
 * script) → `politique-retour`; a local install run through npm → `npx politique-retour`; a
 * checkout run with node → `node <path to bin>`. Pure: the environment is passed in.
 */
import { delimiter, join, relative, sep } from "node:path";

export interface LaunchInfo {
  /** process.argv[1]: the script node was given. */
  script: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Real path of a file, or undefined when it does not exist. */
  realpath: (path: string) => string | undefined;
}

export const BIN_NAME = "politique-retour";

export function selfCommand({ script, env, cwd, realpath }: LaunchInfo): string {
  // npx (npm exec) sets npm_command=exec; `npm run` sets npm_lifecycle_event: both find local bins.
  if (env.npm_command === "exec" || env.npm_lifecycle_event) return `npx ${BIN_NAME}`;
  const real = script ? realpath(script) : undefined;
  if (!real) return BIN_NAME;
  const onPath = (env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      for (const name of [BIN_NAME, `${BIN_NAME}.cmd`]) {
        const found = realpath(join(dir, name));
        if (found === real) return true;
      }
      return false;
    });
  if (onPath) return BIN_NAME;
  if (real.split(sep).includes("node_modules")) return `npx ${BIN_NAME}`;
  const rel = relative(cwd, real);
  const shown = rel.startsWith("..") || rel === "" ? real : rel;
  return `node ${/\s/u.test(shown) ? `"${shown}"` : shown}`;
}

/** The command for this process (realpath from node:fs, loaded here so the pure part stays testable). */
export async function currentSelfCommand(): Promise<string> {
  const { realpathSync } = await import("node:fs");
  const realpath = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  };
  return selfCommand({ script: process.argv[1], env: process.env, cwd: process.cwd(), realpath });
}
