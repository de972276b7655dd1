#!/usr/bin/env bash
# Build the SpineBot Teams app package (manifest.json + color.png + outline.png + the localization files its
# localizationInfo names, e.g. es.json, in one zip).
#
# Usage:
#   deploymentTemplates/teams/package.sh --app-id <guid> --website-url <https://...> --bot-domain <host>
#                                        [--privacy-url <https://...>] [--terms-url <https://...>]
#                                        [--out <path.zip>]
# Every option may instead come from an environment variable:
#   MICROSOFT_APP_ID, WEBSITE_URL, BOT_DOMAIN, PRIVACY_URL, TERMS_URL, TEAMS_PACKAGE_OUT
#
#   --app-id       the bot's Microsoft App ID (template output botAppId); also used as the Teams app id
#   --website-url  The Spine Institute's public website (https)
#   --bot-domain   host name of the web app, e.g. spinebot-prod-abc123.azurewebsites.net
#   --privacy-url  privacy statement page (defaults to the website URL)
#   --terms-url    terms of use page (defaults to the website URL)
#   --out          where to write the zip (default: spinebot-teams.zip next to this script)
#
# The committed manifest.json keeps its {{PLACEHOLDERS}}; the filled-in copy exists only inside the zip.
# Needs bash and python3 (standard library only).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

app_id="${MICROSOFT_APP_ID:-}"
website_url="${WEBSITE_URL:-}"
bot_domain="${BOT_DOMAIN:-}"
privacy_url="${PRIVACY_URL:-}"
terms_url="${TERMS_URL:-}"
out="${TEAMS_PACKAGE_OUT:-$here/spinebot-teams.zip}"

while [[ $# -gt 0 ]]; do
  if [[ "$1" == --* && "$1" != "--help" && $# -lt 2 ]]; then
    echo "error: option '$1' needs a value (try --help)" >&2
    exit 2
  fi
  case "$1" in
    --app-id) app_id="${2:-}"; shift 2 ;;
    --website-url) website_url="${2:-}"; shift 2 ;;
    --bot-domain) bot_domain="${2:-}"; shift 2 ;;
    --privacy-url) privacy_url="${2:-}"; shift 2 ;;
    --terms-url) terms_url="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "error: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

if ! command -v python3 >/dev/null 2>&1; then
  echo "error: python3 is required to validate and zip the Teams package" >&2
  exit 2
fi

APP_ID="$app_id" WEBSITE_URL="$website_url" BOT_DOMAIN="$bot_domain" \
PRIVACY_URL="$privacy_url" TERMS_URL="$terms_url" OUT="$out" SRC="$here" \
python3 - <<'PY'
import json, os, re, struct, sys, tempfile, zipfile
from urllib.parse import urlparse

def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)

src = os.environ["SRC"]
app_id = os.environ["APP_ID"].strip()
website = os.environ["WEBSITE_URL"].strip().rstrip("/")
bot_domain = os.environ["BOT_DOMAIN"].strip().lower()
privacy = os.environ["PRIVACY_URL"].strip() or website
terms = os.environ["TERMS_URL"].strip() or website
out = os.path.abspath(os.environ["OUT"])

if not re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", app_id):
    fail("--app-id (MICROSOFT_APP_ID) must be the bot's Microsoft App ID, a GUID such as "
         "1b4f6a57-0c3e-4d55-9f55-2a8d1c0e7b21; got '" + app_id + "'")

def https_url(name, value):
    parsed = urlparse(value)
    if parsed.scheme != "https" or not parsed.hostname:
        fail(f"{name} must be an https:// address; got '{value}'")
    host = parsed.hostname.lower()
    if re.fullmatch(r"(.+\.)?example\.(com|net|org)", host) or host == "localhost":
        fail(f"{name} must be The Spine Institute's real site, not a placeholder; got '{value}'")
    return host

website_domain = https_url("--website-url (WEBSITE_URL)", website)
https_url("--privacy-url (PRIVACY_URL)", privacy)
https_url("--terms-url (TERMS_URL)", terms)

if not re.fullmatch(r"(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", bot_domain):
    fail("--bot-domain (BOT_DOMAIN) must be a host name such as spinebot-prod-abc123.azurewebsites.net, "
         "without https:// or a path; got '" + bot_domain + "'")

values = {
    "MICROSOFT_APP_ID": app_id.lower(),
    "WEBSITE_URL": website,
    "PRIVACY_URL": privacy,
    "TERMS_URL": terms,
    "BOT_DOMAIN": bot_domain,
    "WEBSITE_DOMAIN": website_domain,
}

with open(os.path.join(src, "manifest.json"), encoding="utf-8") as f:
    text = f.read()
