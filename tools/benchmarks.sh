#!/usr/bin/env bash
# The benchmark command (docs/benchmarks.md): generates each benchmark's data on the local PostgreSQL server
# (databases of their own, dropped at the end), measures, and gathers every "BENCHMARK FIGURE" line into
# target/benchmarks/summary.md with the date, the machine and the run's duration.
#   tools/benchmarks.sh                    # all benchmarks, full size
#   tools/benchmarks.sh -Dtest=InboxBenchmark   # one of them (extra arguments go to Maven)
# StartupBenchmark starts the production jar: it is built first (./mvnw -Pproduction package, about 2 min) and kept as
# target/benchmarks/tremplin.jar, before the benchmarks profile compiles the classes again for the tests. Skipped when
# -Dtest names other benchmarks only, or with TREMPLIN_BENCH_JAR=keep (reuse the jar already there).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/benchmarks
mkdir -p "$out"
began=$(date +%s)
status=0
jar=yes
for arg in "$@"; do
  case "$arg" in -Dtest=*) [[ "$arg" == *Startup* ]] || jar=no ;; esac
done
if [[ "$jar" == yes && "${TREMPLIN_BENCH_JAR:-}" != keep ]]; then
  offline=(); for arg in "$@"; do [[ "$arg" == -o ]] && offline=(-o); done
  echo "Building the production jar for StartupBenchmark (log: $out/jar.log)"
  rm -f "$out/tremplin.jar"
  if ./mvnw -B -ntp "${offline[@]}" -Pproduction package -DskipTests > "$out/jar.log" 2>&1; then
    cp target/tremplin-*.jar "$out/tremplin.jar"
  else
    echo "The production jar did not build (see $out/jar.log): StartupBenchmark will say so"
  fi
  # the production build leaves production-mode markers in target/classes: the tests run in development mode
  rm -f target/classes/META-INF/VAADIN/config/flow-build-info.json
fi
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
