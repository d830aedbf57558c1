#!/usr/bin/env bash
# Cold start of two builds side by side, for a machine that is not quiet: one generated config →
# md+html+pdf --force, from OLD (another built checkout, e.g. `git archive <commit> | tar -x -C
# /tmp/old && ln -s $PWD/node_modules /tmp/old/ && (cd /tmp/old && npm run build)`) and from this
# tree, with `node -e 0`, in ROUNDS short rounds (hyperfine -N -r 3 each, the three commands back
# to back), so that a change of load hits all three alike. Prints the median of each round's
# ratio to `node -e 0`, with the range.   OLD=/tmp/old ROUNDS=8 bash bench/cold-ab.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
OLD=${OLD:?OLD=path of the other build}
ROUNDS=${ROUNDS:-8}
[ -d "$OUT/configs-100" ] || node bench/make-configs.mjs 100 >/dev/null
config="$PWD/$OUT/configs-100/clients/client-00000.yaml"
args="generate $config --format md,html,pdf --force"
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$ROUNDS"); do
  hyperfine -N -w 1 -r 3 --export-json "$OUT/ab-$i.json" 'node -e 0' "node $OLD/bin/politique-retour.js $args --out $OUT/ab-old" "node bin/politique-retour.js $args --out $OUT/ab-new" >/dev/null 2>&1
done
node -e '
  const fs = require("fs");
  const rounds = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")).results.map((r) => r.median));
  const stat = (xs) => { const s = xs.slice().sort((a, b) => a - b); return `${s[Math.floor(s.length / 2)].toFixed(2)}x (${s[0].toFixed(2)}-${s[s.length - 1].toFixed(2)})`; };
  console.log(`node -e 0: median ${(rounds.map((r) => r[0]).sort((a, b) => a - b)[rounds.length >> 1] * 1000).toFixed(0)} ms`);
  console.log(`old: ${stat(rounds.map((r) => r[1] / r[0]))}   new: ${stat(rounds.map((r) => r[2] / r[0]))}   new/old: ${stat(rounds.map((r) => r[2] / r[1]))}`);
' $(for i in $(seq 1 "$ROUNDS"); do echo "$OUT/ab-$i.json"; done)
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
