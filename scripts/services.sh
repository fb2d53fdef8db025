#!/usr/bin/env bash
# Real Kafka, HDFS and Elasticsearch on loopback for logward's real-services tests (no Docker).
#
#   scripts/services.sh start  [kafka|hdfs|elasticsearch ...]   fetch jars if missing, start in parallel, wait ready
#   scripts/services.sh stop   [kafka|hdfs|elasticsearch ...]   stop by PID (whole process group), clean data dirs
#   scripts/services.sh status [kafka|hdfs|elasticsearch ...]   PID and readiness of each
#   scripts/services.sh kill   kafka|elasticsearch ...           SIGKILL (a crash), data dir kept for a restart
#   scripts/services.sh start|stop --keep-data kafka|elasticsearch  start on / stop keeping the data dir
#   scripts/services.sh restart kafka|elasticsearch ...         stop --keep-data, then start --keep-data
#   scripts/services.sh run [--] <command ...>                  start what is not running, run the command,
#                                                               then stop what this call started (trap)
# No service named = all three. Fixed ports (docs/real-services.md):
#   Kafka 127.0.0.1:9092 (controller 9093) · Elasticsearch 127.0.0.1:9200 ·
#   HDFS NameNode RPC 127.0.0.1:9000, WebHDFS http://127.0.0.1:9870/webhdfs/v1
# Layout (all git-ignored): test-infra/<svc>/lib (jars), test-infra/elasticsearch/build (launcher classes),
#   test-infra/logs/<svc>.log, test-infra/run/<svc>.pid; data in $LOGWARD_SERVICES_DATA/<svc> (default
#   ${TMPDIR:-/tmp}/logward-services-data, outside the work tree; removed by stop and before each start,
#   unless --keep-data; kill always keeps it). The fault tests use kill and --keep-data: a broker restarted
#   on its log, Elasticsearch on its indices. HDFS cannot: MiniDFSCluster formats its storage on every start.
# Environment: LOGWARD_SERVICES_DATA (data folder), LOGWARD_SERVICES_JAVA (a java binary; default: a Java 17
#   JDK under /usr/lib/jvm, else `java`), LOGWARD_SERVICES_TIMEOUT (seconds per service, default 180),
#   LOGWARD_SERVICES_JAVA_OPTS (extra JVM flags), LOGWARD_SERVICES_FULL_JIT=1 (C2 on; default C1 only), KAFKA_HEAP / HDFS_HEAP / ES_HEAP (default 512m / 768m / 1g).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INFRA="$ROOT/test-infra"
LOGS="$INFRA/logs"
RUN="$INFRA/run"
# Data lives outside the work tree: HDFS unpacks its web UI (.js/.html) into its temp dir, which `eslint .` and
# `prettier --check .` would otherwise pick up.
DATA="${LOGWARD_SERVICES_DATA:-${TMPDIR:-/tmp}/logward-services-data}"
PROBE="$ROOT/scripts/services/probe.mjs"
SELF="$ROOT/scripts/services.sh"
ALL=(kafka hdfs elasticsearch)
TIMEOUT="${LOGWARD_SERVICES_TIMEOUT:-180}"
# C1 only by default: the three JVMs boot ~40% faster on 2 busy cores and take less CPU from whatever else runs.
# LOGWARD_SERVICES_FULL_JIT=1 keeps the C2 compiler (for throughput benchmarks).
JIT_OPTS="-XX:TieredStopAtLevel=1"
[[ "${LOGWARD_SERVICES_FULL_JIT:-0}" == 1 ]] && JIT_OPTS=""
EXTRA_OPTS="$JIT_OPTS ${LOGWARD_SERVICES_JAVA_OPTS:-}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
HDFS_HEAP="${HDFS_HEAP:-768m}"
ES_HEAP="${ES_HEAP:-1g}"

die() {
  echo "services.sh: $*" >&2
  exit 1
}
now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1fs", ms / 1000 }'; }

