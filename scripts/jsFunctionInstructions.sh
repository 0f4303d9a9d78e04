#!/bin/bash
# Instructions by JavaScript function and tier, for a whole node program (valgrind
# callgrind and V8's perf map; docs/performance.md, session 17). For one phase, run it to
# two stops and compare the lists.
#   TOP=40 scripts/jsFunctionInstructions.sh bench/withV8Flags.cjs "FLAGS" bench/enginePhases.cjs ENGINE /tmp/lead-1mb.txt 3
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file="$dir/out.%p" \
  node --perf-basic-prof --no-logfile-per-isolate --logfile="$dir/v8.log" --predictable --hash-seed=1 --random-seed=1 --single-threaded "$@" >/dev/null 2>&1
out=$(ls "$dir"/out.*)
pid=${out##*.}
node "$(dirname "$0")/jsFunctionInstructions.mjs" "$out" "/tmp/perf-$pid.map" "${TOP:-40}"
rm -f "/tmp/perf-$pid.map"
