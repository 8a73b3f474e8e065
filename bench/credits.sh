#!/usr/bin/env bash
# Debits per second and p50/p99 latency of the usage-check path against DynamoDB Local (in-process, loopback),
# then the cold-start init time of the shaded Lambda jar in fresh JVMs. Builds what it needs; the run itself is
# bounded (about 45 s, killed at 120 s). Usage: [BENCH_THREADS=8] bench/credits.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl functions package -DskipTests
# -Dmdep.outputFile is relative to the module: this writes functions/target/bench-classpath.txt.
mvn -q -pl functions dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="functions/target/test-classes:functions/target/classes:$(cat functions/target/bench-classpath.txt)"
ls -l functions/target/functions-0.1.0-lambda.jar | awk '{printf "shaded jar: %s bytes (%.1f MB)\n", $5, $5/1048576}'
timeout 120 java -DLOG_LEVEL=OFF -Dbench.threads="${BENCH_THREADS:-8}" -cp "$CP" dev.regionstack.functions.bench.CreditsBenchmark \
  functions/target/functions-0.1.0-lambda.jar functions/target/test-classes
