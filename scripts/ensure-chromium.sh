#!/usr/bin/env bash
# Make sure Debian's chromium is present for the browser test (tests/test_browser.py).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[local-power] installing Debian's chromium for the browser test" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "chromium is missing: install Debian's 'chromium' package (sudo apt-get install chromium)" >&2
exit 1
