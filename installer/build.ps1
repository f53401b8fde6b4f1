# Build Duban's Windows installer on a Windows PC (PowerShell, from the repository root):
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
#
# Needs Python 3.11+ (python.org installer, "Add python.exe to PATH") and NSIS 3
# (https://nsis.sourceforge.io, makensis.exe on PATH or in its default folder).
# Produces dist\Duban\ (the one-folder program) and dist\Duban-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

if (-not (Test-Path .venv\Scripts\python.exe)) {
    python -m venv .venv
}
.venv\Scripts\python.exe -m pip install --upgrade pip
.venv\Scripts\python.exe -m pip install -e ".[test]"

# The English translation (resources\translations\duban_en.qm) is committed; rebuild it in case
# the .ts was edited since.
.venv\Scripts\python.exe scripts\translations.py build

.venv\Scripts\pyinstaller.exe --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\duban.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Check the build before packing it: it opens the sample plan and exits 0.
$env:QT_QPA_PLATFORM = "offscreen"
$env:DUBAN_HOME = Join-Path $env:TEMP "duban-build-check"
Remove-Item -Recurse -Force $env:DUBAN_HOME -ErrorAction SilentlyContinue
dist\Duban\duban-cli.exe init "$env:DUBAN_HOME\check.duban"
if ($LASTEXITCODE -ne 0) { throw "duban-cli init failed" }
dist\Duban\duban-cli.exe --smoke-test "$env:DUBAN_HOME\check.duban"
if ($LASTEXITCODE -ne 0) { throw "the smoke test of the built program failed" }
Remove-Item Env:\QT_QPA_PLATFORM, Env:\DUBAN_HOME

$makensis = (Get-Command makensis.exe -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
& $makensis installer\duban.nsi
if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
Get-ChildItem dist\Duban-*-setup.exe
