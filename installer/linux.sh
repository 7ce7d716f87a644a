#!/usr/bin/env bash
# Builds the Linux app-image (target/installer/Rectify) and, where dpkg is present, the .deb
# (target/installer/rectify_<version>_amd64.deb), then prints their sizes. Options shared by every
# platform are in jpackage-common.args; this adds the Linux ones.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

mvn -B -q -DskipTests package
rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input
cp target/rectify.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib

jpackage @installer/jpackage-common.args --type app-image --app-version "$version" \
  --icon installer/icons/rectify.png
echo "app-image: $(du -sh target/installer/Rectify | cut -f1)  (target/installer/Rectify, launcher bin/Rectify)"

if command -v dpkg >/dev/null 2>&1; then
  command -v fakeroot >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -q fakeroot >/dev/null
  jpackage @installer/jpackage-common.args --type deb --app-version "$version" \
    --icon installer/icons/rectify.png \
    --linux-package-name rectify --linux-package-deps libgtk-3-0 \
    --linux-menu-group Office --linux-app-category office --linux-shortcut
  deb=$(ls target/installer/*.deb)
  echo "deb: $(du -h "$deb" | cut -f1)  ($deb; installs to /opt/rectify, launcher /opt/rectify/bin/Rectify)"
fi
