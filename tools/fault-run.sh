#!/usr/bin/env bash
# The fault run (docs/reliability.md): two nodes from the production jar on a fresh database of the local
# PostgreSQL server, cases driven through the engine REST API while, in turn, a node is killed, PostgreSQL is
# restarted and stopped for a minute, the learning platform and the SMTP server are down. Writes
# target/faults/report.md. It restarts and stops the machine's PostgreSQL server: run it when nothing else uses it.
#   tools/fault-run.sh                       # builds the production jar first (about 2 min), then runs (about 15 min)
#   TREMPLIN_FAULTS_JAR=keep tools/fault-run.sh   # reuse target/faults/tremplin.jar
#   tools/fault-run.sh -Dfaults.cases=12     # fewer cases per phase (extra arguments go to Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/faults
mkdir -p "$out"
began=$(date +%s)
postgres_ready() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if ! postgres_ready; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi
if [[ "${TREMPLIN_FAULTS_JAR:-}" != keep || ! -f "$out/tremplin.jar" ]]; then
  echo "Building the production jar (log: $out/jar.log)"
  ./mvnw -B -ntp -Pproduction package -DskipTests -Dspotless.check.skip=true > "$out/jar.log" 2>&1
  cp target/tremplin-*.jar "$out/tremplin.jar"
  # the production build leaves production-mode markers in target/classes: tests run in development mode
  rm -f target/classes/META-INF/VAADIN/config/flow-build-info.json
fi
status=0
./mvnw -B -ntp -Pfaults verify "$@" 2>&1 | tee "$out/run.log" || status=$?
# PostgreSQL is left running whatever happened
postgres_ready || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
echo "Fault run took $(( ($(date +%s) - began) / 60 )) min; report: $out/report.md"
exit $status
