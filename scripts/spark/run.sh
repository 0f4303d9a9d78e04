#!/usr/bin/env bash
# npm run scale:spark: the Press Review CLI as the map step of Apache Spark (local[2]) over
# the ANT articles, with the output checked against the CLI run directly. See docs/archive.md.
# Needs: Java 17 (Debian's openjdk-17-jre-headless, installed here when missing and apt-get
# can), Python 3 with the pyspark package, and the built CLI (npm run build).
set -euo pipefail
cd "$(dirname "$0")/../.."
INPUT="${PRESS_REVIEW_SPARK_INPUT:-../shared/corpus/ant-news.jsonl.gz}"
OUT="${PRESS_REVIEW_SPARK_OUT:-${TMPDIR:-/tmp}/press-review-spark}"
PYTHON="${PYTHON:-python3}"

fail() { echo "press-review scale:spark: $*" >&2; exit 3; }

[ -f "$INPUT" ] || fail "no input $INPUT (set PRESS_REVIEW_SPARK_INPUT to a JSON-lines file with id and text)"

if ! java -version 2>&1 | grep -q 'version "17'; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y openjdk-17-jre-headless >&2 || fail "could not install Debian's openjdk-17-jre-headless"
  else
    fail "Java 17 is missing: install Debian's openjdk-17-jre-headless (apt-get install openjdk-17-jre-headless)"
  fi
fi

if ! "$PYTHON" -c 'import pyspark' 2>/dev/null; then
  # pyspark is on PyPI only (Debian has no package of it); a machine without PyPI cannot run this.
  "$PYTHON" -m pip install --quiet 'pyspark>=3.5,<4' >&2 \
    || fail "the pyspark package is missing and could not be installed from PyPI (Debian has no pyspark package). Install it with 'pip install pyspark' where PyPI is reachable, or point PYTHON at a Python that has it."
fi

npm run build --silent
echo "Spark local[2] over $INPUT -> $OUT" >&2
start=$(date +%s)
"$PYTHON" scripts/spark/archive_job.py --input "$INPUT" --out "$OUT" --master 'local[2]' --check
echo "wall: $(( $(date +%s) - start )) s on $(nproc) cores ($(uname -m)), $(date -u +%Y-%m-%dT%H:%MZ)" >&2