# The command line of each service's JVM contains this, which guards against a recycled PID.
main_class() {
  case "$1" in
    kafka) echo kafka.Kafka ;;
    hdfs) echo org.apache.hadoop.test.MiniDFSClusterManager ;;
    elasticsearch) echo org.elasticsearch.node.LogwardEmbeddedNode ;;
  esac
}
ports() {
  case "$1" in
    kafka) echo 9092 9093 ;;
    hdfs) echo 9000 9870 ;;
    elasticsearch) echo 9200 ;;
  esac
}
endpoint() {
  case "$1" in
    kafka) echo "127.0.0.1:9092" ;;
    hdfs) echo "hdfs://127.0.0.1:9000, http://127.0.0.1:9870/webhdfs/v1" ;;
    elasticsearch) echo "http://127.0.0.1:9200" ;;
  esac
}

find_java() {
  if [[ -n "${LOGWARD_SERVICES_JAVA:-}" ]]; then
    JAVA="$LOGWARD_SERVICES_JAVA"
  else
    JAVA=""
    local d
    # Java 17: HDFS's MiniDFSCluster is not happy on newer JDKs; Kafka 4 and Elasticsearch 8 run on it.
    for d in /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/temurin-17-*; do
      if [[ -x "$d/bin/java" && -x "$d/bin/javac" ]]; then
        JAVA="$d/bin/java"
        break
      fi
    done
    [[ -n "$JAVA" ]] || JAVA="$(command -v java || true)"
  fi
  [[ -n "$JAVA" && -x "$JAVA" ]] || die "no java found (install a JDK 17 or set LOGWARD_SERVICES_JAVA)"
  JAVAC="$(dirname "$JAVA")/javac"
}

