#!/bin/bash
# Instructions of each TurboFan compile of a node program, in order (session 18): callgrind
# counts only inside PipelineCompilationJob::ExecuteJobImpl and writes one dump per compile;
# V8 runs single-threaded and deterministic (as scripts/instructions.sh), so the dumps come
# in the order --trace-opt reports the compiles. Prints "function M-instructions" lines
# and the total. Compile times printed by --trace-opt move with the machine's load; these
# counts do not.
#   scripts/compileInstructions.sh /work/notes/s18/tools/runs.cjs ENGINE art-1kb.txt 1 300
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
valgrind --tool=callgrind --collect-atstart=no \
  --toggle-collect='v8::internal::compiler::PipelineCompilationJob::ExecuteJobImpl*' \
  --dump-after='*PipelineCompilationJob::ExecuteJobImpl*' --callgrind-out-file="$dir/cg.out" \
  node --trace-opt --predictable --hash-seed=1 --random-seed=1 --single-threaded "$@" >"$dir/trace.txt" 2>&1
grep 'completed compiling' "$dir/trace.txt" | sed -E 's/.*<JSFunction ([^ ]*) ?\(sfi.*/\1/; s/^$/(anonymous)/' >"$dir/names.txt"
for f in $(cd "$dir" && ls cg.out.* | sort -t. -k3 -n); do awk '/^(summary|totals):/ { print $2; exit }' "$dir/$f"; done >"$dir/costs.txt"
paste -d' ' "$dir/names.txt" "$dir/costs.txt" | awk '{ printf "%-40s %8.1f M\n", $1, $2 / 1e6; s += $2 } END { printf "%-40s %8.1f M\n", "total", s / 1e6 }'
