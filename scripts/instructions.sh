#!/bin/bash
# Instructions a node program runs, in millions (valgrind cachegrind, no cache simulation),
# with V8 made deterministic: the same count on a loaded machine as on a quiet one.
#   scripts/instructions.sh bench/engineFolder.cjs ENGINE /tmp/folder.json 300 1
valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
  node --predictable --hash-seed=1 --random-seed=1 --single-threaded "$@" 2>&1 |
  awk '/I *refs/ { gsub(",", "", $4); printf "%.1f M\n", $4 / 1e6 }'
