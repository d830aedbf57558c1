#!/usr/bin/env bash
# Batch md+html+pdf on one job: this tree against other builds of the tool, alternated in one
# hyperfine run (ratios, not wall times, are what to read on a loaded machine), then the CPU
# time (user + sys) of one run of each, and the load average before and after.
#   bench/pdf-batch.sh BASE_ROOT [OTHER_ROOT…]      (N=200 configs, RUNS=3 by default)
# A root is a checkout with node_modules and a build (npm ci --ignore-scripts && npm run build),
# e.g. a worktree of the commit to compare with.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-200}"
RUNS="${RUNS:-3}"
OUT="${TMPDIR:-/tmp}/pdf-batch-$$"
node bench/make-configs.mjs "$N" >/dev/null
CONFIGS="$PWD/bench/out/configs-$N"
roots=("$@" "$PWD")
cmds=()
for i in "${!roots[@]}"; do
  cmds+=("node ${roots[$i]}/bin/politique-retour.js generate $CONFIGS --format md,html,pdf --jobs 1 --out $OUT/$i")
done
echo "load before: $(cat /proc/loadavg)"
# A fresh output folder each run: a build with incremental runs would otherwise skip every shop.
hyperfine -N -w 1 -r "$RUNS" --prepare "rm -rf $OUT" --export-json "$OUT.json" "${cmds[@]}"
echo "load after: $(cat /proc/loadavg)"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
  const last = r[r.length - 1];
  for (const x of r) console.log(`${(x.mean).toFixed(2)} s (median ${x.median.toFixed(2)}), ${(x.mean / last.mean).toFixed(2)}x this tree: ${x.command.split(" ")[1]}`);
' "$OUT.json"
for i in "${!roots[@]}"; do
  rm -rf "$OUT"
  /usr/bin/time -f "CPU user+sys %U+%S s, max RSS %M KB: ${roots[$i]}" ${cmds[$i]} >/dev/null
done
rm -rf "$OUT" "$OUT.json"
