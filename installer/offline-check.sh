#!/usr/bin/env bash
# The offline promise: Rectify opens no network connection. Runs the demo's first start, an import,
# the desktop dashboard (under Xvfb) and the exports inside a network namespace with no usable
# interface (unshare -n: only a loopback that is down), where any connection attempt fails.
# Needs root (or unprivileged user namespaces) for unshare. Usage: bash installer/offline-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/rectify.jar ] || mvn -B -q -DskipTests package
command -v xvfb-run >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth >/dev/null
command -v strace >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -q strace >/dev/null
work=$(mktemp -d)
jar=$PWD/target/rectify.jar

unshare -n bash -s "$jar" "$work" <<'INSIDE'
set -euo pipefail
jar=$1; work=$2; data=$work/data
if ip -o link 2>/dev/null | grep -v ' lo:' | grep -q .; then echo "not isolated: an interface is up"; exit 1; fi
if (exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null; then echo "not isolated: loopback answers"; exit 1; fi
echo "in a network namespace with no interface up"
# every socket call of every run is traced: none may reach for an IP address
n=0
traced() { n=$((n + 1)); strace -f -qq -e trace=socket,connect,bind,listen,sendto,sendmsg -o "$work/net-$n.trace" "$@"; }
traced java -jar "$jar" --data "$data" demo | tail -2
sed '1s/^\xEF\xBB\xBF//; 1!s/^/N/' "$data/demo-exports/tickets-2014-05.csv" | iconv -f UTF-8 -t GBK > "$work/gbk.csv"
traced java -jar "$jar" --data "$data" import "$work/gbk.csv"
traced xvfb-run -a -s "-screen 0 1280x800x24" java -jar "$jar" --data "$data" --screenshots "$work/shots" >/dev/null 2>&1
test -s "$work/shots/dashboard-1280x800.png" && echo "dashboard shown: $(ls "$work/shots" | wc -l) screenshots"
traced java -jar "$jar" --data "$data" report --week 2014-W22 --out "$work/pack.pdf" >/dev/null && test -s "$work/pack.pdf"
traced java -jar "$jar" --data "$data" checklist export --week 2014-W22 --out "$work/checklist.xlsx" >/dev/null && test -s "$work/checklist.xlsx"
traced java -jar "$jar" --data "$data" kpi --period 2014-05 --format json > "$work/kpi.json" && test -s "$work/kpi.json"
echo "exports written: meeting pack (PDF), checklist (XLSX), KPIs (JSON)"
traced java -jar "$jar" --data "$data" check | tail -1
# The JDK creates (and closes) an IPv4 and an IPv6 socket once to learn what the system supports;
# a connection, a bound port or a packet to an IP address would be a broken promise.
if grep -hE '^[0-9]+ +(connect|bind|sendto|sendmsg)\(.*AF_INET' "$work"/net*.trace; then
  echo "an IP connection was attempted (above)"; exit 1
fi
echo "no IP connection attempted: $(grep -ch 'connect(' "$work"/net*.trace | paste -sd+ | bc) connect calls traced, all to local (unix) sockets"
INSIDE
rm -rf "$work"
echo "offline check passed"
