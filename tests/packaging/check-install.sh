#!/usr/bin/env bash
# Installs the build tree into a temporary prefix and checks what a distribution would ship: the three executables
# (which answer --version), the desktop entry and AppStream file (validated by desktop-file-validate and
# appstreamcli), and the icons. Usage: check-install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

fail() { echo "check-install: $*" >&2; exit 1; }
expect=(
    bin/callstop bin/callstop-cli bin/callstop-sandbox
    share/applications/org.callstop.CallStop.desktop
    share/metainfo/org.callstop.CallStop.metainfo.xml
    share/icons/hicolor/scalable/apps/org.callstop.CallStop.svg
)
for size in 16 24 32 48 64 128 256; do
    expect+=("share/icons/hicolor/${size}x${size}/apps/org.callstop.CallStop.png")
done
for f in "${expect[@]}"; do
    [ -s "$prefix/$f" ] || fail "missing or empty: $f"
done
for exe in callstop callstop-cli callstop-sandbox; do
    [ -x "$prefix/bin/$exe" ] || fail "not executable: bin/$exe"
done
# PNGs are real images of their size.
python3 - "$prefix" <<'PY'
import struct, sys
for size in (16, 48, 256):
    path = f"{sys.argv[1]}/share/icons/hicolor/{size}x{size}/apps/org.callstop.CallStop.png"
    head = open(path, "rb").read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    w, h = struct.unpack(">II", head[16:24])
    assert (w, h) == (size, size), (path, w, h)
PY

version=$(grep -oP "CMAKE_PROJECT_VERSION:STATIC=\K.*" "$build/CMakeCache.txt")
for exe in callstop-cli callstop-sandbox; do
    out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$exe" --version)
    [[ "$out" == *"$version"* ]] || fail "$exe --version printed '$out', not $version"
done
out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/callstop" --version)
[[ "$out" == *"$version"* ]] || fail "callstop --version printed '$out', not $version"

desktop-file-validate "$prefix/share/applications/org.callstop.CallStop.desktop" \
    || fail "desktop-file-validate refused the desktop entry"
appstreamcli validate --no-net --explain "$prefix/share/metainfo/org.callstop.CallStop.metainfo.xml" \
    || fail "appstreamcli refused the metainfo file"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/org.callstop.CallStop.metainfo.xml" \
    || fail "the metainfo file has no release $version"
echo "check-install: ${#expect[@]} files installed and valid (version $version)"
