#!/usr/bin/env bash
# CI: Debian's Chromium for the dashboard's end-to-end browser test (tests/dashboard/test_browser.py).
# Playwright drives this browser through its Python package; Playwright's own browser download is not used.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium
/usr/bin/chromium --version
