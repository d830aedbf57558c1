#!/usr/bin/env node
// One `generate` run under GNU time: time to the first policy file (--out polled every 5 ms),
// wall time, CPU time (user + sys), peak RSS (whole process, worker threads included) and the
// load average at the start. One JSON line.
//   node bench/first-file.mjs <label> <politique-retour.js> <out-dir> <generate arguments…>
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [label, bin, out, ...args] = process.argv.slice(2);
rmSync(out, { recursive: true, force: true });
const hasPolicyFile = () => {
  try {
    return readdirSync(out).some((shop) => {
      try {
        return readdirSync(join(out, shop)).some((f) => !f.startsWith("."));
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
};
const timeFile = join(tmpdir(), `first-file-${process.pid}.txt`);
const load = Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
const start = performance.now();
let first;
const child = spawn("/usr/bin/time", ["-o", timeFile, "-f", "%M %U %S", process.execPath, bin, "generate", ...args, "--out", out], { stdio: "ignore" });
const timer = setInterval(() => {
  if (first === undefined && hasPolicyFile()) first = performance.now() - start;
}, 5);
child.on("close", (code) => {
  clearInterval(timer);
  const wallS = (performance.now() - start) / 1000;
  const [rssKb, user, sys] = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
  rmSync(timeFile, { force: true });
  const r = (x, d = 2) => Number(x.toFixed(d));
  console.log(JSON.stringify({ label, code, firstFileS: r((first ?? wallS * 1000) / 1000), wallS: r(wallS), cpuS: r(user + sys), rssMB: Math.round(rssKb / 1024), load }));
});
