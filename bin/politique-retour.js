#!/usr/bin/env node
// `generate` may start from the start-up snapshot (see src/cli/launch.ts); the other commands, and
// any help (`generate --help` too), start here directly, so `--help` and `check` load nothing more
// than they need.
const argv = process.argv;
const help = argv.includes("--help") || argv.includes("-h");
if (argv[2] === "generate" && !help) import("../dist/cli/launch.js").then((m) => m.start(argv));
else import("../dist/cli/main.js").then((m) => m.main(argv));
