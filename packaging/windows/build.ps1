# Build the register for Windows stations: the PyInstaller bundle, then the Inno Setup installer.
# Mirrors packaging/build step for step. Run from anywhere in PowerShell, with uv and Inno Setup 6 (iscc):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-VersionSuffix "+rc1"]
param([string]$VersionSuffix = "")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$start = Get-Date

# 1. The version: pyproject.toml's `version` (+ suffix), the single source.
$base = uv run --frozen python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$version = "$base$VersionSuffix"
Write-Host "build: register $version"

# 2. The one-folder bundle (dist\register\: register.exe windowed, register-cli.exe console, _internal\).
uv run --frozen python packaging\make_icons.py build\icons
$env:REGISTER_VERSION = $version
uv run --frozen pyinstaller --noconfirm --log-level WARN --distpath dist --workpath dist\build packaging\register.spec
if ($LASTEXITCODE -ne 0) { throw "pyinstaller failed" }
$mb = [math]::Round((Get-ChildItem dist\register -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "build: bundle dist\register: $mb MB unpacked, built in $([int]((Get-Date) - $start).TotalSeconds) s"

# 3. The bundle starts and carries the version.
$got = & dist\register\register-cli.exe --version
if ($got -ne "register $version") { throw "the bundle says '$got', expected 'register $version'" }

# 4. The installer.
iscc /Q "/DAppVersion=$version" packaging\windows\register.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Write-Host "build: installer dist\register-$version-setup.exe; done in $([int]((Get-Date) - $start).TotalSeconds) s"
