#!/usr/bin/env bash
# Regenerates docs/web.png, the screenshot of the interactive page in the README and docs/web.md:
# builds the page (cmake --workflow --preset web) and shows one view in headless Chromium.
#   scripts/web_screenshot.sh [QUERY]   (default: the H200 for China on 2026-02-01)
set -euo pipefail
cd "$(dirname "$0")/.."
query=${1:-chip=nvidia-h200-sxm&destination=CN&date=2026-02-01}
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chromium" ] || { echo "web_screenshot: chromium not found (apt-get install chromium)" >&2; exit 2; }
cmake --workflow --preset web >/dev/null
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars --window-size=1280,1500 \
  --virtual-time-budget=10000 --screenshot="$PWD/docs/web.png" "file://$PWD/build/web/accelspec.html?$query" \
  2>/dev/null
echo "wrote docs/web.png ($(wc -c <docs/web.png) bytes): accelspec.html?$query"
