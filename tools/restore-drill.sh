#!/usr/bin/env bash
# Restore drill (docs/ops/backup-restore.md): backs a Tremplin database up, restores the backup into a fresh
# database and compares every table's exact row count, original against restored.
#   tools/restore-drill.sh h2 [./data/tremplin.mv.db]   # the embedded default; Tremplin must be STOPPED
#   tools/restore-drill.sh postgres                      # the local PostgreSQL server (127.0.0.1:5432, postgres)
#   tools/restore-drill.sh                               # both
# h2: H2's own Script (SQL dump, zipped) and RunScript tools, from the jar of the H2 version Spring Boot manages.
#     H2 locks a file database while a process has it open (a lock on the file itself): with Tremplin running,
#     Script cannot open it ("The file is locked"), and a copy of the file taken meanwhile may be torn. Stop
#     Tremplin first.
# postgres: makes a source database with real content by starting the production jar once on a fresh database
#     (postgres profile, demo cases switched on) until it is ready, stops it, then pg_dump -Fc and pg_restore into
#     a second database. Both databases are dropped at the end. The jar: TREMPLIN_DRILL_JAR, else
#     target/tremplin-*.jar, else it is built (about 3 min).
# Writes target/restore-drill/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/restore-drill
mkdir -p "$out"
report() { echo "$*" | tee -a "$out/report.md"; }
now() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

# Prints "table original restored" rows and fails if any differ; reads two files of "table count" lines.
compare_counts() { # before after
  local differ=0
  report ""
  report "| table | original | restored |"
  report "| --- | ---: | ---: |"
  while read -r table before; do
    after=$(awk -v t="$table" '$1 == t { print $2 }' "$2")
    [[ "$before" == "$after" ]] || differ=$((differ + 1))
    report "| $table | $before | ${after:-missing} |"
  done < "$1"
  local extra
  extra=$(awk 'NR == FNR { seen[$1] = 1; next } !($1 in seen) { print $1 }' "$1" "$2")
  [[ -z "$extra" ]] || { report "tables only in the restored database: $extra"; differ=$((differ + 1)); }
  report ""
  report "$(wc -l < "$1") tables, $(awk '{ s += $2 } END { print s }' "$1") rows; $differ differences"
  return "$differ"
}

h2_drill() {
  local file=${1:-./data/tremplin.mv.db}
  [[ -f "$file" ]] || { echo "no H2 database at $file" >&2; return 2; }
  local base=${file%.mv.db}
  local boot h2
  boot=$(sed -n '/<parent>/,/<\/parent>/s#.*<version>\(.*\)</version>.*#\1#p' pom.xml)
  h2=$(sed -n 's#.*<h2.version>\(.*\)</h2.version>.*#\1#p' \
    ~/.m2/repository/org/springframework/boot/spring-boot-dependencies/"$boot"/spring-boot-dependencies-"$boot".pom)
  local jar=~/.m2/repository/com/h2database/h2/$h2/h2-$h2.jar
  [[ -f "$jar" ]] || { echo "H2 $h2 (Spring Boot $boot) is not in ~/.m2: run ./mvnw dependency:resolve" >&2; return 2; }
  rm -rf "$out/h2" && mkdir -p "$out/h2"
  # counts every base table of every schema but H2's own, through H2's JDBC driver (Java's single-file launcher)
  cat > "$out/h2/RowCounts.java" <<'JAVA'
import java.sql.*;
import java.util.*;
class RowCounts {
    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery(
                    "select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE'"
                    + " and table_schema <> 'INFORMATION_SCHEMA' order by 1, 2")) {
                while (r.next()) tables.add('"' + r.getString(1) + "\".\"" + r.getString(2) + '"');
            }
            for (String t : tables) {
                try (ResultSet r = c.createStatement().executeQuery("select count(*) from " + t)) {
                    r.next();
                    System.out.println(t.replace("\"", "") + " " + r.getLong(1));
                }
            }
        }
    }
}
JAVA
  local dump="$out/h2/tremplin-h2.zip" restored="$PWD/$out/h2/restored/tremplin"
  report "## H2 restore drill, $(date -u +%Y-%m-%dT%H:%MZ)"
  report ""
  report "- source: $file ($(du -h "$file" | cut -f1)), H2 $h2 (the version Spring Boot $boot manages)"
  local t
  t=$(now)
  # IFEXISTS: a wrong path must fail, not create an empty database and "back it up"
  if ! java -cp "$jar" org.h2.tools.Script -url "jdbc:h2:file:$base;IFEXISTS=TRUE" -user sa -password "" \
    -script "$dump" -options COMPRESSION ZIP 2> "$out/h2/script.err"; then
    if grep -q 'file is locked' "$out/h2/script.err"; then
      report "- FAILED: $file is locked: Tremplin (or another H2 client) has it open. Stop Tremplin, then run again."
    else
      report "- FAILED: org.h2.tools.Script: $(head -1 "$out/h2/script.err")"
    fi
    return 1
  fi
  report "- backup (org.h2.tools.Script, zipped SQL): $(du -h "$dump" | cut -f1) in $(took "$t")"
  t=$(now)
  java -cp "$jar" org.h2.tools.RunScript -url "jdbc:h2:file:$restored" -user sa -password "" \
    -script "$dump" -options COMPRESSION ZIP
  report "- restore (org.h2.tools.RunScript into a fresh file): $(du -h "$restored.mv.db" | cut -f1) in $(took "$t")"
  t=$(now)
  java -cp "$jar" "$out/h2/RowCounts.java" "jdbc:h2:file:$base;IFEXISTS=TRUE;ACCESS_MODE_DATA=r" > "$out/h2/before.txt"
  java -cp "$jar" "$out/h2/RowCounts.java" "jdbc:h2:file:$restored;IFEXISTS=TRUE" > "$out/h2/after.txt"
  report "- row counts of both (information_schema.tables, count(*) per table) in $(took "$t")"
  compare_counts "$out/h2/before.txt" "$out/h2/after.txt"
}

