#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring and a throw-away HOME, so the
# keychain tests touch no real keyring and need nothing from the machine's desktop session.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 0700 "$tmp/runtime"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CONFIG_HOME="$tmp/home/.config"
exec dbus-run-session -- sh -c '
    echo -n callstop-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    "$@"' sh "$@"
