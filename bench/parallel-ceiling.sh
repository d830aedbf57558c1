#!/usr/bin/env bash
# Issue 18, "two jobs ≥ 1.6× one job at 200 configs": how much two cores of THIS machine can
# give, whatever politique-retour does with them. The 200 bench configs are split in two halves
# of 100, and three things are timed in one hyperfine run (md+html+pdf, --force, --jobs 1):
#   A. one process, both halves (the one-job batch);
#   B. two independent processes, one half each, at the same time (no pool, no shared work:
#      the best any two-job design could do);
#   C. one process, one half, alone.
# B/C is how much a run slows when the other core is busy too; A/B is the ceiling of a
# two-job speed-up on this machine. Needs hyperfine (apt-get install -y hyperfine).
#   bench/parallel-ceiling.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
node bench/make-configs.mjs 200 >/dev/null
SRC="$PWD/bench/out/configs-200"
HALF="$PWD/bench/out/halves-200"
rm -rf "$HALF"
mkdir -p "$HALF/a" "$HALF/b"
cp "$SRC/agence-base.yaml" "$HALF/"
i=0
for f in "$SRC"/clients/*.yaml; do
  if (( i % 2 == 0 )); then cp "$f" "$HALF/a/"; else cp "$f" "$HALF/b/"; fi
  i=$((i + 1))
done
CLI="node $PWD/bin/politique-retour.js generate"
ARGS="--format md,html,pdf --force --quiet --jobs 1 --root $HALF"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), node $(node -v), load $(cut -d' ' -f1 /proc/loadavg)"
hyperfine -w 1 -r "$RUNS" \
  -n "A: one process, 200 configs" "$CLI $HALF/a $HALF/b $ARGS --out /tmp/ceiling-a >/dev/null 2>&1" \
  -n "B: two processes at once, 100 each" "$CLI $HALF/a $ARGS --out /tmp/ceiling-b1 >/dev/null 2>&1 & $CLI $HALF/b $ARGS --out /tmp/ceiling-b2 >/dev/null 2>&1; wait" \
  -n "C: one process, 100 configs, alone" "$CLI $HALF/a $ARGS --out /tmp/ceiling-c >/dev/null 2>&1"
