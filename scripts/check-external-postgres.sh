#!/usr/bin/env bash
# Proves that Oversight runs against a separately started PostgreSQL 15 (Debian's `postgresql`
# package) instead of its embedded server:
#   1. installs PostgreSQL 15 when missing (apt-get; needs root),
#   2. starts a throw-away cluster on 127.0.0.1 with a role and database `oversight`,
#   3. runs ./oversight (plan import / plan list / re-import / users add) with SPRING_DATASOURCE_*,
#   4. checks with psql that the schema and rows are in that database and that the embedded
#      server's data folder was never created,
#   5. starts the web application on the same database and fetches /plans,
#   6. stops everything and removes the cluster (trap), also on failure.
# Usage (as root, from anywhere): scripts/check-external-postgres.sh
# Environment: PG_BIN (default /usr/lib/postgresql/15/bin), WEB_PORT (default 18080).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
WEB_PORT="${WEB_PORT:-18080}"
JAR="$root/target/oversight.jar"
PLAN_KEYS=(wm-police-and-crime-plan wm-police-and-crime-plan-2021-2025 wm-strategic-policing-plan-2008-2011)

step() { echo; echo "==> $*"; }
info() { echo "    $*"; }
fail() { echo; echo "external PostgreSQL check: FAILED: $*" >&2; exit 1; }

tmp=""
pg_started=""
web_pid=""
passed=""

