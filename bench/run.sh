#!/usr/bin/env bash
# Reruns every measure of bench/RESULTS.md. Needs hyperfine, pandoc and GNU time:
#   apt-get update && apt-get install -y hyperfine pandoc time
# Usage: bench/run.sh            (FORMATS=md,html,fragment by default;
#        FORMATS=md,html,pdf bench/run.sh   once the PDF renderer is merged)
set -euo pipefail
cd "$(dirname "$0")/.."
FORMATS="${FORMATS:-md,html,fragment}"
OUT=bench/out
CLI="node bin/politique-retour.js"
mkdir -p "$OUT"
npm run build >/dev/null

node bench/make-configs.mjs 100 >/dev/null
node bench/make-configs.mjs 1000 >/dev/null
# Other programs on the machine change every figure: say how busy it was just before.
a=($(head -1 /proc/stat)); sleep 3; b=($(head -1 /proc/stat))
busy=$(( (b[1]+b[2]+b[3]-a[1]-a[2]-a[3]) * 100 / (b[1]+b[2]+b[3]+b[4]-a[1]-a[2]-a[3]-a[4]) ))
echo "CPU busy with other programs before the run: ${busy} % of $(nproc) cores"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), node $(node -v), formats $FORMATS"

source bench/ratio-rounds.sh
# Every generate below passes --force: since incremental runs, a repeated run finds its shops
# current and renders nothing, which would time the skip instead of the work.

echo; echo "== 1. start-up: --help and --version against node -e 0"
ratio_rounds "--help" "$CLI --help"
ratio_rounds "--version" "$CLI --version"
ratio_rounds "check, one config" "$CLI check examples/atelier-lumiere.yaml"

echo; echo "== 2. one config to $FORMATS, cold process, against node -e 0"
# The bundled example is one of the shops the start-up snapshot renders while it is built;
# client-00000 is not (generated here). The last two start without the snapshot.
other="$OUT/configs-100/clients/client-00000.yaml"
ratio_rounds "snapshot, bundled example" "$CLI generate examples/atelier-lumiere.yaml --format $FORMATS --force --out $OUT/one"
ratio_rounds "snapshot, generated config" "$CLI generate $other --format $FORMATS --force --out $OUT/one"
ratio_rounds "no snapshot, bundled example" "env POLITIQUE_RETOUR_SNAPSHOT=0 $CLI generate examples/atelier-lumiere.yaml --format $FORMATS --force --out $OUT/one"

echo; echo "== 3. 1,000 configs, --jobs 1 and --jobs 2 (files/s = 1000 / mean)"
# No deleting between runs (a prepare step removing 3,000 files leaves the file system busy
# during the next run): the warm-up run creates the folders, the timed runs overwrite them.
rm -rf "$OUT/r1" "$OUT/r2"
hyperfine -w 1 -r 5 --export-json "$OUT/thousand.json" \
  "$CLI generate $OUT/configs-1000 --format $FORMATS --force --out $OUT/r1 --jobs 1" \
  "$CLI generate $OUT/configs-1000 --format $FORMATS --force --out $OUT/r2 --jobs 2"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
  const [one, two] = r.map((x) => 1000 / x.mean);
  console.log(`configs/s: jobs 1 ${one.toFixed(0)}, jobs 2 ${two.toFixed(0)}, speed-up ${(two / one).toFixed(2)}x`);
' "$OUT/thousand.json"
rm -rf "$OUT/r1" "$OUT/r2"
$CLI generate $OUT/configs-1000 --format $FORMATS --out $OUT/r1 --jobs 1 >/dev/null 2>&1
$CLI generate $OUT/configs-1000 --format $FORMATS --out $OUT/r2 --jobs 2 >/dev/null 2>&1
diff -r "$OUT/r1" "$OUT/r2" >/dev/null && echo "jobs 1 and jobs 2 outputs: byte-identical"

echo; echo "== 3b. how well this machine runs this work on two threads (no pool, no writes)"
node bench/scaling.mjs

echo; echo "== 3c. the naive baseline of issue 7 (yaml + handlebars + marked + pdfkit, font parsed per document), 200 configs"
node bench/naive.mjs 200

echo; echo "== 4. peak memory (maximum resident set size, whole process with its worker threads)"
for n in 100 1000; do
  for j in 1 2; do
    rm -rf "$OUT/mem"
    kb=$( /usr/bin/time -v $CLI generate "$OUT/configs-$n" --format "$FORMATS" --out "$OUT/mem" --jobs $j 2>&1 >/dev/null | awk '/Maximum resident/ {print $NF}' )
    echo "configs $n, jobs $j: $((kb / 1024)) MB"
  done
done

echo; echo "== 5. pandoc, Markdown → HTML, one process per document (100 documents)"
rm -rf "$OUT/p100" && $CLI generate "$OUT/configs-100" --format md --out "$OUT/p100" --jobs 1 >/dev/null 2>&1
hyperfine -w 1 -r 3 --export-json "$OUT/pandoc.json" \
  "for f in $OUT/p100/*/politique-retour.md; do pandoc -s --metadata title=x -f markdown -t html \"\$f\" -o \"\${f%.md}.pandoc.html\"; done" \
  "$CLI generate $OUT/configs-100 --format md,html --force --out $OUT/p100b --jobs 1"

CHROMIUM=$(command -v chromium chromium-browser google-chrome 2>/dev/null | head -1 || true)
if [ -n "$CHROMIUM" ]; then
  echo; echo "== 5b. headless Chromium printing one of our HTML pages to PDF, one process per document"
  page=$(ls -d "$OUT"/p100b/*/ | head -1)politique-retour.html
  hyperfine -w 1 -r 5 "$CHROMIUM --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/chromium.pdf file://$PWD/$page"
fi

echo; echo "== 6. where time goes: CPU profile of 1,000 configs, --jobs 1"
rm -rf "$OUT/prof" "$OUT/rp"
node --cpu-prof --cpu-prof-dir="$OUT/prof" bin/politique-retour.js generate "$OUT/configs-1000" --format "$FORMATS" --out "$OUT/rp" --jobs 1 >/dev/null 2>&1
node bench/profile-summary.mjs "$OUT/prof"

echo; echo "== 7. in process, warm (tinybench)"
node bench/stages.mjs

echo; echo "== 8. pool overhead per task"
node bench/pool-overhead.mjs
