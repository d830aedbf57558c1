#!/usr/bin/env bash
# Issue 18: the worker's young generation (POLITIQUE_RETOUR_WORKER_YOUNG_MB, src/batch/pool.ts).
# For each size: one batch md+html+pdf with --force, --jobs 1 and --jobs 2, CPU (user+sys), wall
# and peak RSS (/usr/bin/time), and the load average at its start; then the worker's collections
# for the same sizes, counted in one thread by bench/worker-loop.mjs with --trace-gc (load-free
# counts: scavenges and mark-compacts for N configs).
#   bench/young-gen.sh [configs…]          (default 200 1000; sizes: SIZES="16 32 48 64 96")
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-16 32 48 64 96}"
for n in "${@:-200 1000}"; do
  node bench/make-configs.mjs "$n" >/dev/null
  for j in 1 2; do
    for y in $SIZES; do
      rm -rf /tmp/young-gen-out
      load=$(cut -d' ' -f1 /proc/loadavg)
      POLITIQUE_RETOUR_WORKER_YOUNG_MB=$y /usr/bin/time -f "configs=$n jobs=$j young=${y}MB: CPU %U+%S s, wall %e s, peak RSS %M KB, load at start $load" \
        node bin/politique-retour.js generate "bench/out/configs-$n/clients" --format md,html,pdf --jobs $j --force --quiet --out /tmp/young-gen-out 2>&1 >/dev/null | tail -1
    done
  done
done
rm -rf /tmp/young-gen-out
for y in $SIZES; do
  node --trace-gc bench/worker-loop.mjs . bench/out/configs-200/clients 120 "$y" 2>&1 | node -e '
    let s = 0, sn = 0, m = 0, mn = 0, last = "";
    for (const l of require("fs").readFileSync(0, "utf8").split("\n")) {
      const x = /: (Scavenge|Mark-Compact)[^,]*, ([\d.]+) \/ [\d.]+ ms/.exec(l);
      if (x) x[1] === "Scavenge" ? (s += +x[2], sn++) : (m += +x[2], mn++);
      if (l.startsWith("{")) last = l;
    }
    console.log(`young=${process.argv[1]}MB, 100 configs after 20: ${sn} scavenges (${s.toFixed(0)} ms), ${mn} mark-compacts (${m.toFixed(0)} ms); ${last}`);
  ' "$y"
done
