#!/usr/bin/env bash
# Starts and stops a throwaway PostgreSQL 15 server on 127.0.0.1 for the tests (sourced by .ci/run; also
# usable by hand: `source .ci/postgres.sh && start_postgres && echo "$TEST_DATABASE_URL"`, then
# `stop_postgres`). The server runs as the postgres user (it refuses root) in a temporary data directory with
# trust authentication on loopback only; Debian's postgresql-15 is installed when the binaries are missing.
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

install_postgres() {
  if [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "installing Debian's postgresql-15 for the PostgreSQL tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
  fi
}

# A free TCP port on 127.0.0.1, chosen by the kernel.
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_postgres() {
  install_postgres
  PG_DATA_DIR="$(mktemp -d /tmp/modelwatch-pg.XXXXXX)"
  chown postgres: "$PG_DATA_DIR"
  PG_PORT="$(free_port)"
  su postgres -c "$PG_BIN/initdb -D '$PG_DATA_DIR/data' -A trust -U postgres" >/dev/null
  su postgres -c "$PG_BIN/pg_ctl -D '$PG_DATA_DIR/data' -w -l '$PG_DATA_DIR/server.log' \
    -o \"-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
  export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
  export PG_DATA_DIR PG_PORT
  echo "PostgreSQL 15 running on 127.0.0.1:$PG_PORT (data in $PG_DATA_DIR)"
}

stop_postgres() {
  if [ -n "${PG_DATA_DIR:-}" ] && [ -d "$PG_DATA_DIR/data" ]; then
    su postgres -c "$PG_BIN/pg_ctl -D '$PG_DATA_DIR/data' -m fast -w stop" >/dev/null || true
    rm -rf "$PG_DATA_DIR"
    echo "PostgreSQL stopped"
  fi
}
