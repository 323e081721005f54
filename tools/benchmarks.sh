#!/usr/bin/env bash
# The benchmark command (docs/benchmarks.md): generates each benchmark's data on the local PostgreSQL server
# (databases of their own, dropped at the end), measures, and gathers every "BENCHMARK FIGURE" line into
# target/benchmarks/summary.md with the date, the machine and the run's duration.
#   tools/benchmarks.sh                    # all benchmarks, full size
#   tools/benchmarks.sh -Dtest=InboxBenchmark   # one of them (extra arguments go to Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/benchmarks
mkdir -p "$out"
began=$(date +%s)
status=0
./mvnw -B -ntp -Pbenchmarks verify "$@" 2>&1 | tee "$out/run.log" || status=$?
took=$(( $(date +%s) - began ))
{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)," \
       "$(psql -V 2>/dev/null || echo 'PostgreSQL server on 127.0.0.1:5432')"
  echo "Command: tools/benchmarks.sh $*"
  echo "Duration: $((took / 60)) min $((took % 60)) s (Maven exit status $status)"
  echo
  echo "| what | result | target | reference | ratio | verdict |"
  echo "| --- | --- | --- | --- | --- | --- |"
  grep -h '^BENCHMARK FIGURE' "$out/run.log" | sed -e 's/^BENCHMARK FIGURE | /| /' -e 's/$/ |/'
} > "$out/summary.md"
cat "$out/summary.md"
exit $status