pid_of() {
  local f="$RUN/$1.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$(main_class "$1")" || return 1
  echo "$pid"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

probe() { node "$PROBE" "$1"; }

# Jars: fetched once per pom.xml content (lib/.pom.sha256 records which); cached in ~/.m2 across fetches.
fetch_jars() {
  local svc="$1" dir="$INFRA/$1" want
  want="$(sha256sum "$dir/pom.xml" | cut -c1-64)"
  [[ -f "$dir/lib/.pom.sha256" && "$(cat "$dir/lib/.pom.sha256")" == "$want" ]] && return 0
  command -v mvn >/dev/null || {
    echo "mvn not found: install Maven (apt-get install maven) to fetch the $svc jars"
    return 1
  }
  rm -rf "$dir/lib"
  if ! mvn -q -B -f "$dir/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$dir/lib" >"$LOGS/$svc.fetch.log" 2>&1; then
    echo "fetching the $svc jars failed (mvn); tail of $LOGS/$svc.fetch.log:"
    tail -n 30 "$LOGS/$svc.fetch.log"
    return 1
  fi
  echo "$want" >"$dir/lib/.pom.sha256"
}

# The Elasticsearch launcher: recompiled when its sources or the pom change.
build_es_launcher() {
  local dir="$INFRA/elasticsearch" want
  want="$(cat "$dir/pom.xml" $(find "$dir/src" -name '*.java' | sort) | sha256sum | cut -c1-64)"
  [[ -f "$dir/build/.src.sha256" && "$(cat "$dir/build/.src.sha256")" == "$want" ]] && return 0
  rm -rf "$dir/build"
  mkdir -p "$dir/build"
  if ! "$JAVAC" -nowarn -cp "$dir/lib/*" -d "$dir/build" $(find "$dir/src" -name '*.java') >"$LOGS/elasticsearch.build.log" 2>&1; then
    echo "compiling the Elasticsearch launcher failed; $LOGS/elasticsearch.build.log:"
    tail -n 30 "$LOGS/elasticsearch.build.log"
    return 1
  fi
  echo "$want" >"$dir/build/.src.sha256"
}

kafka_cluster_id() {
  # What `kafka.tools.StorageTool random-uuid` prints (a base64url UUID, 22 chars, not starting with '-'),
  # without paying for a JVM start.
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
    [[ "$id" != -* ]] && break
  done
  echo "$id"
}

# Starts one JVM in its own session (so stop can kill its whole process group), stdout+stderr to the log.
launch() {
  local svc="$1"
  shift
  setsid "$@" >>"$LOGS/$svc.log" 2>&1 </dev/null &
  echo $! >"$RUN/$svc.pid"
}

launch_kafka() {
  local d="$DATA/kafka" lib="$INFRA/kafka/lib/*"
  mkdir -p "$d/logs"
  {
    cat "$INFRA/kafka/server.properties"
    echo "log.dirs=$d/logs"
  } >"$d/server.properties"
  # KRaft storage must be formatted before the first start (own short-lived JVM); a restart on kept data
  # reuses it (formatting again would be refused: the cluster id is in meta.properties).
  # shellcheck disable=SC2086
  if [[ ! -f "$d/logs/meta.properties" ]] && ! "$JAVA" -Xmx256m $JIT_OPTS -Dlog4j2.configurationFile="$INFRA/kafka/log4j2.properties" -cp "$lib" \
    kafka.tools.StorageTool format -t "$(kafka_cluster_id)" -c "$d/server.properties" --standalone \
    --ignore-formatted >>"$LOGS/kafka.log" 2>&1; then
    echo "formatting the Kafka storage failed"
    return 1
  fi
  # shellcheck disable=SC2086
  launch kafka "$JAVA" -Xms256m -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -Djava.awt.headless=true -Djava.io.tmpdir="$d" $EXTRA_OPTS \
    -Dlog4j2.configurationFile="$INFRA/kafka/log4j2.properties" -cp "$lib" kafka.Kafka "$d/server.properties"
}

launch_hdfs() {
  local d="$DATA/hdfs" opens=() p
  mkdir -p "$d/tmp"
  for p in java.io java.lang java.lang.reflect java.math java.net java.nio java.text java.util \
    java.util.concurrent java.util.zip sun.nio.ch sun.security.util sun.security.x509; do
    opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
  done
  # shellcheck disable=SC2086
  launch hdfs "$JAVA" -Xms256m -Xmx"$HDFS_HEAP" -XX:+IgnoreUnrecognizedVMOptions "${opens[@]}" \
    -Djava.io.tmpdir="$d/tmp" -Dlog4j.configuration="file:$INFRA/hdfs/log4j.properties" $EXTRA_OPTS \
    -cp "$INFRA/hdfs/lib/*" org.apache.hadoop.test.MiniDFSClusterManager \
    -format -datanodes 1 -nnport 9000 -httpport 9870 \
    -D "hdfs.minidfs.basedir=$d/cluster" -D "hadoop.tmp.dir=$d/tmp" -D dfs.permissions.enabled=false \
    -D dfs.replication=1 -writeConfig "$d/ready.xml"
}

launch_elasticsearch() {
  local d="$DATA/elasticsearch"
  mkdir -p "$d/home" "$d/tmp"
  # shellcheck disable=SC2086
  launch elasticsearch "$JAVA" -Xms"$ES_HEAP" -Xmx"$ES_HEAP" -XX:+UseG1GC -Djava.awt.headless=true \
    -Dfile.encoding=UTF-8 -Djava.io.tmpdir="$d/tmp" -Dlog4j2.formatMsgNoLookups=true $EXTRA_OPTS \
    -cp "$INFRA/elasticsearch/build:$INFRA/elasticsearch/lib/*" org.elasticsearch.node.LogwardEmbeddedNode \
    "path.home=$d/home" http.port=9200 network.host=127.0.0.1
}

kill_group() {
  local pid="$1" i
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 300; i++)); do
    kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "  pid $pid still running after 30s: SIGKILL"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
  sleep 0.5
}

