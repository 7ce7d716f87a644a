# Builds the Windows installer, target\installer\Rectify-<version>.msi: a per-user install (no
# administrator rights), entries in the Start menu and on the desktop, a trimmed runtime and the
# launcher's heap from jpackage-common.args. Run on Windows from the repository:
#   powershell -ExecutionPolicy Bypass -File installer\windows.ps1
# Needs JDK 17 (jpackage), Maven, and WiX Toolset 3.x (candle.exe, light.exe) on PATH.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
$version = ([xml](Get-Content pom.xml)).project.version

mvn -B -q -DskipTests package
Remove-Item -Recurse -Force target\jpackage-input, target\installer -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\jpackage-input | Out-Null
Copy-Item target\rectify.jar target\jpackage-input\
Copy-Item -Recurse target\lib target\jpackage-input\lib

# The upgrade code stays the same from version to version, so that a new MSI replaces the old one.
jpackage '@installer/jpackage-common.args' --type msi --app-version $version `
  --icon installer\icons\rectify.ico `
  --win-per-user-install --win-menu --win-menu-group Rectify --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid 3f0b6c52-8d1e-4c7a-9b0e-5a2f7e41c9d3
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem target\installer\*.msi | ForEach-Object { "{0}  {1:N0} MB" -f $_.FullName, ($_.Length / 1MB) }