cleanup() {
    local rc=$?
    set +e
    if [ -n "$web_pid" ] && kill -0 "$web_pid" 2>/dev/null; then
        echo "==> cleanup: stopping the web application (pid $web_pid)"
        kill "$web_pid" 2>/dev/null
        for _ in $(seq 1 30); do kill -0 "$web_pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$web_pid" 2>/dev/null
        wait "$web_pid" 2>/dev/null
    fi
    if [ -n "$pg_started" ]; then
        echo "==> cleanup: stopping the PostgreSQL cluster"
        (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$tmp/cluster" -m fast -w stop) >/dev/null 2>&1 \
            || echo "    warning: pg_ctl stop failed" >&2
    fi
    if [ -n "$tmp" ] && [ -d "$tmp" ]; then
        if [ "$rc" -ne 0 ]; then
            for log in "$tmp"/cli-stderr.log "$tmp"/web.log "$tmp"/postgres.log; do
                [ -s "$log" ] || continue
                echo "---- last lines of $(basename "$log") ----" >&2
                tail -n 40 "$log" >&2
            done
        fi
        echo "==> cleanup: removing $tmp"
        rm -rf "$tmp"
    fi
    if [ "$rc" -eq 0 ] && [ -n "$passed" ]; then
        echo
        echo "external PostgreSQL check: passed"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------------------------------------
step "1. PostgreSQL 15 binaries in $PG_BIN"
[ "$(id -u)" -eq 0 ] || fail "run as root (needs apt-get and runuser)"
if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ] || ! command -v psql >/dev/null; then
    info "not installed: apt-get update && apt-get install -y postgresql"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi
[ -x "$PG_BIN/initdb" ] || fail "$PG_BIN/initdb not found after installing postgresql"
info "$("$PG_BIN/postgres" --version)"
id postgres >/dev/null 2>&1 || fail "OS user 'postgres' is missing"
command -v java >/dev/null || fail "java not found"
command -v curl >/dev/null || fail "curl not found"

# ---------------------------------------------------------------------------------------------
step "2. Throw-away cluster"
tmp="$(mktemp -d /tmp/oversight-extpg.XXXXXX)"
chown postgres:postgres "$tmp"
chmod 700 "$tmp"
info "temp dir: $tmp (owner postgres)"

pg_port=""
for candidate in $(seq 55432 55532); do
    if ! port_in_use "$candidate"; then pg_port="$candidate"; break; fi
done
[ -n "$pg_port" ] || fail "no free port in 55432-55532 on 127.0.0.1"
port_in_use "$WEB_PORT" && fail "port $WEB_PORT on 127.0.0.1 is already in use (set WEB_PORT)"

db_password="$(openssl rand -hex 16 2>/dev/null || head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
info "initdb (superuser postgres: peer auth on the socket only; TCP: scram-sha-256)"
(cd / && runuser -u postgres -- "$PG_BIN/initdb" -D "$tmp/cluster" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256) >"$tmp/initdb.log" 2>&1 \
    || { cat "$tmp/initdb.log" >&2; fail "initdb failed"; }

# Loopback only; the socket goes in the temp dir (no need for /var/run/postgresql).
cat >>"$tmp/cluster/postgresql.conf" <<CONF

# added by oversight scripts/check-external-postgres.sh
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$tmp'
CONF
info "pg_ctl start on 127.0.0.1:$pg_port (socket in $tmp)"
(cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$tmp/cluster" -l "$tmp/postgres.log" -w -t 60 start) >/dev/null \
    || fail "pg_ctl start failed (see postgres.log)"
pg_started=yes

su_psql() { (cd / && runuser -u postgres -- "$PG_BIN/psql" -h "$tmp" -p "$pg_port" -U postgres -X -v ON_ERROR_STOP=1 -qAt "$@"); }
info "server: $(su_psql -d postgres -c 'SHOW server_version')"
info "creating role oversight (LOGIN, password) and database oversight owned by it"
su_psql -d postgres -c "CREATE ROLE oversight LOGIN PASSWORD '$db_password'"
su_psql -d postgres -c "CREATE DATABASE oversight OWNER oversight"

export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/oversight"
export SPRING_DATASOURCE_USERNAME=oversight
export SPRING_DATASOURCE_PASSWORD="$db_password"
info "SPRING_DATASOURCE_URL=$SPRING_DATASOURCE_URL"
info "SPRING_DATASOURCE_USERNAME=$SPRING_DATASOURCE_USERNAME"
info "SPRING_DATASOURCE_PASSWORD=(random, 32 hex characters)"

# psql as the application's role, over TCP, exactly as the application connects.
app_psql() { PGPASSWORD="$db_password" psql -h 127.0.0.1 -p "$pg_port" -U oversight -d oversight -X -v ON_ERROR_STOP=1 -qAt "$@"; }
[ "$(app_psql -c 'SELECT 1')" = 1 ] || fail "cannot connect as oversight over TCP"

# The embedded server's folder: must never be created while the external database is configured.
no_embedded="$tmp/embedded-data-must-not-exist"
info "embedded data folder passed on every run (must stay absent): $no_embedded"
assert_no_embedded() {
    [ ! -e "$no_embedded" ] || fail "$no_embedded was created: the embedded PostgreSQL started"
}

cli() {
    local out="$tmp/cli.out"
    set +e
    ./oversight --data-dir "$no_embedded" "$@" >"$out" 2>>"$tmp/cli-stderr.log"
    local rc=$?
    set -e
    sed 's/^/    | /' "$out"
    [ "$rc" -eq 0 ] || fail "./oversight $* exited with $rc (stderr in cli-stderr.log, shown below)"
    assert_no_embedded
}

# ---------------------------------------------------------------------------------------------
step "3. ./oversight plan import src/main/resources/plan/examples/*.yaml"
[ -f "$JAR" ] || info "target/oversight.jar missing: ./oversight builds it first (about a minute)"
cli plan import src/main/resources/plan/examples/*.yaml
[ "$(grep -c 'version .* created' "$tmp/cli.out" || true)" = 4 ] || fail "first import did not create 4 plan versions"

step "4. ./oversight plan list"
cli plan list
for key in "${PLAN_KEYS[@]}"; do
    grep -Eq "(^|[^[:alnum:]-])${key}([^[:alnum:]-]|$)" "$tmp/cli.out" || fail "plan list does not show $key"
    info "listed: $key"
done

step "5. importing the same files again (expect \"unchanged\")"
cli plan import src/main/resources/plan/examples/*.yaml
unchanged="$(grep -c 'unchanged' "$tmp/cli.out" || true)"
[ "$unchanged" -ge 1 ] || fail "second import does not report \"unchanged\""
grep -q ' created' "$tmp/cli.out" && fail "second import created something: it should store nothing new"
info "\"unchanged\" reported on $unchanged line(s)"

step "6. printf 'a-long-password-123\\n' | ./oversight users add --role admin checker"
printf 'a-long-password-123\n' | cli users add --role admin checker
cli users list
grep -q 'checker' "$tmp/cli.out" || fail "users list does not show checker"
if [ -s "$tmp/cli-stderr.log" ]; then
    info "standard error of the ./oversight runs (logs, WARN and above):"
    sed 's/^/    ! /' "$tmp/cli-stderr.log"
else
    info "the ./oversight runs wrote nothing on standard error"
fi

# ---------------------------------------------------------------------------------------------
step "7. psql directly against 127.0.0.1:$pg_port/oversight"
info "schemas: $(app_psql -c "SELECT string_agg(nspname, ', ' ORDER BY nspname) FROM pg_namespace WHERE nspname IN ('accounts', 'plan')")"
flyway_table="$(app_psql -c "SELECT to_regclass('public.flyway_schema_history')")"
[ "$flyway_table" = "flyway_schema_history" ] || fail "flyway_schema_history not found in the external database"
info "flyway history (public.flyway_schema_history):"
app_psql -F ' | ' -c "SELECT version, description, success FROM public.flyway_schema_history ORDER BY installed_rank" | sed 's/^/    | /'
failed="$(app_psql -c 'SELECT count(*) FROM public.flyway_schema_history WHERE NOT success')"
[ "$failed" = 0 ] || fail "$failed failed migration(s) in flyway_schema_history"
versions="$(app_psql -c 'SELECT count(*) FROM plan.plan_version')"
info "plan.plan_version rows: $versions"
[ "$versions" = 4 ] || fail "expected 4 rows in plan.plan_version, found $versions"
users="$(app_psql -c 'SELECT count(*) FROM accounts.user_account')"
info "accounts.user_account rows: $users"
[ "$users" = 1 ] || fail "expected 1 row in accounts.user_account, found $users"
owner="$(app_psql -c "SELECT tableowner FROM pg_tables WHERE schemaname = 'plan' AND tablename = 'plan_version'")"
[ "$owner" = oversight ] || fail "plan.plan_version is owned by '$owner', expected oversight"
info "tables owned by: $owner"
assert_no_embedded
info "embedded data folder absent: $no_embedded"

# ---------------------------------------------------------------------------------------------
step "8. web application on 127.0.0.1:$WEB_PORT against the same database"
# Run a copy of the jar: target/oversight.jar may be rebuilt while the application runs, and a
# running JVM cannot load classes from a jar replaced under it (seen as NoClassDefFoundError).
cp "$JAR" "$tmp/oversight.jar"
java -jar "$tmp/oversight.jar" --server.address=127.0.0.1 --server.port="$WEB_PORT" \
    --oversight.database.data-dir="$no_embedded" >"$tmp/web.log" 2>&1 &
web_pid=$!
info "started (pid $web_pid), waiting up to 90 s for http://127.0.0.1:$WEB_PORT/plans"
status=""
deadline=$((SECONDS + 90))
while [ "$SECONDS" -lt "$deadline" ]; do
    kill -0 "$web_pid" 2>/dev/null || fail "the web application exited early (see web.log)"
    status="$(curl -s -o "$tmp/plans.html" -w '%{http_code}' --max-time 5 "http://127.0.0.1:$WEB_PORT/plans" || true)"
    [ "$status" = 200 ] && break
    sleep 2
done
[ "$status" = 200 ] || fail "GET /plans did not answer 200 within 90 s (last status: ${status:-none})"
info "GET /plans -> 200 after $((90 - (deadline - SECONDS))) s"
grep -q 'Police and Crime Plan' "$tmp/plans.html" || fail "/plans does not contain \"Police and Crime Plan\""
info "page contains \"Police and Crime Plan\""
grep -q 'embedded_database_started' "$tmp/web.log" && fail "the web application started the embedded database"
info "from the web application's log:"
grep -E 'HikariPool-[0-9]+ - (Added connection|Start completed)|Successfully validated|Current version of schema|is up to date' \
    "$tmp/web.log" | sed -E 's/^.*(INFO|WARN) [0-9]+ --- \[[^]]*\] \[ *[^]]*\] //; s/^/    | /'
grep -Eq 'ERROR' "$tmp/web.log" && { grep -E 'ERROR' "$tmp/web.log" >&2; fail "errors in the web application's log"; }
versions_after="$(app_psql -c 'SELECT count(*) FROM plan.plan_version')"
[ "$versions_after" = 4 ] || fail "plan.plan_version changed to $versions_after rows after the web start"
info "stopping the web application"
kill "$web_pid"
for _ in $(seq 1 30); do kill -0 "$web_pid" 2>/dev/null || break; sleep 1; done
kill -0 "$web_pid" 2>/dev/null && fail "the web application did not stop within 30 s"
wait "$web_pid" 2>/dev/null || true
web_pid=""
if grep -Eq 'Exception|ERROR' "$tmp/web.log"; then
    grep -E -A5 'Exception|ERROR' "$tmp/web.log" >&2
    fail "the web application logged errors (see above)"
fi
info "stopped cleanly (no errors in its log)"
assert_no_embedded
info "embedded data folder still absent: $no_embedded"

# The final "passed" line is printed by cleanup, after the cluster is stopped and removed.
passed=yes