# One service, start to ready. Runs in a background subshell; prints one summary line (or the failure + log tail).
start_one() {
  local svc="$1" t0 t1 t2 pid info port deadline last=""
  t0="$(now_ms)"
  if pid="$(pid_of "$svc")"; then
    if info="$(probe "$svc" 2>&1)"; then
      echo "= $svc already running (pid $pid, $(endpoint "$svc")): $info"
      return 0
    fi
    echo "✗ $svc: pid $pid is running but not ready ($info); run 'scripts/services.sh stop $svc' first"
    return 1
  fi
  rm -f "$RUN/$svc.pid"
  for port in $(ports "$svc"); do
    if port_in_use "$port"; then
      echo "✗ $svc: 127.0.0.1:$port is already in use by another process (see: ss -ltnp 'sport = :$port')"
      return 1
    fi
  done
  fetch_jars "$svc" || return 1
  if [[ "$svc" == elasticsearch ]]; then build_es_launcher || return 1; fi
  t1="$(now_ms)"
  if [[ "$KEEP_DATA" == 1 ]]; then
    echo "== $(date -u +%FT%TZ) starting $svc again on its data with $JAVA" >>"$LOGS/$svc.log"
  else
    rm -rf "${DATA:?}/$svc"
    echo "== $(date -u +%FT%TZ) starting $svc with $JAVA" >"$LOGS/$svc.log"
  fi
  mkdir -p "$DATA/$svc"
  "launch_$svc" || {
    tail -n 30 "$LOGS/$svc.log"
    return 1
  }
  pid="$(cat "$RUN/$svc.pid")"
  deadline=$(($(date +%s) + TIMEOUT))
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "✗ $svc exited before becoming ready; tail of $LOGS/$svc.log:"
      tail -n 40 "$LOGS/$svc.log" | sed 's/^/    /'
      rm -f "$RUN/$svc.pid"
      return 1
    fi
    if [[ "$svc" == hdfs && ! -f "$DATA/hdfs/ready.xml" ]]; then
      last="MiniDFSCluster has not written $DATA/hdfs/ready.xml yet"
    elif info="$(probe "$svc" 2>&1)"; then
      break
    else
      last="$info"
    fi
    if (($(date +%s) >= deadline)); then
      echo "✗ $svc not ready after ${TIMEOUT}s (last probe: ${last:-none}); tail of $LOGS/$svc.log:"
      tail -n 40 "$LOGS/$svc.log" | sed 's/^/    /'
      kill_group "$pid"
      rm -f "$RUN/$svc.pid"
      return 1
    fi
    sleep 0.5
  done
  t2="$(now_ms)"
  echo "✓ $svc ready in $(secs $((t2 - t0))) (jars+build $(secs $((t1 - t0))), boot $(secs $((t2 - t1))))" \
    "pid $pid, $(endpoint "$svc"): $info"
}

stop_one() {
  local svc="$1" pid
  if pid="$(pid_of "$svc")"; then
    kill_group "$pid"
    echo "■ $svc stopped (pid $pid)"
  else
    echo "■ $svc was not running"
  fi
  rm -f "$RUN/$svc.pid"
  [[ "$KEEP_DATA" == 1 ]] || rm -rf "${DATA:?}/$svc"
}

