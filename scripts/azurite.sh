#!/usr/bin/env bash
# Azurite (the Azure Storage emulator) for the Azure Blob storage tests.
#   scripts/azurite.sh install        install azurite into .tools/ (git-ignored) unless it is there already
#   scripts/azurite.sh start [PORT]   run its blob service on 127.0.0.1:PORT (default 10000) until Ctrl+C,
#                                     for trying the bot with Storage:Provider=AzureBlob by hand
# The tests start and stop their own Azurite (tests/SpineBot.Storage.Tests/Azurite/AzuriteFixture.cs); they install it
# the same way when it is missing. SPINEBOT_SKIP_AZURITE=1 skips those tests instead.
set -euo pipefail

AZURITE_VERSION=3.37.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
BLOB="$TOOLS/node_modules/.bin/azurite-blob"

install() {
  if [[ -x "$BLOB" ]] && grep -q "\"version\": \"$AZURITE_VERSION\"" "$TOOLS/node_modules/azurite/package.json" 2>/dev/null; then
    return 0
  fi
  npm install --prefix "$TOOLS" "azurite@$AZURITE_VERSION" --no-audit --no-fund
}

case "${1:-}" in
  install)
    install
    ;;
  start)
    install
    port="${2:-10000}"
    data="$(mktemp -d -t spinebot-azurite-XXXXXX)"
    echo "Azurite blob service on http://127.0.0.1:$port/devstoreaccount1 (data in $data)"
    exec "$BLOB" --blobHost 127.0.0.1 --blobPort "$port" --location "$data" \
      --skipApiVersionCheck --loose --disableTelemetry
    ;;
  *)
    echo "usage: $0 install | start [PORT]" >&2
    exit 2
    ;;
esac
