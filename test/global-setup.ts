import { execFileSync } from "node:child_process";
import { join } from "node:path";

/**
 * Templates and locales are embedded at build time (src/generated/assets.ts): re-embed them so
 * that `npx vitest` alone sees the current text. Under `npm test` the build has just done it.
 */
export default function setup(): void {
  if (process.env.npm_lifecycle_event === "test") return;
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "scripts", "gen-assets.mjs")]);
}
