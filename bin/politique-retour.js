#!/usr/bin/env node
// `generate` may start from the start-up snapshot (see src/cli/launch.ts); the other commands, and
// any help, start here directly, so `--help` and `check` load nothing more than they need.
// The entry point is loaded with require() where node can (require(esm), node ≥ 20.19): it reads
// its modules synchronously, where import() takes turns of the event loop and the thread pool for
// each file, which costs `--help` more than all it runs on a busy machine.
import { createRequire } from "node:module";

const argv = process.argv;
const help = argv.includes("--help") || argv.includes("-h");
if (argv[2] === "generate" && !help) import("../dist/cli/launch.js").then((m) => m.start(argv));
else if (process.features.require_module) createRequire(import.meta.url)("../dist/cli/main.js").main(argv);
else import("../dist/cli/main.js").then((m) => m.main(argv));
