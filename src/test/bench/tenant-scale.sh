#!/usr/bin/env bash
# Tenant scale, from outside over HTTP: starts the production jar on the mysql profile against the database that
# ScaleSeeder wrote, then drives headless Chromium (TenantScaleBenchmark) through the agency home, the switcher, the
# KPI detail, a dashboard navigation and the funnel of the small and the large agency, interleaved; stops the jar.
# Never part of ./mvnw verify. Build first: ./mvnw -Pproduction package -DskipTests, and
# ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
# Usage: src/test/bench/tenant-scale.sh   (env: DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=root DB_PASSWORD=
#        DB=goalpost_scale PORT=8117 ROUNDS=20 WARMUP=5 JAR=target/goalpost-0.1.0-SNAPSHOT.jar)
set -euo pipefail
JAR=${JAR:-target/goalpost-0.1.0-SNAPSHOT.jar}
DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-3306} DB_USER=${DB_USER:-root} DB_PASSWORD=${DB_PASSWORD:-}
DB=${DB:-goalpost_scale} PORT=${PORT:-8117} ROUNDS=${ROUNDS:-20} WARMUP=${WARMUP:-5}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
log=target/tenant-scale-app.log
GOALPOST_DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?sslMode=DISABLED" GOALPOST_DB_USER="$DB_USER" \
    GOALPOST_DB_PASSWORD="$DB_PASSWORD" VAADIN_USAGE_STATS_ENABLED=false \
    "$JAVA" -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=mysql --server.port="$PORT" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited; log: $log" >&2; exit 1; fi
    sleep 0.2
done
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA" -Dbase="http://127.0.0.1:$PORT" -Drounds="$ROUNDS" -Dwarmup="$WARMUP" \
    -cp target/classes:target/test-classes:"$(cat target/cp.txt)" app.goalpost.shell.bench.TenantScaleBenchmark
