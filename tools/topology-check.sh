#!/usr/bin/env bash
# Checks the production topology of deploy/ without a container engine (docs/ops/packaging.md): two nodes from
# the production jar on a fresh database of the local PostgreSQL server, behind HAProxy run with deploy/haproxy.cfg
# (only the nodes' addresses and a self-signed certificate changed). Checks that HAProxy accepts the file, that
# a browser sticks to one node, that the engine API answers through the proxy, that a stopped node is taken out
# and its users are sent to the other one, and that the container's health check command reads readiness.
#   tools/topology-check.sh                              # builds the production jar first (about 3 min)
#   TREMPLIN_TOPOLOGY_JAR=target/faults/tremplin.jar tools/topology-check.sh   # reuse a jar
# Needs haproxy and openssl (apt-get install -y haproxy openssl). Writes target/topology/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/topology
rm -rf "$out" && mkdir -p "$out"
command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install -y haproxy" >&2; exit 2; }
jar=${TREMPLIN_TOPOLOGY_JAR:-}
if [[ -z "$jar" ]]; then
  echo "Building the production jar (log: $out/jar.log)"
  ./mvnw -B -ntp -Pproduction package -DskipTests -Dspotless.check.skip=true > "$out/jar.log" 2>&1
  jar=$(ls target/tremplin-*.jar | head -1)
  # the production build leaves production-mode markers in target/classes: tests run in development mode
  rm -f target/classes/META-INF/VAADIN/config/flow-build-info.json
fi
db="tremplin_topology_$$"
psql_() { psql -h 127.0.0.1 -U postgres -d postgres -qtAc "$1"; }
psql_ "create database $db"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql_ "drop database if exists $db with (force)" || true
}
trap cleanup EXIT
report() { echo "$*" | tee -a "$out/report.md"; }
ok() { report "- ok: $*"; }
fail() { report "- FAILED: $*"; exit 1; }

