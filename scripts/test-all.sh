#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine and runs every test:
# type check, unit and data-layer tests (Vitest), then browser tests (Playwright) against the
# production build.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

rm -rf .reports && mkdir -p .reports
npm run typecheck
npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json
npm run build
CI=1 npx playwright test
node scripts/test-summary.mjs .reports/vitest.json .reports/playwright.json
