# Functions shared by the cluster scripts and .ci/run. Sourced, never run: the caller sets
# `set -euo pipefail` and may set LOG_PREFIX (default "cluster") for its messages.

log() { echo "[${LOG_PREFIX:-cluster}] $*" >&2; }
die() { echo "[${LOG_PREFIX:-cluster}] $*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# --- System packages -----------------------------------------------------------------
# Debian packages are installed only when missing. Scripts that run side by side (CI starts the
# cluster in the background while it installs the browser) wait for each other's dpkg lock.

apt_updated=false
apt_install() {
  is_root || die "Missing packages ($*) and not running as root to install them."
  export DEBIAN_FRONTEND=noninteractive
  if [ "$apt_updated" = false ]; then
    log "apt-get update"
    apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
    apt_updated=true
  fi
  log "apt-get install $*"
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >/dev/null
}

# A system account for a server that refuses to run as root.
ensure_system_user() {
  id "$1" >/dev/null 2>&1 || useradd --system --user-group --home-dir "$2" --no-create-home --shell /bin/sh "$1"
}

# Runs a command as $1 in folder $2 when root (a server's own account), else as the caller.
# The folder matters: the account may not be allowed into the caller's working directory.
run_as() {
  local user=$1 dir=$2
  shift 2
  if is_root; then
    (cd "$dir" && runuser -u "$user" -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

# --- Java 21+ ------------------------------------------------------------------------

java_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = *//p' | sed 's/^1\.//; s/[^0-9].*//' | head -n 1
}

jdk_ok() { local v; v=$(java_major "$1"); [ -n "$v" ] && [ "$v" -ge 21 ]; }

# JAVA_HOME when it is 21+, else Temurin 25, else the newest 21+ in /usr/lib/jvm.
select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && jdk_ok "$JAVA_HOME"; then
    echo "$JAVA_HOME"; return
  fi
  if jdk_ok /usr/lib/jvm/temurin-25-jdk-amd64; then
    echo /usr/lib/jvm/temurin-25-jdk-amd64; return
  fi
  local jdk
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    jdk=${jdk%/}
    if [ ! -L "$jdk" ] && jdk_ok "$jdk"; then echo "$jdk"; return; fi
  done
  return 1
}

use_jdk() {
  JAVA_HOME=$(select_jdk) || die "No JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm)."
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}

# --- PostgreSQL ------------------------------------------------------------------------

pg_bindir() { # the newest /usr/lib/postgresql/*/bin that has a server
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then echo "$d"; return; fi
  done
  return 1
}

# Sets PG_BIN, installing Debian's server when it is missing, and makes sure the account
# the server runs as exists when root.
use_postgres() {
  PG_BIN=$(pg_bindir) || { apt_install postgresql; PG_BIN=$(pg_bindir) || die "PostgreSQL server not found after installing it."; }
  if is_root; then ensure_system_user postgres /var/lib/postgresql; fi
}

# --- Ports -----------------------------------------------------------------------------

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints the first port from $1 up (at most 100 tried) that nothing listens on and that is
# not among the remaining arguments (ports already handed out but not bound yet).
free_port() {
  local port=$1 last=$(($1 + 99))
  shift
  for ((; port <= last; port++)); do
    [[ " $* " == *" $port "* ]] && continue
    port_busy "$port" || { echo "$port"; return; }
  done
  return 1
}

# Prints `export NAME=VALUE` for the shell to read back, quoting only a value that needs it.
export_line() {
  if [[ $2 =~ ^[A-Za-z0-9_./:,@+=-]*$ ]]; then
    echo "export $1=$2"
  else
    printf 'export %s=%q\n' "$1" "$2"
  fi
}

random_password() {
  local password
  password=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  echo "${password:0:24}"
}

# --- The cluster folder ------------------------------------------------------------------
# Every server keeps NAME.pid (and its log) in the folder; NAME is postgres, opensearch-K,
# node-K or haproxy. A marker file tells a folder cluster/start made from any other, so that
# --purge never deletes a folder given by mistake.

QUIRE_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly CLUSTER_MARKER=.quire-cluster
readonly OPENSEARCH_VERSION=3.5.0
readonly SEARCH_USER=quire-search

need_value() { [ $# -ge 2 ] && [ -n "$2" ] || die "$1 takes a value."; }

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

default_cluster_dir() { echo "${QUIRE_CLUSTER_DIR:-./quire-cluster}"; }

# Sets CLUSTER_DIR to the absolute path of the existing cluster folder $1.
open_cluster_dir() {
  [ -f "$1/$CLUSTER_MARKER" ] || die "$1 holds no cluster (cluster/start makes one there, or give --dir)."
  CLUSTER_DIR=$(cd "$1" && pwd -P)
}

# Sets CLUSTER_DIR to folder $1, making it a cluster folder when it is new or empty. Other
# accounts must be able to enter it: the servers that refuse root run as their own.
make_cluster_dir() {
  mkdir -p "$1"
  [ -f "$1/$CLUSTER_MARKER" ] || [ -z "$(ls -A "$1")" ] ||
    die "$1 is not empty and was not made by cluster/start; give another --dir."
  touch "$1/$CLUSTER_MARKER"
  open_cluster_dir "$1"
  chmod 755 "$CLUSTER_DIR"
}

check_server_name() {
  [[ $1 =~ ^(postgres|haproxy|opensearch-[1-9][0-9]*|node-[1-9][0-9]*)$ ]] ||
    die "No server is called '$1': the names are postgres, opensearch-K, node-K and haproxy."
}

# Prints the pid of server $1 when it runs. The pid counts only when that process's command
# line names the server's path in this folder: a pid reused by another program is not ours.
server_pid() {
  local pid arg
  pid=$(cat "$CLUSTER_DIR/$1.pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  while IFS= read -r -d '' arg; do
    if [[ $arg == *"$CLUSTER_DIR/$1" || $arg == *"$CLUSTER_DIR/$1"[./]* ]]; then
      echo "$pid"
      return 0
    fi
  done 2>/dev/null <"/proc/$pid/cmdline"
  return 1
}

await_exit() { # pid, seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

# Ends the processes given as NAME=PID words, all at once: the signal for a clean shutdown,
# then SIGKILL for any still there after a minute.
end_processes() {
  local entry name pid
  for entry in "$@"; do
    name=${entry%=*} pid=${entry##*=}
    log "Stopping $name (pid $pid)"
    # PostgreSQL's "fast" shutdown; SIGTERM would wait for every client to disconnect.
    if [ "$name" = postgres ]; then kill -s INT "$pid"; else kill -s TERM "$pid"; fi
  done
  for entry in "$@"; do
    name=${entry%=*} pid=${entry##*=}
    await_exit "$pid" 60 && continue
    log "$name did not stop within 60 s: killing it"
    kill -s KILL "$pid" 2>/dev/null || true
    await_exit "$pid" 10 || die "$name (pid $pid) is still running."
  done
}

stop_servers() { # the servers named, when they run
  local name pid running=()
  for name in "$@"; do
    pid=$(server_pid "$name") && running+=("$name=$pid")
  done
  end_processes "${running[@]}"
  for name in "$@"; do rm -f "$CLUSTER_DIR/$name.pid"; done
}

# OpenSearch nodes write their pid file only some seconds after they were launched: a start
# that was interrupted can leave nodes without one. They are found by their home folder.
unlisted_opensearch() {
  local proc arg
  for proc in /proc/[0-9]*; do
    while IFS= read -r -d '' arg; do
      if [[ $arg == "-Dopensearch.path.home=$CLUSTER_DIR/opensearch-"* ]]; then
        echo "${arg##*/}=${proc#/proc/}"
        break
      fi
    done 2>/dev/null <"$proc/cmdline"
  done
}

server_names() { # the servers of one kind (a file pattern) with a pid file
  local file
  for file in "$CLUSTER_DIR"/$1.pid; do
    [ -f "$file" ] && basename "$file" .pid
  done
}

# Prints the last lines of a server's log on stderr, for a failure message.
show_log() {
  local file
  for file in "$@"; do
    [ -s "$file" ] || continue
    echo "--- last lines of $file" >&2
    tail -n 30 "$file" >&2
  done
}

# --- PostgreSQL server --------------------------------------------------------------------
# Data in DIR/postgres, reachable over TCP only (a socket path under a deep DIR can pass the
# kernel's 107-character limit). The superuser "postgres" sets up; Quire connects as "quire".

pg_sql() { # runs SQL as the superuser
  PGPASSWORD=$(cat "$CLUSTER_DIR/postgres-superuser.password") "$PG_BIN/psql" -X -q -tA -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$(cat "$CLUSTER_DIR/postgres.port")" -U postgres -d postgres "$@"
}

init_postgres() {
  local data=$CLUSTER_DIR/postgres
  [ -f "$data/PG_VERSION" ] && return 0
  log "Creating a PostgreSQL database cluster in $data"
  rm -rf "$data"
  mkdir -m 700 "$data"
  (umask 077 && random_password >"$CLUSTER_DIR/postgres-superuser.password" && random_password >"$CLUSTER_DIR/postgres.password")
  if is_root; then chown postgres: "$data" "$CLUSTER_DIR/postgres-superuser.password"; fi
  run_as postgres "$data" "$PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$CLUSTER_DIR/postgres-superuser.password" \
    >"$CLUSTER_DIR/initdb.log" 2>&1 || { show_log "$CLUSTER_DIR/initdb.log"; die "initdb failed."; }
}

# Starts the server on its earlier port, or on the first free one from 25432, and makes the
# quire role and database the first time. The base lies below the kernel's range for outgoing
# connections (32768 and up on Linux): a port there can be held by a client's connection, which
# the probe cannot see and which still makes the server's bind fail. Should a new cluster's
# port be taken all the same, the next free one is tried.
launch_postgres() {
  local data=$CLUSTER_DIR/postgres port tries=0 chosen= logged
  if ! port=$(cat "$CLUSTER_DIR/postgres.port" 2>/dev/null); then
    port=$(free_port 25432) || die "No free port for PostgreSQL from 25432 to 25531."
    chosen=yes
  fi
  touch "$CLUSTER_DIR/postgres.log"
  if is_root; then chown postgres: "$CLUSTER_DIR/postgres.log"; fi
  while :; do
    ! port_busy "$port" || die "Port $port, where this cluster's PostgreSQL listens, is taken by another program."
    logged=$(stat -c %s "$CLUSTER_DIR/postgres.log")
    run_as postgres "$data" setsid -w "$PG_BIN/pg_ctl" -D "$data" -l "$CLUSTER_DIR/postgres.log" -w -t 120 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' ${QUIRE_CLUSTER_POSTGRES_OPTIONS:-}" start >/dev/null && break
    # What this attempt logged, not an earlier one's lines.
    if [ -n "$chosen" ] && ((++tries < 5)) &&
      tail -c "+$((logged + 1))" "$CLUSTER_DIR/postgres.log" | grep -q "could not bind.*Address already in use"; then
      log "Port $port was taken as PostgreSQL bound it; trying the next free one."
      port=$(free_port $((port + 1))) || die "No free port for PostgreSQL after $port."
      continue
    fi
    show_log "$CLUSTER_DIR/postgres.log"
    die "PostgreSQL did not start on port $port."
  done
  # Recorded once the server listens, so that a cluster whose every attempt failed picks again.
  echo "$port" >"$CLUSTER_DIR/postgres.port"
  head -n 1 "$data/postmaster.pid" >"$CLUSTER_DIR/postgres.pid"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

  [ "$(pg_sql -c "select 1 from pg_roles where rolname = 'quire'")" = 1 ] ||
    pg_sql -c "create role quire login password '$(cat "$CLUSTER_DIR/postgres.password")'" >/dev/null
  [ "$(pg_sql -c "select 1 from pg_database where datname = 'quire'")" = 1 ] ||
    pg_sql -c "create database quire owner quire" >/dev/null
}

# --- OpenSearch nodes -----------------------------------------------------------------------
# Node K is unpacked in DIR/opensearch-K with its settings in config/opensearch.yml; its log
# is DIR/opensearch-K.log (a link into the node's logs folder).

opensearch_count() { local homes=("$CLUSTER_DIR"/opensearch-*/); [ -d "${homes[0]}" ] && echo "${#homes[@]}" || echo 0; }

opensearch_setting() { # node, setting
  sed -n "s/^$2: *//p" "$CLUSTER_DIR/opensearch-$1/config/opensearch.yml"
}

opensearch_hosts() { # the http addresses of all nodes, comma-separated
  local k hosts=()
  for ((k = 1; k <= $(opensearch_count); k++)); do hosts+=("http://127.0.0.1:$(opensearch_setting "$k" http.port)"); done
  (IFS=,; echo "${hosts[*]}")
}

# Unpacks $1 nodes of one new cluster, each on free http and transport ports.
install_opensearch() {
  local count=$1 download=$CLUSTER_DIR/download k used=() http=() transport=() seeds=() managers=()
  log "Fetching OpenSearch $OPENSEARCH_VERSION (kept in the local Maven repository after the first time)"
  (cd "$QUIRE_HOME" && ./mvnw -q -B -ntp dependency:copy \
    -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip" \
    -DoutputDirectory="$download") >&2 || die "Could not fetch OpenSearch $OPENSEARCH_VERSION from Maven Central."
  for ((k = 1; k <= count; k++)); do
    http[k]=$(free_port 9200 "${used[@]}") || die "No free http port for OpenSearch from 9200."
    used+=("${http[k]}")
    transport[k]=$(free_port 9300 "${used[@]}") || die "No free transport port for OpenSearch from 9300."
    used+=("${transport[k]}")
    seeds+=("\"127.0.0.1:${transport[k]}\"")
    managers+=("\"opensearch-$k\"")
  done
  for ((k = 1; k <= count; k++)); do
    log "Unpacking opensearch-$k"
    rm -rf "$CLUSTER_DIR/opensearch-$k" "$download/unpacked"
    unzip -q "$download/opensearch-$OPENSEARCH_VERSION.zip" -d "$download/unpacked"
    cat >>"$download/unpacked/opensearch-$OPENSEARCH_VERSION/config/opensearch.yml" <<YAML

# Written by cluster/start.
cluster.name: quire
node.name: opensearch-$k
network.host: 127.0.0.1
http.port: ${http[k]}
transport.port: ${transport[k]}
discovery.seed_hosts: [$(IFS=,; echo "${seeds[*]}")]
cluster.initial_cluster_manager_nodes: [$(IFS=,; echo "${managers[*]}")]
# A development cluster on a shared disk: shards are placed however full the disk is.
cluster.routing.allocation.disk.threshold_enabled: false
YAML
    if is_root; then chown -R "$SEARCH_USER:" "$download/unpacked/opensearch-$OPENSEARCH_VERSION"; fi
    mv "$download/unpacked/opensearch-$OPENSEARCH_VERSION" "$CLUSTER_DIR/opensearch-$k"
  done
  rm -rf "$download"
}

# Starts node $1 in the background (-d); it takes its ports from its settings.
launch_opensearch() {
  local home=$CLUSTER_DIR/opensearch-$1 port
  for port in "$(opensearch_setting "$1" http.port)" "$(opensearch_setting "$1" transport.port)"; do
    ! port_busy "$port" || die "Port $port of opensearch-$1 is taken by another program; cluster/stop --purge, then start again."
  done
  rm -f "$CLUSTER_DIR/opensearch-$1.pid"
  # OpenSearch writes its pid file itself, as its own account when root.
  if is_root; then install -o "$SEARCH_USER" -m 644 /dev/null "$CLUSTER_DIR/opensearch-$1.pid"; fi
  ln -sfn "opensearch-$1/logs/quire.log" "$CLUSTER_DIR/opensearch-$1.log"
  run_as "$SEARCH_USER" "$home" env OPENSEARCH_JAVA_HOME="$JAVA_HOME" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" \
    setsid -w "$home/bin/opensearch" -d -p "$CLUSTER_DIR/opensearch-$1.pid" >"$CLUSTER_DIR/opensearch-$1.out" 2>&1 ||
    { show_log "$CLUSTER_DIR/opensearch-$1.out" "$CLUSTER_DIR/opensearch-$1.log"; die "opensearch-$1 did not start."; }
  log "Started opensearch-$1 (http 127.0.0.1:$(opensearch_setting "$1" http.port))"
}

# Waits until the cluster is green with all its nodes, printing progress; after $1 seconds (or
# when a node has not come up in three minutes) it shows the logs and fails.
await_green() {
  local timeout=$1 count started=$SECONDS elapsed reported=0 health status nodes k host
  count=$(opensearch_count)
  while :; do
    health=
    for host in $(opensearch_hosts | tr , ' '); do
      health=$(curl -s --max-time 5 "$host/_cluster/health") && [ -n "$health" ] && break
      health=
    done
    status=$(sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' <<<"$health")
    nodes=$(sed -n 's/.*"number_of_nodes":\([0-9]*\).*/\1/p' <<<"$health")
    if [ "$status" = green ] && [ "${nodes:-0}" -eq "$count" ]; then
      log "OpenSearch is green with $count nodes ($((SECONDS - started)) s)"
      return 0
    fi
    elapsed=$((SECONDS - started))
    for ((k = 1; k <= count; k++)); do
      if [ "$elapsed" -ge 180 ] && ! server_pid "opensearch-$k" >/dev/null; then
        show_log "$CLUSTER_DIR/opensearch-$k.out" "$CLUSTER_DIR/opensearch-$k.log"
        die "opensearch-$k is not running."
      fi
    done
    if [ "$elapsed" -ge "$timeout" ]; then
      for ((k = 1; k <= count; k++)); do show_log "$CLUSTER_DIR/opensearch-$k.log"; done
      die "OpenSearch was not green with $count nodes after $timeout s (status ${status:-unknown}, ${nodes:-0} nodes)."
    fi
    if [ $((elapsed - reported)) -ge 15 ]; then
      log "Waiting for OpenSearch: ${status:-no answer yet}, ${nodes:-0} of $count nodes ($elapsed s)"
      reported=$elapsed
    fi
    sleep 3
  done
}

# --- Quire nodes ------------------------------------------------------------------------------
# Node K runs `./quire serve` with the settings in DIR/node-K.env (written by cluster/nodes, so
# that a restart serves from the same database and index), its own --data folder DIR/node-K
# (the archive itself when no database is set) and its log in DIR/node-K.log.

readonly NODE_VARIABLES=(QUIRE_DATABASE_URL QUIRE_DATABASE_USER QUIRE_DATABASE_PASSWORD QUIRE_SEARCH_HOSTS)

launch_node() {
  local port
  port=$(sed -n 's/^NODE_PORT=//p' "$CLUSTER_DIR/node-$1.env")
  ! port_busy "$port" || die "Port $port of node-$1 is taken by another program."
  (
    unset "${NODE_VARIABLES[@]}"
    . "$CLUSTER_DIR/node-$1.env"
    cd "$QUIRE_HOME"
    setsid ./quire serve --port "$port" --data "$CLUSTER_DIR/node-$1" >"$CLUSTER_DIR/node-$1.log" 2>&1 </dev/null &
    echo $! >"$CLUSTER_DIR/node-$1.pid"
  )
  log "Started node-$1 on 127.0.0.1:$port"
}

await_node() { # node, seconds
  local port started=$SECONDS
  port=$(sed -n 's/^NODE_PORT=//p' "$CLUSTER_DIR/node-$1.env")
  until [ "$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; do
    server_pid "node-$1" >/dev/null || { show_log "$CLUSTER_DIR/node-$1.log"; die "node-$1 stopped while starting."; }
    [ $((SECONDS - started)) -lt "$2" ] || { show_log "$CLUSTER_DIR/node-$1.log"; die "node-$1 did not answer within $2 s."; }
    sleep 2
  done
  log "node-$1 answers on 127.0.0.1:$port ($((SECONDS - started)) s)"
}

# --- Load balancer ------------------------------------------------------------------------------
# Debian's haproxy in the foreground (so that its request log goes to DIR/haproxy.log), with the
# settings cluster/nodes wrote to DIR/haproxy.cfg.

launch_haproxy() {
  local haproxy port
  haproxy=$(PATH=$PATH:/usr/sbin command -v haproxy) || { apt_install haproxy; haproxy=/usr/sbin/haproxy; }
  "$haproxy" -c -q -f "$CLUSTER_DIR/haproxy.cfg" || die "haproxy does not accept $CLUSTER_DIR/haproxy.cfg."
  port=$(awk '$1 == "bind" { sub(/.*:/, "", $2); print $2 }' "$CLUSTER_DIR/haproxy.cfg")
  ! port_busy "$port" || die "Port $port for the load balancer is taken by another program."
  setsid "$haproxy" -db -f "$CLUSTER_DIR/haproxy.cfg" >>"$CLUSTER_DIR/haproxy.log" 2>&1 </dev/null &
  echo $! >"$CLUSTER_DIR/haproxy.pid"
  local i
  for ((i = 0; i < 50; i++)); do port_busy "$port" && break; sleep 0.2; done
  server_pid haproxy >/dev/null || { show_log "$CLUSTER_DIR/haproxy.log"; die "haproxy did not start."; }
  log "Load balancer on http://127.0.0.1:$port/"
}