pg_drill() {
  local psql_=(psql -h 127.0.0.1 -U postgres -qtAX)
  local jar=${TREMPLIN_DRILL_JAR:-}
  if [[ -z "$jar" ]]; then
    jar=$(ls target/tremplin-*.jar 2>/dev/null | head -1 || true)
  fi
  if [[ -z "$jar" ]]; then
    echo "Building the production jar (log: $out/jar.log)"
    ./mvnw -B -ntp -Pproduction package -DskipTests -Dspotless.check.skip=true > "$out/jar.log" 2>&1
    jar=$(ls target/tremplin-*.jar | head -1)
    # the production build leaves production-mode markers in target/classes: tests run in development mode
    rm -f target/classes/META-INF/VAADIN/config/flow-build-info.json
  fi
  # global, not local: the EXIT trap runs after this function has returned
  src="tremplin_drill_src_$$" dst="tremplin_drill_restored_$$" node=""
  # shellcheck disable=SC2317 # called by the trap
  cleanup() {
    [[ -z "$node" ]] || kill "$node" 2>/dev/null || true
    wait 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -qtAX -d postgres -c "drop database if exists $src with (force)" || true
    psql -h 127.0.0.1 -U postgres -qtAX -d postgres -c "drop database if exists $dst with (force)" || true
  }
  trap cleanup EXIT
  "${psql_[@]}" -d postgres -c "create database $src"
  report "## PostgreSQL restore drill, $(date -u +%Y-%m-%dT%H:%MZ)"
  report ""
  local t
  t=$(now)
  SPRING_PROFILES_ACTIVE=postgres TREMPLIN_DEMO_ENABLED=true TREMPLIN_NODE_NAME=drill PORT=18095 \
  TREMPLIN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$src" TREMPLIN_DB_USER=postgres TREMPLIN_DB_PASSWORD= \
  TREMPLIN_PLATFORM_MODE=simulator TREMPLIN_PSEUDONYM_KEY=restore-drill-pseudonym-key \
  TREMPLIN_PUBLIC_URL=http://localhost:18095 \
    java -XX:MaxRAMPercentage=25 -jar "$jar" > "$out/node.log" 2>&1 &
  node=$!
  local ready=""
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null http://127.0.0.1:18095/actuator/health/readiness; then ready=yes; break; fi
    kill -0 "$node" 2>/dev/null || break
    sleep 1
  done
  [[ -n "$ready" ]] || { report "- FAILED: the source node did not get ready (see $out/node.log)"; return 1; }
  kill "$node"; wait "$node" 2>/dev/null || true; node=""
  report "- source $src: made by $jar (postgres profile, demo cases on), ready and stopped in $(took "$t")"
  local size
  size=$("${psql_[@]}" -d postgres -c "select pg_size_pretty(pg_database_size('$src'))")
  t=$(now)
  pg_dump -h 127.0.0.1 -U postgres -Fc -f "$out/tremplin.dump" "$src"
  report "- backup (pg_dump -Fc) of $size: $(du -h "$out/tremplin.dump" | cut -f1) in $(took "$t")"
  t=$(now)
  "${psql_[@]}" -d postgres -c "create database $dst"
  pg_restore -h 127.0.0.1 -U postgres --exit-on-error -d "$dst" "$out/tremplin.dump"
  report "- restore (pg_restore into a new database): $(took "$t")"
  counts() { # database
    local tables
    tables=$("${psql_[@]}" -d "$1" -c "select format('%I.%I', schemaname, tablename) from pg_tables
      where schemaname not in ('pg_catalog', 'information_schema') order by 1")
    for table in $tables; do
      echo "$table $("${psql_[@]}" -d "$1" -c "select count(*) from $table")"
    done
  }
  counts "$src" > "$out/pg-before.txt"
  counts "$dst" > "$out/pg-after.txt"
  local running="select count(*) from act_ru_execution where id_ = proc_inst_id_"
  report "- running process instances: $("${psql_[@]}" -d "$src" -c "$running") original, $("${psql_[@]}" -d "$dst" -c "$running") restored"
  report "- Flyway history: $("${psql_[@]}" -d "$dst" -c "select count(*) || ' migrations, newest V' || max(version::int) || ', failed ' || count(*) filter (where not success) from flyway_schema_history where version ~ '^[0-9]+$'") (restored)"
  compare_counts "$out/pg-before.txt" "$out/pg-after.txt"
}

: > "$out/report.md"
case "${1:-all}" in
  h2) h2_drill "${2:-}" ;;
  postgres) pg_drill ;;
  all) h2_drill "${2:-}" && report "" && pg_drill ;;
  *) echo "usage: $0 [h2 [file.mv.db] | postgres]" >&2; exit 2 ;;
esac
