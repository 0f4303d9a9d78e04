#!/bin/bash
# What a phase's instructions are spent on: TurboFan, code not yet optimized (Ignition,
# Sparkplug and the inline caches they call), the optimized code, the garbage collector…
# Runs the program twice under cachegrind, to stop A and to stop B (its last argument),
# and splits the difference by V8's function names (docs/performance.md, session 16):
#   scripts/instructionParts.sh 2 3 bench/withV8Flags.cjs "--min-inlining-frequency=1" bench/enginePhases.cjs ENGINE /tmp/lead-1mb.txt
set -euo pipefail
a=$1; b=$2; shift 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for stop in "$a" "$b"; do
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$dir/$stop.out" \
    node --predictable --hash-seed=1 --random-seed=1 --single-threaded "$@" "$stop" >/dev/null 2>&1
done
cg_diff "$dir/$a.out" "$dir/$b.out" >"$dir/diff.out" 2>/dev/null
cg_annotate --threshold=0 "$dir/diff.out" 2>/dev/null | awk '
  # lines "  1,234 (0.12%)  file:function"; the first is the program total
  /^ *-?[0-9,]+ [(]/ {
    n = $1; gsub(",", "", n); f = $0; sub(/^[^)]*[)]  /, "", f)
    if (f ~ /PROGRAM TOTALS/) { total = n; next }
    if (f == "???:???") part = "machine code (optimized and baseline)"
    else if (f ~ /compiler::|turboshaft/) part = "TurboFan"
    else if (f ~ /Builtins_.*(LoadIC|StoreIC|DefineNamedOwnIC|DefineKeyedOwnIC|GlobalIC|HasIC)/) part = "inline caches (code not optimized)"
    else if (f ~ /Builtins_.*Handler|Baseline/) part = "Ignition and Sparkplug builtins"
    else if (f ~ /Scaven|Mark|Sweep|Evacuat|heap::|Heap::|Remembered/) part = "garbage collector"
    else if (f ~ /RegExp|regexp/) part = "regular expressions"
    else if (f ~ /Parser|Scanner|Preparse|BytecodeGenerator|interpreter::/) part = "parser and bytecode"
    else if (f ~ /Builtins_/) part = "other builtins"
    else part = "other (runtime, libc)"
    sum[part] += n
  }
  END {
    # the total first: it is the largest
    printf "total\t%.1f\n", total / 1e6
    for (p in sum) printf "%s\t%.1f\n", p, sum[p] / 1e6
  }' | sort -t$'\t' -k2,2 -rn | awk -F'\t' '{ printf "%-40s %10s M\n", $1, $2 }'
