#!/usr/bin/env bash
# Issue 14 item 3: start-up time and resident memory of the platform beside a bare Spring Boot 4 web application,
# measured in the same run on the same machine. Prints, for each: seconds from launch to health UP and VmRSS
# (from /proc/<pid>/status) right after UP, then the ratio.
#   (a) bare:   cn.gov.gansu.gaoxin.bare.BareWebApp (src/test), classpath = spring-boot-starter-webmvc only
#               (resolved from bench/bare-pom.xml), polled on GET /health
#   (b) gaoxin: java -jar target/gaoxin.jar in a fresh empty directory (fresh embedded H2: the demo seed copied in),
#               polled on GET /actuator/health until {"status":"UP"}
# Needs: target/gaoxin.jar (./mvnw -q -o -DskipTests package) and target/test-classes (./mvnw -q -o test-compile).
# Options (environment): GAOXIN_JAR (another build of the platform, e.g. the one before a change), JAVA_OPTS (both runs, e.g. -Xmx512m), GAOXIN_ARGS (extra platform arguments,
# e.g. --gaoxin.demo=false), CDS=1 (also run (c): the platform with a class-data-sharing archive made by a
# training run, see docs/performance.md; with the build's Spring AOT code unless SPRING_AOT=0), AOT=1 (also run (d), the default when JDK 25 is installed, AOT=0 skips it: the bare application and the platform on JDK 25
# (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java), the platform with an AOT cache (JEP 483/514/515)
# made by a training run and the JVM options of the README's production start on the embedded database
# (PROD_JAVA_OPTS, default below; the bare application runs plain and, for a like-for-like figure, with the same
# options), SETTLE=N (also print the platform's VmRSS N seconds after UP, e.g. 30: the resident memory once the
# background work after the start is done and G1's idle collection ran), REPS=N (run the whole sequence N times and
# print each run's median at the end: a single start-up on a shared 2-core machine varies by ±20 %), FAT=0 (skip (b),
# the fat jar with the default command, e.g. with REPS when only (c)/(d) are wanted).
# Besides the wall-clock seconds it prints the CPU seconds the process used until UP (user + system, from
# /proc/<pid>/stat): on a machine shared with other builds the wall clock mostly measures the others.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=${GAOXIN_JAR:-$ROOT/target/gaoxin.jar}
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -q -o -DskipTests package" >&2; exit 1; }
[ -d "$ROOT/target/test-classes/cn/gov/gansu/gaoxin/bare" ] || { echo "missing BareWebApp: run ./mvnw -q -o test-compile" >&2; exit 1; }
if [ ! -s "$ROOT/target/bare.classpath" ]; then
  ./mvnw -q -o -f bench/bare-pom.xml dependency:build-classpath -Dmdep.outputFile="$ROOT/target/bare.classpath" >&2
  rm -rf bench/target
