#!/usr/bin/env bash
# Two Goalpost nodes behind HAProxy on this machine, from Debian's packages: one throwaway MariaDB (the MySQL
# stand-in), Redis (the machine's on 6379 if it answers, else one started here), two app nodes on the mysql profile
# and HAProxy with sticky sessions in front. The same topology as docker/compose.two-nodes.yaml, for tests and trials.
#
#   deploy/two-nodes.sh start    build nothing; start everything; print the addresses (also written to $WORK/env)
#   deploy/two-nodes.sh stop     stop everything started here and remove the throwaway database
#   deploy/two-nodes.sh kill N   kill node N (1 or 2) hard, as a crash would
#   deploy/two-nodes.sh revive N start node N again (after kill) and wait until it is ready
#
# Needs the production jar: ./mvnw -Pproduction package -DskipTests
# Environment (defaults): JAR (target/goalpost-*.jar), WORK (/tmp/goalpost-two-nodes), LB_PORT (8180), NODE1_PORT
# (8181), NODE2_PORT (8182), DB_PORT (3308), REDIS_PORT (6379 if the machine's Redis answers, else 6390, started here).
# Node 1 loads the demo agency (demo logins as in the README); node 2 starts after it on the migrated schema.
# The nodes run a copy of the jar in $WORK, never target/ itself: a JVM reads classes from its jar while it runs,
# and a Maven build in the same tree (./mvnw verify for the journeys) truncates and rewrites target/*.jar in place,
# after which both nodes fail every request that needs a class not loaded yet (empty 500s, not even logged).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-/tmp/goalpost-two-nodes}
LB_PORT=${LB_PORT:-8180} NODE1_PORT=${NODE1_PORT:-8181} NODE2_PORT=${NODE2_PORT:-8182} DB_PORT=${DB_PORT:-3308}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

fail() { echo "two-nodes: FAIL: $*" >&2; exit 1; }
pid_of() { cat "$WORK/$1.pid" 2>/dev/null || true; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

wait_http() { # url, what, pid-name
    for _ in $(seq 1 600); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ]; then return 0; fi
        if [ -n "${3:-}" ] && ! alive "$3"; then fail "$2 exited; see $WORK/$3.log"; fi
        sleep 0.5
    done
    fail "$2 did not answer at $1 within 300 s; see $WORK/${3:-}.log"
}

start_db() {
    command -v mariadbd >/dev/null || fail "mariadbd not installed (apt-get install mariadb-server)"
    mkdir -p "$WORK/db"
    chown -R mysql:mysql "$WORK/db" 2>/dev/null || true
    mariadb-install-db --no-defaults --user=mysql --datadir="$WORK/db/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$WORK/db-install.log" 2>&1 || fail "mariadb-install-db; see $WORK/db-install.log"
    mariadbd --no-defaults --user=mysql --datadir="$WORK/db/data" --socket="$WORK/db/sock" --bind-address=127.0.0.1 \
        --port="$DB_PORT" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        >"$WORK/db.log" 2>&1 &
    echo $! >"$WORK/db.pid"
    for _ in $(seq 1 60); do
        mariadb-admin --no-defaults --socket="$WORK/db/sock" -uroot ping >/dev/null 2>&1 && break
        sleep 0.5
    done
    mariadb-admin --no-defaults --socket="$WORK/db/sock" -uroot ping >/dev/null 2>&1 || fail "MariaDB did not start"
    mariadb --no-defaults --socket="$WORK/db/sock" -uroot -e "
      CREATE DATABASE goalpost CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER 'goalpost'@'127.0.0.1' IDENTIFIED BY 'goalpost-two-nodes';
      GRANT ALL PRIVILEGES ON goalpost.* TO 'goalpost'@'127.0.0.1';"
}

start_redis() {
    if [ -z "${REDIS_PORT:-}" ] && redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
        REDIS_PORT=6379
        echo "two-nodes: using the machine's Redis on 127.0.0.1:6379"
        return
    fi
    REDIS_PORT=${REDIS_PORT:-6390}
    if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then return; fi
    command -v redis-server >/dev/null || fail "no Redis answers and redis-server is not installed"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --daemonize yes \
        --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log"
    for _ in $(seq 1 20); do redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && return; sleep 0.25; done
    fail "Redis did not start on $REDIS_PORT"
}

