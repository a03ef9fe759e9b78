#!/usr/bin/env bash
# A throw-away PostgreSQL server for the engine tests: a fresh cluster in a private folder,
# listening only on a Unix socket in that folder (no TCP port), trust authentication, stopped
# and deleted afterwards. Used by .ci/run, by the test setup (test/pg-setup.ts) and by hand:
#
#   eval "$(scripts/pg-test-server.sh start /tmp/mbc-pg)"   # prints: export MBC_PG_URL=…
#   npm test
#   scripts/pg-test-server.sh stop /tmp/mbc-pg
#
# The PostgreSQL binaries are found on the PATH or in /usr/lib/postgresql/<version>/bin
# (Debian's `postgresql` package). initdb refuses to run as root, so as root the server runs
# as the `postgres` user (created by that package; created here when missing).
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop <folder>" >&2
  exit 2
fi

bin=""
if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
  bin=$(dirname "$(command -v pg_ctl)")
else
  for candidate in /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bin=$candidate; fi
  done
fi
if [ -z "$bin" ]; then
  echo "pg-test-server: no PostgreSQL binaries (initdb, pg_ctl) found; install Debian's postgresql package" >&2
  exit 1
fi

# Run a command as the server's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

case "$command" in
  start)
    if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" --pgdata "$dir/data" --username postgres --auth trust --encoding UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" --pgdata "$dir/data" --log "$dir/server.log" --wait --silent \
      -o "-k $dir -h '' -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start \
      || { cat "$dir/server.log" >&2; exit 1; }
    # Connect over the socket in $dir (the URL's host is the folder, percent-encoded).
    host=$(printf '%s' "$dir" | sed 's#/#%2F#g')
    echo "export MBC_PG_URL=postgresql://postgres@${host}:5432/postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" --pgdata "$dir/data" --mode immediate --wait --silent stop || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop <folder>" >&2
    exit 2
    ;;
esac
