#!/usr/bin/env node
import("../dist/launch.js").then((m) => m.start(process.argv));
