#!/usr/bin/env bash
# Makes the installers' icons from the one source, resources/icons/rectify.png (256 × 256, the
# window's icon too): rectify.ico for Windows, rectify.icns for macOS, rectify.png for Linux.
# The results are committed, so that the Windows and macOS builds need neither tool.
set -euo pipefail
cd "$(dirname "$0")/.."
source_png=resources/icons/rectify.png
out=installer/icons
mkdir -p "$out"
need=()
command -v convert >/dev/null 2>&1 || need+=(imagemagick)
command -v png2icns >/dev/null 2>&1 || need+=(icnsutils)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
fi
cp "$source_png" "$out/rectify.png"
convert "$source_png" -define icon:auto-resize=256,128,64,48,32,16 "$out/rectify.ico"
tmp=$(mktemp -d)
for size in 16 32 128 256; do
  convert "$source_png" -resize "${size}x${size}" -depth 8 "PNG32:$tmp/icon_$size.png"
done
png2icns "$out/rectify.icns" "$tmp"/icon_16.png "$tmp"/icon_32.png "$tmp"/icon_128.png "$tmp"/icon_256.png >/dev/null
rm -rf "$tmp"
ls -l "$out"
