#!/usr/bin/env bash
# Builds the macOS disk image, target/installer/Rectify-<version>.dmg (Rectify.app with a trimmed
# runtime and the launcher's heap from jpackage-common.args). Run on macOS from the repository:
#   bash installer/macos.sh
# Needs JDK 17 (jpackage) and Maven. Unsigned: sign and notarise with --mac-sign and your
# Developer ID when it is distributed beyond the department.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
# jpackage on macOS wants a first version number of at least 1 (CFBundleVersion)
case "$version" in 0.*) bundle_version="1.${version#0.}" ;; *) bundle_version="$version" ;; esac

mvn -B -q -DskipTests package
rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input
cp target/rectify.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib

jpackage @installer/jpackage-common.args --type dmg --app-version "$bundle_version" \
  --icon installer/icons/rectify.icns \
  --mac-package-identifier org.rectify.desktop --mac-package-name Rectify
du -h target/installer/*.dmg
