#!/usr/bin/env bash
# The side-by-side performance run (see docs/performance.md): builds SpineBot, the echo floor and the load generator
# in Release, installs the JavaScript peer's npm packages, then starts the three bots on 127.0.0.1, loads them in
# turn, measures state size, memory and cold start, prints one table with the ratios and writes it into
# docs/performance.md. Not part of ./test.sh.
#   bench/run.sh                 the full run (about 8 minutes), writes docs/performance.md
#   bench/run.sh --quick         the 1-minute smoke run; prints the table, leaves the document alone
#   bench/run.sh --quick --doc   the smoke run, and write it into the document anyway
#   --only spinebot,echo,js      a subset of the bots;   --skip-build   use the existing Release builds
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0 doc=1 build=1 pass=()
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1; pass+=("$arg") ;;
    --doc) doc=2 ;;
    --no-doc) doc=0 ;;
    --skip-build) build=0 ;;
    *) pass+=("$arg") ;;
  esac
done
if [ "$doc" = 0 ] || { [ "$quick" = 1 ] && [ "$doc" = 1 ]; }; then pass+=(--no-doc); fi

say() { printf '\n== %s\n' "$*"; }

if [ "$build" = 1 ]; then
  say "Building in Release: SpineBot, the echo floor, the load generator"
  for project in src/SpineBot/SpineBot.csproj bench/SpineBot.EchoFloor/SpineBot.EchoFloor.csproj bench/SpineBot.LoadGenerator/SpineBot.LoadGenerator.csproj; do
    dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
  done

  installed=bench/js-peer/node_modules/.package-lock.json
  if command -v node >/dev/null 2>&1 && { [ ! -f "$installed" ] || [ bench/js-peer/package-lock.json -nt "$installed" ]; }; then
    say "Installing the JavaScript peer's packages (botbuilder, botbuilder-dialogs, better-sqlite3)"
    # botbuilder-dialogs' install script runs npx; npm_config_yes lets it fetch its helper without asking.
    (cd bench/js-peer && npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

if ! command -v node >/dev/null 2>&1 && [[ " ${pass[*]} " != *" --only "* ]]; then
  echo "node is not installed: running without the JavaScript peer" >&2
  pass+=(--only spinebot,echo)
fi

say "Running the bench"
exec dotnet bench/SpineBot.LoadGenerator/bin/Release/net10.0/SpineBot.LoadGenerator.dll --command "bench/run.sh $*" "${pass[@]}"
