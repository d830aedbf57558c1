import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * The longest files, longest first (measured on two cores: process spawns, the browser, npm).
 * Workers take files from one queue; a long file started last runs alone on one core at the
 * end. On a fresh clone (CI) vitest knows no durations and keeps the glob's alphabetical order,
 * which put the two snapshot files last.
 */
export const LONGEST_FIRST = [
  "snapshot", "browser", "install", "snapshot-fallback", "limits", "fuzz", "files", "pdf-policy",
  "cli", "pdf-shaping", "batch", "check-batch", "wizard-pty", "exits", "interrupt", "incremental",
  "fuzz-files", "withdrawal-kit-browser", "lawyer-review", "links", "pdf", "batch-startup",
].map((name) => `${name}.test.ts`);

/**
 * Vitest's order when it recorded a duration for every file (a second run), else LONGEST_FIRST,
 * then the others by size, biggest first (without durations vitest keeps the glob's order).
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cache = this.ctx.cache;
    const known = sorted.every((f) => cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`)?.duration);
    if (known) return sorted;
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.indexOf(basename(f.moduleId));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    const size = new Map(sorted.map((f) => [f, statSync(f.moduleId).size]));
    return sorted.sort((a, b) => rank(a) - rank(b) || size.get(b)! - size.get(a)!);
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Templates and locales are embedded at build time; re-embed them so tests see the current
    // text (skipped under `npm test`, whose build has just done it).
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    // Child processes, not worker threads: test/in-process.ts runs the CLI in the test process
    // and enters its working folder with process.chdir, which worker threads do not allow.
    pool: "forks",
    // Test files reuse their worker and its loaded modules (src/, pdfkit, fonts…) instead of a
    // fresh process each: half the CPU of the suite. Per-file clean-up is in test/setup.ts; no
    // test mocks modules or leaves the working folder, the environment or a listener changed.
    isolate: false,
    // One test file per core. Vitest's default keeps a core free (cores − 1), which on a two-core
    // machine runs the files one after another; much of a file's time is spent waiting on a child
    // process, the browser or npm, so a second file fits beside it.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: LongestFirst },
    testTimeout: 30_000,
    // `npm run mutation` leaves these out (vitest.mutation.config.ts): too slow to run per mutant.
    tags: [{ name: "pdf", description: "renders a PDF" }],
  },
});
