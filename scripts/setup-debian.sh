#!/usr/bin/env bash
# Set-up step 1 of 2 (step 2 is `npm ci`): the Debian packages the tests need.
#   chromium                 browser tests (playwright-core drives Debian's build; no browser download)
#   libreoffice-writer-nogui .docx round trips (headless soffice)
#   poppler-utils            pdftoppm, to keep a rendered page as a test artifact
#   fonts-*                  metric-compatible fonts so rendered pages look like Word's
#   libsecret-1-dev          lets keytar (pulled in by office-addin-debugging) build where npm runs install scripts
# Run as root (or with sudo). Packages already installed are left alone.
set -euo pipefail
packages=(chromium libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-liberation2 libsecret-1-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-debian: all packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "setup-debian: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "setup-debian: done"
