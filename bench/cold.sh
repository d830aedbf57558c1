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

source bench/ratio-rounds.sh

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
