#!/bin/sh
# One image, one process per container, chosen by the first argument (default: web).
#   web                       the web app (apps/web/server.mjs in Next's standalone output) on PORT, default 3000
#   worker                    pg-boss consumers and the search-outbox drainer
#   migrate                   apply the SQL migrations to DATABASE_URL, then exit
#   admin <command> …         npm run admin's commands (user:create, user:list, user:admin, token:create)
#   ingest <inputs> … | reindex   the worker's CLIs
# Anything else runs as a command (e.g. `sh`).
set -e
role="${1:-web}"
[ $# -gt 0 ] && shift
# For the HEALTHCHECK (scripts/docker/healthcheck.ts): which process this container runs.
echo "$role" > /tmp/commonplace-role 2>/dev/null || true
# Heap caps (apps/worker/src/heap.ts) go first in NODE_OPTIONS, so one given with `-e NODE_OPTIONS=…` wins.
case "$role" in
  web)
    export NODE_OPTIONS="$(cat /app/worker/dist/web-node-options)${NODE_OPTIONS:+ $NODE_OPTIONS}"
    cd /app/web/apps/web
    exec node web.mjs --port "${PORT:-3000}" "$@"
    ;;
  worker | ingest | reindex)
    export NODE_OPTIONS="$(cat /app/worker/dist/node-options)${NODE_OPTIONS:+ $NODE_OPTIONS}"
    exec node "/app/worker/dist/$role.mjs" "$@"
    ;;
  migrate)
    exec node /app/worker/dist/migrate.mjs "$@"
    ;;
  admin)
    # The admin CLI shares npm run admin's service setup, which keeps generated secrets in DATA_DIR
    # (unused with DATABASE_URL set); the app folder is read-only to this user, so they go to /tmp.
    export DATA_DIR="${DATA_DIR:-/tmp/commonplace-data}"
    exec node /app/worker/dist/admin.mjs "$@"
    ;;
  *)
    exec "$role" "$@"
    ;;
esac
