#!/usr/bin/env bash
# Issue 18, batch at 200 configs md+html+pdf with --force: the build of BASE (another worktree
# of this repository, built) and this tree's, `--jobs 1` and `--jobs 2`, run in alternation
# (round after round, so the machine's load falls on all four alike). Each run gives time to
# the first file, wall, CPU, peak RSS and the load average (bench/first-file.mjs). Then peak RSS
# at 1,000 configs. The machine is shared: compare within a round, and say the load.
#   BASE=/work/wt/Q-base bench/streaming.sh [rounds] [configs for RSS…]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${BASE:?BASE=<worktree of the build to compare with>}"
ROUNDS="${1:-3}"
shift || true
ARGS=(--format md,html,pdf --force --quiet)
node bench/make-configs.mjs 200 >/dev/null
C200="$PWD/bench/out/configs-200/clients"
for round in $(seq "$ROUNDS"); do
  for j in 1 2; do
    node bench/first-file.mjs "base j$j" "$BASE/bin/politique-retour.js" /tmp/stream-b$j "$C200" "${ARGS[@]}" --jobs $j
    node bench/first-file.mjs "new j$j" bin/politique-retour.js /tmp/stream-n$j "$C200" "${ARGS[@]}" --jobs $j
  done
done
# The manifests name the code that made the files: they differ from the base build only there.
diff -r /tmp/stream-n1 /tmp/stream-n2 && diff -r -x .politique-retour.json /tmp/stream-b1 /tmp/stream-n1 && echo "outputs: jobs 1 = jobs 2, and = base but for the manifests' tool hash"
for n in "$@"; do
  node bench/make-configs.mjs "$n" >/dev/null
  for j in 1 2; do
    node bench/first-file.mjs "base j$j $n" "$BASE/bin/politique-retour.js" /tmp/stream-rss "$PWD/bench/out/configs-$n/clients" "${ARGS[@]}" --jobs $j
    node bench/first-file.mjs "new j$j $n" bin/politique-retour.js /tmp/stream-rss "$PWD/bench/out/configs-$n/clients" "${ARGS[@]}" --jobs $j
  done
done
