import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Templates and locales are embedded at build time; re-embed them so tests see the current text.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
  },
});