start_node() { # n port extra-args...
    local n=$1 port=$2; shift 2
    GOALPOST_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/goalpost?sslMode=DISABLED" GOALPOST_DB_USER=goalpost \
    GOALPOST_DB_PASSWORD=goalpost-two-nodes GOALPOST_BASE_URL="http://localhost:$LB_PORT" \
    GOALPOST_UNSUBSCRIBE_SECRET=two-nodes-unsubscribe-secret GOALPOST_TRUSTED_PROXIES='127\.0\.0\.1' VAADIN_USAGE_STATS_ENABLED=false \
        "$JAVA" -Xmx512m -jar "$WORK/goalpost.jar" --spring.profiles.active=mysql --server.port="$port" \
        --spring.data.redis.host=127.0.0.1 --spring.data.redis.port="$REDIS_PORT" --goalpost.collab.redis.enabled=true \
        "$@" >"$WORK/node$n.log" 2>&1 &
    echo $! >"$WORK/node$n.pid"
}

start() {
    command -v haproxy >/dev/null || fail "haproxy not installed (apt-get install haproxy)"
    JAR=${JAR:-$(ls target/goalpost-*.jar 2>/dev/null | grep -v original | head -1)}
    [ -n "$JAR" ] && [ -f "$JAR" ] || fail "no jar; build it: ./mvnw -Pproduction package -DskipTests"
    stop >/dev/null 2>&1 || true
    rm -rf "$WORK"; mkdir -p "$WORK"
    cp "$JAR" "$WORK/goalpost.jar"
    start_db
    start_redis
    start_node 1 "$NODE1_PORT" --goalpost.demo-data.enabled=true
    wait_http "http://127.0.0.1:$NODE1_PORT/actuator/health/readiness" "node 1" node1
    start_node 2 "$NODE2_PORT"
    wait_http "http://127.0.0.1:$NODE2_PORT/actuator/health/readiness" "node 2" node2
    GP_LB_BIND="127.0.0.1:$LB_PORT" GP_NODE1="127.0.0.1:$NODE1_PORT" GP_NODE2="127.0.0.1:$NODE2_PORT" \
        haproxy -f deploy/haproxy.cfg -D -p "$WORK/haproxy.pid" || fail "haproxy did not start"
    wait_http "http://127.0.0.1:$LB_PORT/login" "the balancer"
    cat >"$WORK/env" <<ENV
GOALPOST_TWO_NODES_URL=http://localhost:$LB_PORT
GOALPOST_NODE1_URL=http://localhost:$NODE1_PORT
GOALPOST_NODE2_URL=http://localhost:$NODE2_PORT
GOALPOST_TWO_NODES_CONTROL=$(pwd)/deploy/two-nodes.sh
GOALPOST_TWO_NODES_WORK=$WORK
GOALPOST_REDIS_PORT=$REDIS_PORT
ENV
    echo "two-nodes: balancer http://localhost:$LB_PORT -> node 1 :$NODE1_PORT, node 2 :$NODE2_PORT;" \
        "MariaDB :$DB_PORT; Redis :$REDIS_PORT; logs in $WORK"
}

stop() {
    for name in haproxy node2 node1; do
        if alive "$name"; then kill "$(pid_of "$name")" 2>/dev/null || true; fi
    done
    for name in node2 node1; do
        local p; p=$(pid_of "$name")
        for _ in $(seq 1 40); do { [ -n "$p" ] && kill -0 "$p" 2>/dev/null; } || break; sleep 0.25; done
    done
    if [ -f "$WORK/redis.pid" ]; then kill "$(cat "$WORK/redis.pid")" 2>/dev/null || true; fi
    if alive db; then kill "$(pid_of db)"; sleep 1; fi
    rm -rf "$WORK/db" "$WORK/goalpost.jar"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    kill)
        [ "${2:-}" = 1 ] || [ "${2:-}" = 2 ] || fail "kill 1 or kill 2"
        alive "node$2" || fail "node $2 is not running"
        kill -9 "$(pid_of "node$2")"
        echo "two-nodes: node $2 killed" ;;
    revive)
        [ "${2:-}" = 1 ] || [ "${2:-}" = 2 ] || fail "revive 1 or revive 2"
        alive "node$2" && fail "node $2 is running"
        REDIS_PORT=$(sed -n 's/^GOALPOST_REDIS_PORT=//p' "$WORK/env")
        port=$NODE1_PORT; [ "$2" = 2 ] && port=$NODE2_PORT
        start_node "$2" "$port"
        wait_http "http://127.0.0.1:$port/actuator/health/readiness" "node $2" "node$2"
        echo "two-nodes: node $2 is back" ;;
    *) echo "usage: $0 start|stop|kill N|revive N" >&2; exit 2 ;;
esac
