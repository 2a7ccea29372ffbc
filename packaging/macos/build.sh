#!/usr/bin/env bash
# Build the register for macOS stations: the PyInstaller bundle as Register.app, then a disk image.
# Mirrors packaging/build step for step. Needs uv and the Xcode command-line tools (iconutil, hdiutil).
#   packaging/macos/build.sh [--version-suffix SUFFIX]        -> dist/Register.app, dist/register-<version>.dmg
# Signing and notarization (codesign, notarytool) are left to the release machine that holds the keys.
set -euo pipefail
cd "$(dirname "$0")/../.."
suffix=""
[ "${1:-}" = "--version-suffix" ] && suffix="${2?}"
start=$(date +%s)

# 1. The version: pyproject.toml's `version` (+ suffix), the single source.
base=$(uv run --frozen python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
version="$base$suffix"
echo "build: register $version"

# 2. The bundle: the same spec; on macOS it also wraps the folder as dist/Register.app (BUNDLE).
uv run --frozen python packaging/make_icons.py build/icons
iconset=build/icons/register.iconset
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "build/icons/register-$size.png" "$iconset/icon_${size}x${size}.png"
  cp "build/icons/register-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
done
iconutil -c icns -o build/icons/register.icns "$iconset"
rm -rf dist/register dist/Register.app
REGISTER_VERSION="$version" REGISTER_STRIP=1 uv run --frozen pyinstaller --noconfirm --log-level WARN \
  --distpath dist --workpath dist/build packaging/register.spec
echo "build: dist/Register.app: $(du -sm dist/Register.app | cut -f1) MB, built in $(($(date +%s) - start)) s"

# 3. The bundle starts and carries the version.
got=$(dist/Register.app/Contents/MacOS/register --version)
[ "$got" = "register $version" ] || { echo "build: the bundle says '$got', expected 'register $version'" >&2; exit 1; }

# 4. The disk image: Register.app and a link to /Applications, to drag it onto.
stage=dist/dmg
rm -rf "$stage" && mkdir -p "$stage"
cp -R dist/Register.app "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Register $version" -srcfolder "$stage" -ov -format UDZO "dist/register-$version.dmg"
rm -rf "$stage"
echo "build: dist/register-$version.dmg; done in $(($(date +%s) - start)) s"
