#!/usr/bin/env bash
# Start-up benchmark: production jar on the mysql profile, time from `java -jar` to the first HTTP 200 of /login.
# Runs RUNS starts on an empty database (Flyway creates the schema) and RUNS on the migrated one (a restart).
# Never part of ./mvnw verify. Build first: ./mvnw -Pproduction package -DskipTests
# Usage: src/test/bench/start-up.sh [jar]   (env: DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=root DB_PASSWORD= PORT=8191 RUNS=3)
# AOT=1: the same starts from the extracted jar with a JDK 25 AOT cache (JEP 483/515) made by one training run
# (java -XX:AOTCacheOutput=... -Dspring.context.exit=onRefresh), as Spring Boot documents for the JVM's AOT cache.
set -euo pipefail
JAR=${1:-target/goalpost-0.1.0-SNAPSHOT.jar}
DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-3306} DB_USER=${DB_USER:-root} DB_PASSWORD=${DB_PASSWORD:-}
PORT=${PORT:-8191} RUNS=${RUNS:-3} DB=goalpost_start_bench
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

sql() { mysql -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e "$1"; }
fresh_db() {
    sql "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
}

# one start: prints seconds to the first 200 of /login, and Spring's own "Started ... in" figure
start_once() {
    local log; log=$(mktemp)
    local t0; t0=$(date +%s.%N)
    GOALPOST_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?sslMode=DISABLED" GOALPOST_DB_USER="$DB_USER" \
        GOALPOST_DB_PASSWORD="$DB_PASSWORD" GOALPOST_UNSUBSCRIBE_SECRET=bench-unsubscribe-secret VAADIN_USAGE_STATS_ENABLED=false \
        "$JAVA" -XX:MaxRAMPercentage=75 ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=mysql \
        --server.port="$PORT" >"$log" 2>&1 &
    local pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited; log: $log" >&2; exit 1; fi
        sleep 0.05
    done
    local t1; t1=$(date +%s.%N)
    # CPU the JVM used until then (user + system): less sensitive than wall time to other work on the machine
    local ticks; ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf '%.2f s to first 200 of /login, %.1f s CPU (%s); load average %s\n' "$(echo "$t1 - $t0" | bc)" \
        "$(echo "$ticks / $(getconf CLK_TCK)" | bc -l)" \
        "$(grep -o 'Started GoalpostApplication in [0-9.]* seconds' "$log" || echo 'no Started line')" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    if [ -n "${KEEP_LOG:-}" ]; then echo "log: $log"; else rm -f "$log"; fi
}

if [ -n "${AOT:-}" ]; then
    dir=target/start-up-aot
    rm -rf "$dir" && mkdir -p "$dir"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$dir/app" >/dev/null
    JAR="$dir/app/$(basename "$JAR")"
    fresh_db
    GOALPOST_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?sslMode=DISABLED" GOALPOST_DB_USER="$DB_USER" \
        GOALPOST_DB_PASSWORD="$DB_PASSWORD" GOALPOST_UNSUBSCRIBE_SECRET=bench-unsubscribe-secret VAADIN_USAGE_STATS_ENABLED=false \
        "$JAVA" -XX:MaxRAMPercentage=75 -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh -jar "$JAR" \
        --spring.profiles.active=mysql --server.port="$PORT" >"$dir/training.log" 2>&1
    JAVA_OPTS="-XX:AOTCache=$dir/app.aot ${JAVA_OPTS:-}"
    echo "with the AOT cache $dir/app.aot ($(du -h "$dir/app.aot" | cut -f1)):"
fi
echo "empty database (Flyway migrates):"
for _ in $(seq "$RUNS"); do fresh_db; start_once; done
echo "migrated database (restart):"
for _ in $(seq "$RUNS"); do start_once; done
sql "DROP DATABASE IF EXISTS $DB;"
