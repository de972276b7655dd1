#!/usr/bin/env bash
# Runs every SpineBot test on a fresh machine: installs what the tests need, then `dotnet test SpineBot.sln`.
#   - Debian's chromium, for the browser tests (Playwright drives it; no browser download)
#   - the azurite npm package, the Azure Storage emulator the blob-storage tests start and stop on loopback
# The Web Chat bundle is fetched by the host's build (npm pack, pinned and checked).
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\n== %s\n' "$*"; }

if ! command -v chromium >/dev/null 2>&1; then
  say "Installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
fi

if [ ! -x .tools/node_modules/.bin/azurite-blob ]; then
  say "Installing azurite (Azure Storage emulator) into .tools/"
  npm install --prefix .tools --no-audit --no-fund --loglevel=error azurite@3.37.0
fi

say "Running dotnet test SpineBot.sln"
mkdir -p TestResults
log=TestResults/test-output.log
set +e
dotnet test SpineBot.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)!/ {
  for (i = 1; i <= NF; i++) {
    if ($i == "Failed:") f += $(i + 1) + 0
    if ($i == "Passed:") p += $(i + 1) + 0
    if ($i == "Skipped:") s += $(i + 1) + 0
  }
} END { printf "\n%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
