#!/usr/bin/env bash
# `make bench`: serve a --scale dataset with gunicorn (production settings, DEBUG off, 2 workers)
# on 127.0.0.1 and measure each public page type with wrk. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${BENCH_SCALE:-200}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
PORT=${BENCH_PORT:-8765}
WORKDIR=.bench
PY=.venv/bin/python

if ! command -v wrk >/dev/null; then
    echo "Installing wrk (Debian package)…"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

mkdir -p "$WORKDIR"
export DJANGO_SETTINGS_MODULE=cms.settings.production
export DATABASE_URL=${BENCH_DATABASE_URL:-sqlite:///$PWD/$WORKDIR/bench.sqlite3}
export SECRET_KEY="bench-only-$(head -c 24 /dev/urandom | base64)"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0
export STATIC_ROOT="$PWD/$WORKDIR/static" MEDIA_ROOT="$PWD/$WORKDIR/media"

# The shared cache of routes and navigation (home/caching.py) lives in Redis, as in production,
# when a Redis server answers (BENCH_REDIS_URL, default database 15 on 127.0.0.1); it is emptied
# first, since the benchmark database may have been loaded again. Else the file cache (CACHE_DIR).
BENCH_REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/15}
if $PY -c "import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$BENCH_REDIS_URL" 2>/dev/null; then
    export REDIS_URL=$BENCH_REDIS_URL
    echo "Shared cache: $REDIS_URL"
else
    unset REDIS_URL
    export CACHE_DIR="$PWD/$WORKDIR/cache"; rm -rf "$CACHE_DIR"
    echo "Shared cache: none answers at $BENCH_REDIS_URL, files in $CACHE_DIR"
fi

stamp="$WORKDIR/loaded-scale-$SCALE"
if [ ! -f "$stamp" ] || [ -n "${BENCH_DATABASE_URL:-}" ]; then
    echo "Loading the demo content with --scale $SCALE into $DATABASE_URL…"
    $PY manage.py migrate --no-input -v0
    $PY manage.py load_demo_content --scale "$SCALE" >/dev/null
    touch "$stamp"
fi
$PY manage.py collectstatic --no-input -v0

.venv/bin/gunicorn cms.wsgi:application --workers 2 --bind "127.0.0.1:$PORT" \
    --log-level warning --pid "$WORKDIR/gunicorn.pid" &
trap 'kill "$(cat "$WORKDIR/gunicorn.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fso /dev/null "http://127.0.0.1:$PORT/static/css/site.css" && break
    sleep 0.2
done

measure() {
    local label=$1 path=$2
    local status
    status=$(curl -so /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")
    if [ "$status" != 200 ]; then
        printf '%-28s %-44s HTTP %s\n' "$label" "$path" "$status"
        return
    fi
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path" | awk -v label="$label" -v path="$path" '
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = $2 }
        /^ +99%/ { p99 = $2 }
        END { printf "%-28s %-44s %9s req/s   p50 %8s   p99 %8s\n", label, path, rps, p50, p99 }'
}

printf '%-28s %-44s %15s   %12s   %12s\n' "page" "path" "throughput" "latency" ""
measure "static file (whitenoise)" "/static/css/site.css"
while read -r label path; do
    measure "$label" "$path"
done < <($PY manage.py list_benchmark_urls)
