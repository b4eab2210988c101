# Shared by scripts/test and scripts/start: bring a fresh Debian machine with only Node ≥ 20 and npm
# to a working checkout. Idempotent: each step is skipped when already done.
set -euo pipefail

PNPM_VERSION=12.4.2

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
    echo "› installing pnpm $PNPM_VERSION"
    npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

ensure_dependencies() {
  echo "› installing dependencies"
  # better-sqlite3 compiles against Node's headers; Debian's Node ships them in /usr/include/node, and
  # node-gyp would otherwise try to download them (no network here).
  if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
  # Browsers come from Debian, never downloaded by a package.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  echo "› installing Debian's Chromium for browser tests"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}
