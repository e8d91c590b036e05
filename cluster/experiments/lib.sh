# Functions shared by the fault experiments. Sourced, never run: the caller sets
# `set -euo pipefail`. Each experiment reads its cluster from --dir (else $QUIRE_CLUSTER_DIR),
# which cluster/start made, and prints what it measured on standard output.

LOG_PREFIX=${LOG_PREFIX:-experiment}
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
EXPERIMENTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

# Opens the cluster in $1 and exports its QUIRE_* variables (cluster/start only prints them
# again when its servers already run).
open_experiment() {
  open_cluster_dir "$1"
  use_jdk
  use_postgres
  eval "$("$QUIRE_HOME/cluster/start" --dir "$CLUSTER_DIR")"
  SEARCH_HOST=${QUIRE_SEARCH_HOSTS%%,*}
  failures=0
}

# Runs SQL as Quire's role in database $1 (the rest are psql's arguments); prints bare values.
quire_sql() {
  local database=$1
  shift
  PGPASSWORD=$QUIRE_DATABASE_PASSWORD "$PG_BIN/psql" -X -q -tA -v ON_ERROR_STOP=1 -h 127.0.0.1 \
    -p "$(cat "$CLUSTER_DIR/postgres.port")" -U "$QUIRE_DATABASE_USER" -d "$database" "$@"
}

# How many works the read alias of the archive with index prefix $1 holds, after a refresh.
indexed_works() {
  curl -sf -X POST "$SEARCH_HOST/$1work-*-read/_refresh" >/dev/null
  curl -sf "$SEARCH_HOST/$1work-*-read/_count" | sed -n 's/.*"count":\([0-9]*\).*/\1/p'
}

# Makes sure the cluster's own archive (database quire, index prefix quire-) has works to read
# (1,000 stories when it has none) and that Quire nodes serve it behind a load balancer on
# port $1 (two, started when no balancer runs).
serve_archive() {
  if [ "$(quire_sql quire -c 'select count(*) from work' 2>/dev/null || echo 0)" = 0 ]; then
    local stories=$CLUSTER_DIR/stories-1000
    [ -d "$stories" ] || "$EXPERIMENTS_DIR/stories" 1000 "$stories"
    log "Importing $stories into the cluster's archive"
    (cd "$QUIRE_HOME" && ./quire import --data "$CLUSTER_DIR/importer" "$stories" >/dev/null)
  fi
  server_pid haproxy >/dev/null || "$QUIRE_HOME/cluster/nodes" 2 --port "$1" --dir "$CLUSTER_DIR"
}

now() { printf '%.3f' "$EPOCHREALTIME"; }

# Asks for URL $2 in a loop until stopped, one request at a time, writing one line per answer
# to file $1: when it was asked (seconds since the epoch), the status (000 when none came) and
# how long it took. Each answer gets at most $3 seconds (default 10). Prints the loop's pid.
start_load() {
  local file=$1 url=$2 limit=${3:-10}
  (
    trap 'exit 0' TERM
    while :; do
      started=$EPOCHREALTIME
      answer=$(curl -s -o /dev/null --max-time "$limit" -w '%{http_code} %{time_total}' "$url" || true)
      echo "$started ${answer:-000 $limit}"
    done
  ) >"$file" &
  echo $!
}

stop_load() { kill "$@" 2>/dev/null || true; wait "$@" 2>/dev/null || true; }

# Summarises load files: requests, errors (any status but 200) and latency per phase, the
# phases cut at the times $1 (the fault) and $2 (the fault mended), then the first and last
# error. The files follow as the remaining arguments.
summarise_load() {
  local fault=$1 mended=$2
  shift 2
  # Sorted by latency, so that each phase's answers come in order for the percentiles.
  sort -k3,3n "$@" | awk -v fault="$fault" -v mended="$mended" '
    function phase(t) { return t < fault ? 1 : (t < mended ? 2 : 3) }
    function percentile(p, q,   k) {
      if (ok[p] == 0) return "-"
      k = int(q * ok[p] + 0.999999); if (k < 1) k = 1
      return sprintf("%.0f", latency[p, k] * 1000)
    }
    {
      p = phase($1); count[p]++
      if ($2 != "200") {
        errors[p]++; kinds[$2]++
        if (first == "" || $1 < first) first = $1
        if ($1 + $3 > last) last = $1 + $3
      } else {
        ok[p]++; latency[p, ok[p]] = $3
      }
    }
    END {
      split("before during after", names, " ")
      printf "%-7s %8s %7s %8s %8s %8s\n", "phase", "requests", "errors", "p50 ms", "p95 ms", "max ms"
      for (p = 1; p <= 3; p++) {
        printf "%-7s %8d %7d %8s %8s %8s\n", names[p], count[p], errors[p], percentile(p, 0.5),
          percentile(p, 0.95), percentile(p, 1)
      }
      if (first == "") { print "no errors" }
      else {
        printf "errors from %.1f s to %.1f s after the fault (%.1f s);", first - fault, last - fault, last - first
        for (k in kinds) printf " %s x%d", k, kinds[k]
        printf "\n"
      }
    }'
}

# Counts the errors (status not 200) in load files among the requests asked at or after time $1.
errors_since() {
  local since=$1
  shift
  cat "$@" | awk -v since="$since" '$1 >= since && $2 != "200" { n++ } END { print n + 0 }'
}

# Counts the errors in load files among the requests answered before time $1.
errors_before() {
  local before=$1
  shift
  cat "$@" | awk -v before="$before" '$1 + $3 < before && $2 != "200" { n++ } END { print n + 0 }'
}

# Notes an expectation: prints it with ok or FAILED, and counts the failures.
expect() {
  local what=$1
  shift
  if "$@"; then
    echo "ok      $what"
  else
    echo "FAILED  $what"
    failures=$((failures + 1))
  fi
}

machine_load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }

finish_experiment() {
  [ "$failures" -eq 0 ] || { echo "$failures expectation(s) failed"; exit 1; }
  echo "every expectation held"
}