for key, value in values.items():
    text = text.replace("{{" + key + "}}", value)
left = sorted(set(re.findall(r"\{\{([A-Z_]+)\}\}", text)))
if left:
    fail("manifest.json still has placeholders nobody fills in: " + ", ".join(left))
try:
    manifest = json.loads(text)
except json.JSONDecodeError as e:
    fail(f"manifest.json is not valid JSON after substitution: {e}")

limits = [(("name", "short"), 30), (("name", "full"), 100), (("description", "short"), 80),
          (("description", "full"), 4000), (("developer", "name"), 32)]
for path, limit in limits:
    value = manifest.get(path[0], {}).get(path[1], "")
    if not value or len(value) > limit:
        fail(f"manifest {'.'.join(path)} must be 1 to {limit} characters; it has {len(value)}")
bots = manifest.get("bots") or []
if len(bots) != 1 or bots[0].get("botId") != values["MICROSOFT_APP_ID"]:
    fail("manifest must declare exactly one bot whose botId is the app id")
if "personal" not in bots[0].get("scopes", []):
    fail("the bot must be available in the personal scope")

def png_size(name):
    path = os.path.join(src, name)
    if not os.path.isfile(path):
        fail(f"icon {name} is missing (run make-icons.py)")
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        fail(f"icon {name} is not a PNG file")
    return struct.unpack(">II", head[16:24])

for key, size in (("color", 192), ("outline", 32)):
    name = manifest["icons"][key]
    if png_size(name) != (size, size):
        fail(f"icon {name} must be {size}x{size} pixels; it is {png_size(name)[0]}x{png_size(name)[1]}")

# Localization files (localizationInfo.additionalLanguages): each must exist, use the manifest's schema version,
# translate only strings the manifest has, and keep Teams' length limits.
localization_limits = {"name.short": 30, "name.full": 100, "description.short": 80, "description.full": 4000}
command_key = re.compile(r"bots\[(\d+)\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)")
localizations = []
for language in (manifest.get("localizationInfo") or {}).get("additionalLanguages", []):
    name = language.get("file", "")
    tag = language.get("languageTag", "")
    path = os.path.join(src, name)
    if not name or os.path.dirname(name) or not os.path.isfile(path):
        fail(f"localization file '{name}' for {tag} is missing next to manifest.json")
    try:
        with open(path, encoding="utf-8") as f:
            strings = json.load(f)
    except json.JSONDecodeError as e:
        fail(f"{name} is not valid JSON: {e}")
    expected_schema = (f"https://developer.microsoft.com/json-schemas/teams/v{manifest['manifestVersion']}"
                       "/MicrosoftTeams.Localization.schema.json")
    if strings.get("$schema") != expected_schema:
        fail(f"{name} must use the manifest's schema version: $schema {expected_schema}")
    for key, value in strings.items():
        if key == "$schema":
            continue
        match = command_key.fullmatch(key)
        if match:
            bot, group, command, field = (int(match[1]), int(match[2]), int(match[3]), match[4])
            try:
                manifest["bots"][bot]["commandLists"][group]["commands"][command]
            except (IndexError, KeyError):
                fail(f"{name}: '{key}' translates a command the manifest does not have")
            limit = 32 if field == "title" else 128
        elif key in localization_limits:
            limit = localization_limits[key]
        else:
            fail(f"{name}: '{key}' is not a string Teams localizes in this manifest")
        if not isinstance(value, str) or not value or len(value) > limit:
            fail(f"{name}: '{key}' must be 1 to {limit} characters; it has {len(value) if isinstance(value, str) else 0}")
    localizations.append(name)

os.makedirs(os.path.dirname(out), exist_ok=True)
fd, tmp = tempfile.mkstemp(suffix=".zip", dir=os.path.dirname(out))
os.close(fd)
try:
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        fixed_time = (2026, 1, 1, 0, 0, 0)  # identical inputs give an identical zip
        z.writestr(zipfile.ZipInfo("manifest.json", fixed_time), json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                   compress_type=zipfile.ZIP_DEFLATED)
        for name in [manifest["icons"]["color"], manifest["icons"]["outline"], *localizations]:
            with open(os.path.join(src, name), "rb") as f:
                z.writestr(zipfile.ZipInfo(name, fixed_time), f.read(), compress_type=zipfile.ZIP_DEFLATED)
    os.replace(tmp, out)
except BaseException:
    os.unlink(tmp)
    raise
print(f"wrote {out} (manifest {manifest['manifestVersion']}, bot {values['MICROSOFT_APP_ID']}, "
      f"domains {', '.join(manifest.get('validDomains', []))}, languages en-us {' '.join(localizations)})")
PY