# A crash: SIGKILL to the whole process group at once, no shutdown hook runs. The data dir stays, so
# `start --keep-data` brings the service back on it (Kafka recovers its log, Elasticsearch its shards).
kill_one() {
  local svc="$1" pid i
  if pid="$(pid_of "$svc")"; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    for ((i = 0; i < 100; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    echo "✝ $svc killed with SIGKILL (pid $pid); data kept in $DATA/$svc"
  else
    echo "■ $svc was not running"
  fi
  rm -f "$RUN/$svc.pid"
}

status_one() {
  local svc="$1" pid info
  if pid="$(pid_of "$svc")"; then
    if info="$(probe "$svc" 2>&1)"; then
      echo "● $svc running, ready (pid $pid, $(endpoint "$svc")): $info"
    else
      echo "◐ $svc running, NOT ready (pid $pid): $info"
      return 1
    fi
  else
    echo "○ $svc not running"
    return 1
  fi
}

# Runs "$1_one" for each service in parallel, output in the order given; fails if any failed.
parallel() {
  local fn="$1" svc rc=0 i
  shift
  local tmp pids=()
  tmp="$(mktemp -d)"
  for svc in "$@"; do
    ("${fn}_one" "$svc" >"$tmp/$svc" 2>&1) &
    pids+=($!)
  done
  i=0
  for svc in "$@"; do
    wait "${pids[$i]}" || rc=1
    cat "$tmp/$svc"
    i=$((i + 1))
  done
  rm -rf "$tmp"
  return $rc
}

services_arg() {
  local s
  SERVICES=()
  KEEP_DATA=0
  if [[ "${1:-}" == --keep-data ]]; then
    KEEP_DATA=1
    shift
  fi
  [[ $# -eq 0 ]] && SERVICES=("${ALL[@]}") && return
  for s in "$@"; do
    case "$s" in
      kafka | hdfs | elasticsearch) SERVICES+=("$s") ;;
      es) SERVICES+=(elasticsearch) ;;
      *) die "unknown service '$s' (kafka, hdfs, elasticsearch)" ;;
    esac
  done
}

# Keeping data (kill, restart, --keep-data) is for Kafka and Elasticsearch only.
no_hdfs_keep() {
  local s
  for s in "${SERVICES[@]}"; do
    [[ "$s" != hdfs ]] || die "$1: hdfs cannot keep its data (MiniDFSCluster formats its storage on every start); use stop/start"
  done
}

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
KEEP_DATA=0
mkdir -p "$LOGS" "$RUN" "$DATA"
case "$cmd" in
  start)
    services_arg "$@"
    [[ "$KEEP_DATA" == 1 ]] && no_hdfs_keep "start --keep-data"
    find_java
    command -v node >/dev/null || die "node not found (needed for the readiness probes)"
    t0="$(now_ms)"
    echo "starting ${SERVICES[*]} ($("$JAVA" -version 2>&1 | head -n 1); logs in ${LOGS#"$ROOT"/})"
    if parallel start "${SERVICES[@]}"; then
      echo "all ready in $(secs $(($(now_ms) - t0)))"
    else
      echo "some services failed to start (run 'npm run services:stop' to clean up)" >&2
      exit 1
    fi
    ;;
  stop)
    services_arg "$@"
    [[ "$KEEP_DATA" == 1 ]] && no_hdfs_keep "stop --keep-data"
    parallel stop "${SERVICES[@]}"
    ;;
  kill)
    services_arg "$@"
    [[ $# -gt 0 ]] || die "kill: name the service(s) to kill (kafka, elasticsearch)"
    no_hdfs_keep kill
    parallel kill "${SERVICES[@]}"
    ;;
  restart)
    [[ $# -gt 0 ]] || die "restart: name the service(s) (kafka, elasticsearch)"
    bash "$SELF" stop --keep-data "$@" && bash "$SELF" start --keep-data "$@"
    ;;
  status)
    services_arg "$@"
    rc=0
    for svc in "${SERVICES[@]}"; do status_one "$svc" || rc=1; done
    exit $rc
    ;;
  run)
    [[ "${1:-}" == "--" ]] && shift
    [[ $# -gt 0 ]] || die "usage: services.sh run [--] <command ...>"
    STARTED=()
    for svc in "${ALL[@]}"; do pid_of "$svc" >/dev/null || STARTED+=("$svc"); done
    # shellcheck disable=SC2317
    cleanup() { if [[ ${#STARTED[@]} -gt 0 ]]; then bash "$SELF" stop "${STARTED[@]}"; fi; }
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    bash "$SELF" start || exit 1
    "$@"
    exit $?
    ;;
  *)
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$SELF"
    [[ -z "$cmd" || "$cmd" == help || "$cmd" == -h || "$cmd" == --help ]] || exit 2
    ;;
esac
