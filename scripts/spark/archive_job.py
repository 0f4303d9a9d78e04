"""Press Review over an archive on Apache Spark: the CLI is the map step.

Each partition of the ANT articles (JSON lines: id, text, ...) is piped through
`press-review analyze --format ndjson --stdin-jsonl` (RDD.pipe), so every executor runs
the same command line as a workstation; Spark only splits the input, schedules the
partitions and writes the results (JSON lines and Parquet).

    spark-submit scripts/spark/archive_job.py --input ant-news.jsonl.gz --out OUT [--master local[2]]

Writes OUT/ndjson (text files, one report a line), OUT/parquet, and checks that the
reports equal those of the CLI run directly over the same articles (--check).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

from pyspark.sql import SparkSession

CATEGORIES = {"internationalNews", "middleEast", "economy"}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--input", required=True, help="JSON lines (gzip ok) with id and text")
    p.add_argument("--out", required=True)
    p.add_argument("--master", default="local[2]")
    p.add_argument("--partitions", type=int, default=8)
    p.add_argument("--cli", default=os.path.join(os.path.dirname(__file__), "..", "..", "dist", "cli.js"))
    p.add_argument("--all-categories", action="store_true", help="every article, not only the three categories of issue 17")
    p.add_argument("--check", action="store_true", help="compare with the CLI run directly on the same articles")
    a = p.parse_args()

    cli = os.path.abspath(a.cli)
    # One worker thread per Spark task: Spark already runs one task per core.
    command = ["node", cli, "analyze", "--format", "ndjson", "--stdin-jsonl", "--jobs", "1", "--quiet", "--no-workspace-knowledge"]
    shutil.rmtree(a.out, ignore_errors=True)

    spark = SparkSession.builder.master(a.master).appName("press-review-archive").getOrCreate()
    sc = spark.sparkContext
    lines = sc.textFile(a.input)
    if not a.all_categories:
        lines = lines.filter(lambda l: json.loads(l).get("category") in CATEGORIES)
    started = time.time()
    # pipe: each partition's lines go to one CLI process's stdin; its stdout lines come back.
    # Every process ends with its own summary line; those are dropped here.
    reports = lines.repartition(a.partitions).pipe(" ".join(command)).filter(lambda l: not l.startswith('{"summary":'))
    reports.cache()
    reports.saveAsTextFile(os.path.join(a.out, "ndjson"))
    count = reports.count()
    seconds = time.time() - started
    # Parquet through Spark's own JSON schema inference over the same lines.
    spark.read.json(reports).write.parquet(os.path.join(a.out, "parquet"))
    print(json.dumps({"articles": count, "seconds": round(seconds, 1), "master": a.master, "partitions": a.partitions}))

    status = 0
    if a.check:
        status = check(reports.collect(), lines.collect(), command)
    spark.stop()
    return status


def check(spark_lines, input_lines, command) -> int:
    """The CLI on the same articles, in one process: every report must be equal, by id."""
    direct = subprocess.run(command, input="\n".join(input_lines) + "\n", capture_output=True, text=True)
    expected = {}
    for line in direct.stdout.splitlines():
        o = json.loads(line)
        if "summary" not in o:
            expected[o["file"]] = o
    got = {}
    for line in spark_lines:
        o = json.loads(line)
        got[o["file"]] = o
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    different = sorted(k for k in set(expected) & set(got) if expected[k] != got[k])
    print(json.dumps({"checked": len(expected), "missing": len(missing), "extra": len(extra), "different": len(different)}))
    if missing or extra or different:
        print("press-review: Spark's reports differ from the CLI's:", (missing + extra + different)[:10], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
