#!/usr/bin/env bash
# The fault run (docs/reliability.md): two nodes from the production jar on a fresh database of a PostgreSQL
# server of its own, cases driven through the engine REST API while, in turn, a node is killed, PostgreSQL is
# restarted and stopped for a minute, the learning platform and the SMTP server are down. Writes
# target/faults/report.md. The PostgreSQL server it restarts and stops is a second cluster of the machine's
# PostgreSQL ("faults", port 5433, created on first use with pg_createcluster, stopped at the end), so that the
# main server on 5432 and whatever uses it are left alone.
#   tools/fault-run.sh                       # builds the production jar first (about 2 min), then runs (about 15 min)
#   TREMPLIN_FAULTS_JAR=keep tools/fault-run.sh   # reuse target/faults/tremplin.jar
#   tools/fault-run.sh -Dfaults.cases=12     # fewer cases per phase (extra arguments go to Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/faults
mkdir -p "$out"
began=$(date +%s)
version=$(ls /etc/postgresql | head -1)
cluster=${TREMPLIN_FAULTS_PG_CLUSTER:-faults}
port=${TREMPLIN_FAULTS_PG_PORT:-5433}
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$cluster"; then
  echo "Creating the PostgreSQL cluster $version/$cluster on port $port for the fault run"
  pg_createcluster "$version" "$cluster" -p "$port" -- --auth-host=trust --auth-local=trust > "$out/cluster.log"
fi
postgres_ready() { (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; }
postgres_ready || pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
export TREMPLIN_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/postgres" TREMPLIN_FAULTS_PG_CLUSTER="$cluster"
if [[ "${TREMPLIN_FAULTS_JAR:-}" != keep || ! -f "$out/tremplin.jar" ]]; then
  echo "Building the production jar (log: $out/jar.log)"
  ./mvnw -B -ntp -Pproduction package -DskipTests -Dspotless.check.skip=true > "$out/jar.log" 2>&1
  cp target/tremplin-*.jar "$out/tremplin.jar"
  # the production build leaves production-mode markers in target/classes: tests run in development mode
  rm -f target/classes/META-INF/VAADIN/config/flow-build-info.json
fi
status=0
./mvnw -B -ntp -Pfaults verify "$@" 2>&1 | tee "$out/run.log" || status=$?
# the fault run's cluster is stopped whatever happened (its databases are dropped by the run)
postgres_ready && pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop || true
echo "Fault run took $(( ($(date +%s) - began) / 60 )) min; report: $out/report.md"
exit $status
