import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Templates and locales are embedded at build time; re-embed them so tests see the current text.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    // `npm run mutation` leaves these out (vitest.mutation.config.ts): too slow to run per mutant.
    tags: [{ name: "pdf", description: "renders a PDF" }],
  },
});
