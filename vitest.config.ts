import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

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
    testTimeout: 30_000,
    // `npm run mutation` leaves these out (vitest.mutation.config.ts): too slow to run per mutant.
    tags: [{ name: "pdf", description: "renders a PDF" }],
  },
});
