#!/usr/bin/env node
// `generate` may start from the start-up snapshot (see src/cli/launch.ts); the other commands start
// here directly, so `--help` and `check` load nothing more than they need.
if (process.argv[2] === "generate") import("../dist/cli/launch.js").then((m) => m.start(process.argv));
else import("../dist/cli/main.js").then((m) => m.main(process.argv));