fi
JAVA_OPTS=${JAVA_OPTS:-}
# the README's production start on the embedded database (JDK 25, AOT cache, Spring AOT): C1 only, a 256 MiB heap (the
# platform sets the heap's free ratios and G1's idle collection itself once ready; docs/performance.md, "The production
# start on the embedded database")
PROD_JAVA_OPTS=${PROD_JAVA_OPTS:--XX:TieredStopAtLevel=1 -Xmx256m}
REPS=${REPS:-1}
# the production start of (c) and (d) runs the build's Spring AOT code (-Dspring.aot.enabled=true); SPRING_AOT=0: without
SPRING_AOT=${SPRING_AOT:-1}
PROD_OPTS=; [ "$SPRING_AOT" = 1 ] && PROD_OPTS=-Dspring.aot.enabled=true
PORT_BARE=${PORT_BARE:-18191}
PORT_APP=${PORT_APP:-18192}
WORK=$(mktemp -d /tmp/gaoxin-startup.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

now() { date +%s.%N; }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
TICKS=$(getconf CLK_TCK)
# CPU seconds (user + system) of process $1 so far; field 2 (comm) may hold spaces, so count from the end of it
cpu_s() { sed 's/^.*) //' "/proc/$1/stat" | awk -v t="$TICKS" '{printf "%.1f", ($12 + $13) / t}'; }

# measure NAME URL COMMAND...: launches COMMAND in $WORK/NAME, waits (≤ 180 s) for URL to answer "UP"
measure() {
  local name=$1 url=$2; shift 2
  rm -rf "${WORK:?}/$name"; mkdir -p "$WORK/$name" # a fresh directory each time: a first start, the demo seed copied in
  local t0; t0=$(now)
  (cd "$WORK/$name" && exec "$@" >"$WORK/$name.log" 2>&1) &
  PID=$!
  local up=
  for _ in $(seq 1 1800); do
    if curl -fsS -m 2 "$url" 2>/dev/null | grep -q '"UP"'; then up=1; break; fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.1
  done
  local t1; t1=$(now)
  local cpu=?; [ -n "$up" ] && cpu=$(cpu_s "$PID")
  [ -n "$up" ] || { echo "$name did not report UP; log:" >&2; tail -30 "$WORK/$name.log" >&2; exit 1; }
  sleep 1 # resident memory a second after UP (the platform's background work: re-scan, search index)
  local rss; rss=$(rss_mib "$PID")
  local settled= rss_settled=
  if [ "${SETTLE:-0}" -gt 0 ] && [ "${name#bare}" = "$name" ]; then
    sleep "$SETTLE"; rss_settled=$(rss_mib "$PID"); settled="   RSS ${SETTLE} s after UP $rss_settled MiB"
  fi
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  local secs; secs=$(echo "$t1 - $t0" | bc -l)
  printf '%-16s health UP after %6.2f s (CPU %5s s)   RSS %5s MiB%s\n' "$name" "$secs" "$cpu" "$rss" "$settled"
  grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)\|演示数据已加载.*\|演示数据已就绪.*' "$WORK/$name.log" | sed 's/^/    /' || true
  eval "SECS_${name//[^a-zA-Z]/_}=$secs"
  eval "CPU_${name//[^a-zA-Z]/_}=$cpu"
  echo "$name $secs $cpu $rss ${rss_settled:--}" >>"$WORK/results"
}
ratio() { echo "$1 / $2" | bc -l; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
: >"$WORK/results"
prepared=
prepare() { # the extracted jar, its JDK 17 archive and its JDK 25 AOT cache: one training run each, once per bench run
  [ -n "$prepared" ] && return; prepared=1
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/cds" >/dev/null
  if [ "${CDS:-0}" = 1 ]; then
    # class-data sharing (JDK 17 dynamic archive): one training run that stops after the context refresh
    mkdir -p "$WORK/train" && (cd "$WORK/train" && java $PROD_OPTS -XX:ArchiveClassesAtExit="$WORK/cds/gaoxin.jsa" \
      -Dspring.context.exit=onRefresh -jar "$WORK/cds/gaoxin.jar" --spring.datasource.url='jdbc:h2:mem:cds-training;MODE=PostgreSQL' \
      --gaoxin.demo=false --server.port=0 >"$WORK/train.log" 2>&1) || true
  fi
  if [ "${AOT:-0}" = 1 ]; then
    # JDK 25's AOT cache (class loading and linking, method profiles) from one training run that stops after the refresh
    [ -x "$JAVA25" ] || { echo "AOT=1 needs JDK 25 at JAVA25 (not found: $JAVA25)" >&2; exit 1; }
    mkdir -p "$WORK/train25" && (cd "$WORK/train25" && "$JAVA25" $PROD_OPTS -XX:AOTCacheOutput="$WORK/cds/gaoxin.aot" \
      -Dspring.context.exit=onRefresh -jar "$WORK/cds/gaoxin.jar" --spring.datasource.url='jdbc:h2:mem:aot-training;MODE=PostgreSQL' \
      --gaoxin.demo=false --server.port=0 >"$WORK/train25.log" 2>&1) || true
  fi
}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
# (d), the README's production start, runs by default wherever JDK 25 is installed
if [ -z "${AOT:-}" ]; then if [ -x "$JAVA25" ]; then AOT=1; else AOT=0; echo "(no JDK 25 at $JAVA25: (d) skipped)"; fi; fi
BARE_CP="$ROOT/target/test-classes:$(cat "$ROOT/target/bare.classpath")"

for rep in $(seq 1 "$REPS"); do
  [ "$REPS" -gt 1 ] && echo "--- run $rep of $REPS (load $(cut -d' ' -f1-3 /proc/loadavg))"
  measure bare "http://localhost:$PORT_BARE/health" \
    java $JAVA_OPTS -cp "$BARE_CP" cn.gov.gansu.gaoxin.bare.BareWebApp --server.port=$PORT_BARE
  if [ "${FAT:-1}" = 1 ]; then
    measure gaoxin "http://localhost:$PORT_APP/actuator/health" \
      java $JAVA_OPTS -jar "$JAR" --server.port=$PORT_APP ${GAOXIN_ARGS:-}
    printf 'ratio gaoxin (default command) / bare: %.2f; CPU seconds to UP: %.2f\n' "$(ratio "$SECS_gaoxin" "$SECS_bare")" \
      "$(ratio "$CPU_gaoxin" "$CPU_bare")"
  fi
  if [ "${CDS:-0}" = 1 ]; then
    prepare
    measure gaoxin_cds "http://localhost:$PORT_APP/actuator/health" \
      java $JAVA_OPTS $PROD_OPTS -XX:SharedArchiveFile="$WORK/cds/gaoxin.jsa" -jar "$WORK/cds/gaoxin.jar" --server.port=$PORT_APP ${GAOXIN_ARGS:-}
    printf 'ratio gaoxin (CDS) / bare: %.2f; CPU seconds to UP: %.2f\n' "$(ratio "$SECS_gaoxin_cds" "$SECS_bare")" \
      "$(ratio "$CPU_gaoxin_cds" "$CPU_bare")"
  fi
  if [ "${AOT:-0}" = 1 ]; then
    prepare
    # the bare application on the same JDK: plain (the goal's yardstick) and with the production start's options
    measure bare_jdk25 "http://localhost:$PORT_BARE/health" \
      "$JAVA25" $JAVA_OPTS -cp "$BARE_CP" cn.gov.gansu.gaoxin.bare.BareWebApp --server.port=$PORT_BARE
    measure bare_jdk25_same_options "http://localhost:$PORT_BARE/health" \
      "$JAVA25" $JAVA_OPTS $PROD_JAVA_OPTS -cp "$BARE_CP" cn.gov.gansu.gaoxin.bare.BareWebApp --server.port=$PORT_BARE
    measure gaoxin_production_jdk25 "http://localhost:$PORT_APP/actuator/health" \
      "$JAVA25" $JAVA_OPTS $PROD_OPTS -XX:AOTCache="$WORK/cds/gaoxin.aot" $PROD_JAVA_OPTS -jar "$WORK/cds/gaoxin.jar" \
      --server.port=$PORT_APP ${GAOXIN_ARGS:-}
    printf 'ratio gaoxin (JDK 25 production start) / bare (JDK 17): %.2f; / bare (JDK 25): %.2f (goal ≤ 1.5, RSS ≤ 400 MiB); / bare (JDK 25, same options): %.2f; CPU seconds to UP / bare (JDK 25): %.2f\n' \
      "$(ratio "$SECS_gaoxin_production_jdk__" "$SECS_bare")" "$(ratio "$SECS_gaoxin_production_jdk__" "$SECS_bare_jdk__")" \
      "$(ratio "$SECS_gaoxin_production_jdk__" "$SECS_bare_jdk___same_options")" "$(ratio "$CPU_gaoxin_production_jdk__" "$CPU_bare_jdk__")"
  fi
done

if [ "$REPS" -gt 1 ]; then
  echo "--- medians of $REPS runs (seconds to UP, CPU seconds to UP, RSS MiB a second after UP, RSS MiB ${SETTLE:-0} s after UP)"
  median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
  declare -A UP
  for name in $(awk '{print $1}' "$WORK/results" | awk '!seen[$0]++'); do
    UP[$name]=$(awk -v n="$name" '$1 == n {print $2}' "$WORK/results" | median)
    printf '%-26s UP %6.2f s   CPU %5s s   RSS %5s MiB   settled %5s MiB\n' "$name" "${UP[$name]}" \
      "$(awk -v n="$name" '$1 == n {print $3}' "$WORK/results" | median)" \
      "$(awk -v n="$name" '$1 == n {print $4}' "$WORK/results" | median)" "$(awk -v n="$name" '$1 == n && $5 != "-" {print $5}' "$WORK/results" | median)"
  done
  for pair in gaoxin:bare gaoxin_cds:bare gaoxin_production_jdk25:bare_jdk25 gaoxin_production_jdk25:bare_jdk25_same_options; do
    a=${pair%%:*} b=${pair##*:}
    [ -n "${UP[$a]:-}" ] && [ -n "${UP[$b]:-}" ] && printf 'median ratio %s / %s: %.2f\n' "$a" "$b" "$(ratio "${UP[$a]}" "${UP[$b]}")"
  done
  true
fi