start_node() { # name port
  SPRING_PROFILES_ACTIVE=postgres TREMPLIN_LOG_FORMAT=ecs TREMPLIN_NODE_NAME="$1" PORT="$2" \
  TREMPLIN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TREMPLIN_DB_USER=postgres TREMPLIN_DB_PASSWORD= \
  TREMPLIN_PLATFORM_MODE=simulator TREMPLIN_PUBLIC_URL=https://localhost:18443 \
  TREMPLIN_ADMIN_USER=ops TREMPLIN_ADMIN_PASSWORD=topology-check-password \
    java -XX:MaxRAMPercentage=25 -jar "$jar" > "$out/node-$1.log" 2>&1 &
  pids+=($!)
  eval "pid_$1=$!"
}
# the container's HEALTHCHECK command, word for word but for the port
healthcheck() { PORT=$1 bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'; }
wait_ready() { # port
  for _ in $(seq 1 240); do healthcheck "$1" 2>/dev/null && return 0; sleep 1; done
  return 1
}

report "# Topology check, $(date -u +%Y-%m-%dT%H:%MZ)"
report ""
began=$(date +%s)
start_node a 18081
wait_ready 18081 || fail "node a not ready (see $out/node-a.log)"
ok "node a ready after $(( $(date +%s) - began )) s; the container's health check command reads its readiness"
start_node b 18082
wait_ready 18082 || fail "node b not ready (see $out/node-b.log)"
ok "node b ready on the same database"
head -1 "$out/node-a.log" | grep -q '^{' && ok "node logs are JSON lines (ECS)" || report "- note: node a's first log line is not JSON"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -keyout "$out/key.pem" -out "$out/cert.pem" 2>/dev/null
cat "$out/cert.pem" "$out/key.pem" > "$out/tremplin.pem"
sed -e "s#/usr/local/etc/haproxy/tremplin.pem#$PWD/$out/tremplin.pem#" \
    -e 's#tremplin-a:8080#127.0.0.1:18081#' -e 's#tremplin-b:8080#127.0.0.1:18082#' \
    -e 's#bind \*:8080#bind 127.0.0.1:18080#' -e 's#bind \*:8443#bind 127.0.0.1:18443#' \
    -e 's#log stdout format raw local0#log stderr format raw local0#' \
    deploy/haproxy.cfg > "$out/haproxy.cfg"
# which node answered, for this check only
sed -i 's#^backend tremplin$#backend tremplin\n    http-response set-header X-Checked-Node %[srv_name]#' "$out/haproxy.cfg"
haproxy -c -f "$out/haproxy.cfg" > "$out/haproxy-check.log" 2>&1 || fail "haproxy -c refused the configuration ($out/haproxy-check.log)"
ok "haproxy -c accepts deploy/haproxy.cfg"
haproxy -f "$out/haproxy.cfg" > "$out/haproxy.log" 2>&1 &
pids+=($!)
sleep 7   # two health check rounds

code=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18080/login)
[[ "$code" == 301 ]] && ok "plain HTTP is redirected to HTTPS (301)" || fail "plain HTTP answered $code"
jar_cookies="$out/cookies.txt"
first=$(curl -sk -c "$jar_cookies" -o /dev/null -D - https://127.0.0.1:18443/login | tr -d '\r' | awk -F': ' 'tolower($1)=="x-checked-node"{print $2}')
grep -q TREMPLIN_NODE "$jar_cookies" || fail "no stickiness cookie set"
same=0
for _ in $(seq 1 10); do
  node=$(curl -sk -b "$jar_cookies" -o /dev/null -D - https://127.0.0.1:18443/login | tr -d '\r' | awk -F': ' 'tolower($1)=="x-checked-node"{print $2}')
  [[ "$node" == "$first" ]] && same=$((same + 1))
done
[[ "$same" == 10 ]] && ok "a browser sticks to node $first (10 of 10 requests with its cookie)" || fail "stickiness: $same of 10 on $first"
seen=$(for _ in $(seq 1 6); do curl -sk -o /dev/null -D - https://127.0.0.1:18443/login | tr -d '\r' | awk -F': ' 'tolower($1)=="x-checked-node"{print $2}'; done | sort -u | tr '\n' ' ')
[[ "$seen" == *tremplin-a* && "$seen" == *tremplin-b* ]] && ok "new browsers are spread over both nodes ($seen)" || fail "new browsers went to: $seen"
code=$(curl -sk -u ops:topology-check-password -o /dev/null -w '%{http_code}' https://127.0.0.1:18443/engine-rest/engine)
[[ "$code" == 200 ]] && ok "the engine API answers through the proxy (200 for the administrator)" || fail "engine API through the proxy: $code"
hsts=$(curl -sk -D - -o /dev/null https://127.0.0.1:18443/login | tr -d '\r' | grep -ci '^strict-transport-security' || true)
[[ "$hsts" -ge 1 ]] && ok "answers through the proxy carry Strict-Transport-Security (X-Forwarded-Proto believed)" || report "- note: no Strict-Transport-Security header through the proxy"

victim=$first
victim_pid=$([[ "$victim" == tremplin-a ]] && echo "$pid_a" || echo "$pid_b")
stopped=$(date +%s)
kill "$victim_pid"
for _ in $(seq 1 60); do
  node=$(curl -sk -b "$jar_cookies" -o /dev/null -D - https://127.0.0.1:18443/login | tr -d '\r' | awk -F': ' 'tolower($1)=="x-checked-node"{print $2}')
  [[ -n "$node" && "$node" != "$victim" ]] && break
  sleep 1
done
[[ -n "$node" && "$node" != "$victim" ]] || fail "the browser of stopped $victim was not sent to the other node"
ok "$victim stopped (graceful shutdown): its browser is answered by $node after $(( $(date +%s) - stopped )) s"
failed=0
for _ in $(seq 1 20); do
  code=$(curl -sk -o /dev/null -w '%{http_code}' https://127.0.0.1:18443/login)
  [[ "$code" == 200 ]] || failed=$((failed + 1))
done
[[ "$failed" == 0 ]] && ok "20 of 20 requests answered 200 with one node left" || fail "$failed of 20 requests failed with one node left"
report ""
report "Total $(( $(date +%s) - began )) s. Logs: $out/node-*.log, $out/haproxy.log."
