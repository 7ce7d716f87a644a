#!/usr/bin/env bash
# Builds the Linux packages (linux.sh), then checks what was built: the packaged app starts under
# Xvfb on a fresh data folder and shows the demo dashboard (a screenshot to look at), and the
# packaged command line imports a GBK export and writes a meeting pack with its trimmed runtime.
# The .deb's payload is unpacked and run the same way. Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
command -v iconv >/dev/null 2>&1 || need+=(libc-bin)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
fi

bash installer/linux.sh
work=$(mktemp -d)
out=target/installer-check
rm -rf "$out" && mkdir -p "$out"

check_app() { # launcher, label
  local launcher=$1 label=$2 data="$work/$2-data" shots="$out/$2"
  mkdir -p "$shots"
  xvfb-run -a -s "-screen 0 1920x1080x24" "$launcher" --data "$data" --screenshots "$shots" >"$work/$label.log" 2>&1
  test -s "$shots/dashboard-1280x800.png" || { echo "$label: no dashboard screenshot"; cat "$work/$label.log"; exit 1; }
  echo "$label: demo dashboard shown: $shots/dashboard-1280x800.png"
  # a GBK export (Excel's Chinese default) through the packaged runtime's charsets
  # (new ticket numbers, so that its rows are inserted, not found unchanged)
  sed '1s/^\xEF\xBB\xBF//; 1!s/^/G/' "$data/demo-exports/tickets-2014-05.csv" | iconv -f UTF-8 -t GBK > "$work/gbk-$label.csv"
  "$launcher" --data "$data" import "$work/gbk-$label.csv" | tee "$work/$label-import.txt"
  grep -q " inserted" "$work/$label-import.txt"
  "$launcher" --data "$data" report --week 2014-W22 --out "$out/$label-pack.pdf" >/dev/null
  test -s "$out/$label-pack.pdf" && echo "$label: meeting pack written: $out/$label-pack.pdf"
  "$launcher" --data "$data" check | tail -1
}

check_app target/installer/Rectify/bin/Rectify app-image
# without --data the installed app keeps its store where the README says: $XDG_DATA_HOME/rectify
XDG_DATA_HOME="$work/xdg" target/installer/Rectify/bin/Rectify check >/dev/null
test -f "$work/xdg/rectify/rectify.db" && echo "app-image: the store is in \$XDG_DATA_HOME/rectify when no folder is given"
deb=$(ls target/installer/*.deb 2>/dev/null || true)
if [ -n "$deb" ]; then
  dpkg-deb -x "$deb" "$work/deb-root"
  check_app "$work/deb-root/opt/rectify/bin/Rectify" deb
fi
rm -rf "$work"
echo "sizes: app-image $(du -sh target/installer/Rectify | cut -f1)${deb:+, .deb $(du -h "$deb" | cut -f1)}"
