#!/usr/bin/env bash
# Shared set-up for ./run, ./test and ./build: Qt's system libraries, the virtual
# environment with the pinned packages, and the compiled translations.
# Sourced, not executed: it leaves ROOT and PY set for the caller.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# Qt (PySide6 wheels) needs these shared libraries from the system; the xcb ones only for a real screen.
QT_DEBS="libgl1 libegl1 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core"
if command -v dpkg >/dev/null 2>&1; then
  missing=""
  for p in $QT_DEBS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "setup: installing Qt's system libraries:$missing" >&2
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "setup: Qt needs system libraries that are missing; run:" >&2
      echo "  sudo apt-get install -y$missing" >&2
      exit 1
    fi
  fi
fi

# Python 3.11 or newer.
PYTHON=""
for c in python3.11 python3.12 python3.13 python3; do
  if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    PYTHON=$c; break
  fi
done
[ -n "$PYTHON" ] || { echo "setup: Python 3.11 or newer is needed" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
      "$PYTHON" -m venv .venv
    else
      echo "setup: cannot create .venv; run: sudo apt-get install -y python3-venv" >&2; exit 1
    fi
  fi
fi
PY="$ROOT/.venv/bin/python"

# Install the pinned packages when requirements.txt changed since the last install.
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat .venv/.setup-stamp 2>/dev/null)" != "$want" ]; then
  echo "setup: installing the pinned Python packages" >&2
  "$PY" -m pip install -q --disable-pip-version-check -r requirements.txt
  echo "$want" > .venv/.setup-stamp
fi

# Compile the translations (.ts sources -> .qm, not committed).
"$PY" -m scripts.build_translations >&2
