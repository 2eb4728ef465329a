#!/bin/sh
# Installs the Debian packages emend needs to build, test and run, if any is
# missing. Quick when everything is there: it only asks dpkg. Needs root (or sudo).
set -eu

packages="
  g++ cmake make pkg-config
  libicu-dev libcli11-dev libgtest-dev googletest
  libhunspell-dev hunspell-en-gb hunspell-hr hunspell-sr hunspell-ru
  wordnet-base
  libpugixml-dev libxml2-dev libxml2-utils jing
"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
