#!/bin/sh
# Installs the Debian packages emend needs to build, test and run, if any is
# missing. Quick when everything is there: it only asks dpkg. Needs root (or sudo).
set -eu

packages="
  g++ cmake make pkg-config clang-format
  libicu-dev libcli11-dev libgtest-dev googletest
  libhunspell-dev hunspell-en-gb hunspell-hr hunspell-sr hunspell-ru
  wordnet-base
  libpugixml-dev libxml2-dev libxml2-utils jing
  libtesseract-dev libleptonica-dev zlib1g-dev libpoppler-cpp-dev tesseract-ocr
  tesseract-ocr-eng tesseract-ocr-hrv tesseract-ocr-srp-latn tesseract-ocr-rus
  fonts-liberation fonts-dejavu-core fonts-dejavu-extra
  chromium chromium-headless-shell
  texlive-xetex texlive-humanities texlive-lang-cyrillic texlive-fonts-recommended
  latexmk fonts-linuxlibertine poppler-utils
  slurm-wlm munge
"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
# Node.js and npm for the browser test, from Debian unless they are there
# already (a NodeSource nodejs carries its own npm and conflicts with Debian's).
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
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
fi

# The HTML edition's browser test: playwright-core from npm, pinned by
# tests/browser/package-lock.json (it drives Debian's chromium-headless-shell,
# or chromium; no browser is downloaded). Installed again only when the lock file is newer than the install.
browser="$(cd "$(dirname "$0")/.." && pwd)/tests/browser"
if [ ! -f "$browser/node_modules/.package-lock.json" ] ||
   [ "$browser/package-lock.json" -nt "$browser/node_modules/.package-lock.json" ]; then
  echo "install-deps: npm ci in tests/browser" >&2
  (cd "$browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

# The HTML edition's search library (MiniSearch, MIT), pinned by
# render/html/package-lock.json; the build compiles it into emend, which
# writes it into every site (render/CMakeLists.txt).
vendor="$(cd "$(dirname "$0")/.." && pwd)/render/html"
if [ ! -f "$vendor/node_modules/.package-lock.json" ] ||
   [ "$vendor/package-lock.json" -nt "$vendor/node_modules/.package-lock.json" ]; then
  echo "install-deps: npm ci in render/html" >&2
  (cd "$vendor" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
