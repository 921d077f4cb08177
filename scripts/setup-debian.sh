#!/usr/bin/env bash
# The Debian packages only the tests need; `npm test` runs this first (scripts/test.js), so nothing else is needed.
#   chromium                 browser tests (playwright-core drives Debian's build; no browser download)
#   libreoffice-writer-nogui .docx round trips (headless soffice)
#   poppler-utils            pdftoppm, to keep a rendered page as a test artifact
#   fonts-*                  metric-compatible fonts so rendered pages look like Word's
#   nginx, openssl           the deploy test serves a production build through deploy/nginx with a test certificate
# Missing packages are installed when this runs as root or with password-less sudo; otherwise it stops at once
# and prints the one command to run. Packages already installed are left alone.
set -euo pipefail
packages=(chromium libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-liberation2
  nginx openssl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-debian: all packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    SUDO="sudo"
  else
    echo "setup-debian: the tests need Debian packages that are not installed: ${missing[*]}" >&2
    echo "Install them (as an administrator), then run the tests again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
echo "setup-debian: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "setup-debian: done"
