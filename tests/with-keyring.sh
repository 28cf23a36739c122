#!/bin/sh
# Runs "$@" inside a private D-Bus session with an unlocked gnome-keyring, so the keyring
# tests talk to a real Secret Service. HOME points at a throw-away folder so the user's own
# keyring is never touched. Where dbus-run-session or gnome-keyring-daemon is missing, the
# command runs as it is and the Secret Service tests skip with a reason.
set -eu
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  tmp_home=$(mktemp -d)
  trap 'rm -rf "$tmp_home"' EXIT
  export HOME="$tmp_home" XDG_DATA_HOME="$tmp_home/.local/share" XDG_RUNTIME_DIR="$tmp_home/run"
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  export ZALO_TEST_SECRET_SERVICE=1
  dbus-run-session -- sh -c 'printf %s "zalo-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
else
  echo "with-keyring.sh: no dbus-run-session/gnome-keyring-daemon; Secret Service tests will skip" >&2
  exec "$@"
fi
