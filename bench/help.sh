#!/usr/bin/env bash
# `--help` against `node -e 0` in one hyperfine run (issue 18: ≤ 1.5×), from the tree:
#   bash bench/help.sh [RUNS]
# OLD=<folder with bin/ and a built dist/> adds that build's `--help` to the same run (before and
# after a change); BIN=<installed politique-retour> adds an installed package's (bench/cold.sh
# makes one: npm pack → npm install in an empty folder). Prints the load before and after: on a
# busy machine the wall times mean little, the CPU times (User, System) a little more.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-30}
cmds=('node -e 0' 'node bin/politique-retour.js --help' 'node bin/politique-retour.js --help --lang en' 'node bin/politique-retour.js generate --help' 'node bin/politique-retour.js check --help')
[ -n "${OLD:-}" ] && cmds+=("node $OLD/bin/politique-retour.js --help" "node $OLD/bin/politique-retour.js generate --help")
[ -n "${BIN:-}" ] && cmds+=("$BIN --help")
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), node $(node -v)"
hyperfine -N -w 3 -r "$RUNS" "${cmds[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
