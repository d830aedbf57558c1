#!/usr/bin/env bash
# Cold start only (issue 18's three start-up targets), on a quiet machine:
#   bash bench/cold.sh
# --help and one generated config → md+html+pdf from the tree, then the same from the package
# installed the way a user gets it (npm pack → npm install in an empty folder). Each ratio is
# (--force: a cold run renders, instead of finding the shop current) 5 rounds of `node -e 0` and the command back to back (10 runs each); median round and range.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p "$OUT"
npm run build >/dev/null
[ -d "$OUT/configs-100" ] || node bench/make-configs.mjs 100 >/dev/null
other="$PWD/$OUT/configs-100/clients/client-00000.yaml"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), node $(node -v)"

ratio_rounds() { # name, command
  local cmd="$2" i
  for i in 1 2 3 4 5; do
    hyperfine -N -w 2 -r 10 --export-json "$OUT/cold-$i.json" 'node -e 0' "$cmd" >/dev/null 2>&1
  done
  NAME="$1" node -e '
    const fs = require("fs");
    const rounds = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")).results.map((r) => r.mean));
    const ratios = rounds.map(([base, cmd]) => cmd / base).sort((a, b) => a - b);
    const mid = rounds.slice().sort((x, y) => x[1] / x[0] - y[1] / y[0])[2];
    console.log(`${process.env.NAME}: median ${ratios[2].toFixed(2)}x node -e 0 (${(mid[1] * 1000).toFixed(0)} ms vs ${(mid[0] * 1000).toFixed(1)} ms), rounds ${ratios[0].toFixed(2)}-${ratios[4].toFixed(2)}x`);
  ' "$OUT"/cold-{1,2,3,4,5}.json
}

ratio_rounds "tree --help" "node bin/politique-retour.js --help"
ratio_rounds "tree, one config -> md+html+pdf" "node bin/politique-retour.js generate $other --format md,html,pdf --force --out $OUT/cold-tree"

inst="$PWD/$OUT/installed"
rm -rf "$inst" && mkdir -p "$inst"
tarball=$(npm pack --silent --pack-destination "$inst" | tail -1)
(cd "$inst" && npm init -y >/dev/null && npm install --no-audit --no-fund "./$tarball" >/dev/null)
ibin="$inst/node_modules/.bin/politique-retour"
ratio_rounds "installed --help" "$ibin --help"
ratio_rounds "installed, one config -> md+html+pdf" "$ibin generate $other --format md,html,pdf --force --out $OUT/cold-installed"
for f in politique-retour.md politique-retour.html politique-retour.pdf; do
  cmp "$OUT/cold-tree/client-00000/$f" "$OUT/cold-installed/client-00000/$f" 2>/dev/null ||
    cmp "$(ls -d $OUT/cold-tree/*/ | head -1)$f" "$(ls -d $OUT/cold-installed/*/ | head -1)$f"
done
echo "tree and installed package wrote the same bytes; load $(cut -d' ' -f1-3 /proc/loadavg)"
