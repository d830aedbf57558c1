import { defineConfig } from "vitest/config";
import type { TestUserConfig } from "vitest/node";
import base from "./vitest.config.js";

// Read from the config file too, though typed only among the command-line options.
const withoutPdf: Pick<TestUserConfig, "tagsFilter"> = { tagsFilter: ["!pdf"] };

/**
 * The tests StrykerJS runs against each mutant of src/law, src/config and src/policy
 * (`npm run mutation`, see stryker.config.json and docs/mutation.md): only the fast, in-process
 * tests that exercise those folders. No process spawn, browser or PDF (tests tagged `pdf`): a
 * mutant would re-run them for minutes, and they check no law these files do not already check.
 * Render-only tests (escaping, injection, jsonld, links, withdrawal kit) test src/render, not
 * these folders. Modules are shared between files (`isolate: false`): a mutant is switched on at
 * run time, so nothing needs re-importing, and a run is about twice as fast.
 */
export default defineConfig({
  test: {
    ...base.test,
    include: [
      "test/rules.test.ts",
      "test/rule-paths.test.ts",
      "test/thresholds.test.ts",
      "test/rules-catalogue.test.ts",
      "test/config.test.ts",
      "test/yaml-hints.test.ts",
      "test/clauses.test.ts",
      "test/policy-text.test.ts",
      "test/free-text.test.ts",
      "test/golden.test.ts",
      "test/*-mutants.test.ts",
    ],
    ...withoutPdf,
    isolate: false,
  },
});
