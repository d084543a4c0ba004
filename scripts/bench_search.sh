#!/usr/bin/env bash
# The search benchmark (`make bench` runs it after scripts/bench.sh): the search page and its
# suggestions on a 10,000-page bilingual dataset on PostgreSQL, served by gunicorn (production
# settings, 2 workers), measured with wrk over a rotation of French and Dutch queries.
# See docs/search.md. Set BENCH_SEARCH_DATABASE_URL to use another database.
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES=${BENCH_SEARCH_PAGES:-10000}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
PORT=${BENCH_SEARCH_PORT:-8766}
WORKDIR=.bench
PY=.venv/bin/python
DATABASE=${BENCH_SEARCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/vocations_search_bench}

if ! command -v wrk >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi
mkdir -p "$WORKDIR"

database_name=${DATABASE##*/}
server=${DATABASE%/*}
if ! psql "$server/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database_name'" | grep -q 1; then
    createdb -d "$server/postgres" "$database_name" 2>/dev/null || psql "$server/postgres" -c "CREATE DATABASE $database_name"
fi

export DJANGO_SETTINGS_MODULE=cms.settings.production
export DATABASE_URL=$DATABASE
export SECRET_KEY="bench-only-$(head -c 24 /dev/urandom | base64)"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0
export STATIC_ROOT="$PWD/$WORKDIR/static" MEDIA_ROOT="$PWD/$WORKDIR/search-media"

# The cache (vocabulary version, search counts of search/query_log.py, site root paths) is Redis,
# as in production, when a Redis server answers (BENCH_SEARCH_REDIS_URL, default database 14 on
# 127.0.0.1, emptied first; scripts/bench.sh uses 15); else files in a folder of its own.
# Search results themselves are never cached: every request runs the search.
BENCH_SEARCH_REDIS_URL=${BENCH_SEARCH_REDIS_URL:-redis://127.0.0.1:6379/14}
if $PY -c "import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$BENCH_SEARCH_REDIS_URL" 2>/dev/null; then
    export REDIS_URL=$BENCH_SEARCH_REDIS_URL
    cache="Redis ($REDIS_URL)"
else
    unset REDIS_URL
    export CACHE_DIR="$PWD/$WORKDIR/search-cache"; rm -rf "$CACHE_DIR"
    cache="files ($CACHE_DIR)"
fi

$PY manage.py migrate --no-input -v0
$PY manage.py load_demo_content --if-empty >/dev/null
$PY manage.py generate_search_dataset --pages "$PAGES"
$PY manage.py collectstatic --no-input -v0
pages=$(psql "$DATABASE" -tAc "SELECT count(*) FROM wagtailcore_page WHERE live AND depth > 2")

.venv/bin/gunicorn cms.wsgi:application --workers 2 --bind "127.0.0.1:$PORT" \
    --log-level warning --pid "$WORKDIR/gunicorn-search.pid" &
trap 'kill "$(cat "$WORKDIR/gunicorn-search.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fso /dev/null "http://127.0.0.1:$PORT/fr/recherche/" && break
    sleep 0.2
done

# wrk requests a different query each time, and prints the 50th, 95th and 99th percentiles.
cat > "$WORKDIR/search.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % #paths) + 1])
end
done = function(summary, latency, requests)
    io.write(string.format("%d requests, %d errors, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
        summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
            + summary.errors.write + summary.errors.timeout,
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA

$PY - "$WORKDIR" <<'PYTHON'
import sys
from urllib.parse import quote
french = ["infirmiere", "aide soignante", "AS", "EJE", "puer", "éducatrice spécialisée", "kiné",
          "assistante sociale namur", "portes ouvertes liège", "infirmières à domicile", "crèche",
          "ergothérapeute", "formation", "comptable asbl", "aide familiale bruxelles"]
dutch = ["verpleegkundige", "verpleegkundigen", "zorgkundige", "kinderbegeleider gent", "opvoeder",
         "maatschappelijk werker", "kine", "opendeurdag", "logopedist", "boekhouder vzw"]
search = [f"/fr/recherche/?q={quote(q)}" for q in french] + [f"/nl/zoeken/?q={quote(q)}" for q in dutch]
search += [f"/fr/recherche/?q={quote(q)}&type=portraits&page=2" for q in ("infirmiere", "kiné")]
suggest = [f"/fr/recherche/suggestions/?q={quote(q[:4])}" for q in french] + [
    f"/nl/zoeken/suggesties/?q={quote(q[:4])}" for q in dutch]
open(f"{sys.argv[1]}/search-paths.txt", "w").write("\n".join(search) + "\n")
open(f"{sys.argv[1]}/suggest-paths.txt", "w").write("\n".join(suggest) + "\n")
PYTHON

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "Search on $pages live pages ($(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), cache: $cache," \
    "DATABASE_CONN_MAX_AGE=${DATABASE_CONN_MAX_AGE:-60, the production default}):"
for kind in search suggest; do
    before=$(load)
    printf '  %-12s ' "$kind"
    result=$(BENCH_PATHS="$WORKDIR/$kind-paths.txt" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" \
        -s "$WORKDIR/search.lua" "http://127.0.0.1:$PORT" | tail -n 1)
    echo "$result (load average $before before, $(load) after)"
done
