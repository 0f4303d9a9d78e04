#!/bin/bash
# Instructions of exactly analyses WARM+1 … WARM+EXTRA of one article (docs/performance.md,
# session 19): callgrind dumps its counters when bench/engineWindow.cjs calls its marker, so
# one run gives the window, with no run to subtract (whose compiles would land elsewhere).
#   scripts/windowInstructions.sh main ENGINE ARTICLE WARM EXTRA      main thread, V8 as the bench runs it
#   scripts/windowInstructions.sh single ENGINE ARTICLE WARM EXTRA    V8 single-threaded (compiles counted), deterministic
#   scripts/windowInstructions.sh noopt ENGINE ARTICLE WARM EXTRA     no TurboFan: the code not optimized yet, deterministic
#   scripts/windowInstructions.sh cache ENGINE ARTICLE WARM EXTRA     main thread with cache and branch simulation
# prints the totals of the window (Ir, and with `cache` the misses and mispredictions).
set -euo pipefail
mode=$1; shift
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
threads=(--separate-threads=yes)
flags=()
sim=()
case "$mode" in
  main) ;;
  cache) sim=(--cache-sim=yes --branch-sim=yes) ;;
  single) threads=(); flags=(--predictable --single-threaded) ;;
  noopt) threads=(); flags=(--predictable --single-threaded --no-opt) ;;
  *) echo "usage: $0 main|single|noopt|cache ENGINE ARTICLE WARM EXTRA" >&2; exit 2 ;;
esac
valgrind --tool=callgrind "${threads[@]}" "${sim[@]}" --dump-before='*GetHeapCodeAndMetadataStatistics*' \
  --callgrind-out-file="$dir/out" node "${flags[@]}" --hash-seed=1 --random-seed=1 "$(dirname "$0")/../bench/engineWindow.cjs" "$@" >/dev/null 2>&1
# The second dump holds the window; with threads apart its thread 1 is the main thread.
window=$(ls "$dir"/out.2* | sort | head -1)
awk '/^events:/ { split($0, names, " ") } /^totals:/ { for (i = 2; i <= NF; i++) printf "%s %.2f M%s", names[i], $i / 1e6, (i < NF ? ", " : "\n") }' "$window"
