#!/usr/bin/env bash
# Browser test of the public site (docs/transparencia.md): builds the Q2 site of examples/ with
# the built jar, opens every page in headless Chromium and runs axe-core (WCAG 2.1 AA).
# Installs Chromium (Debian package) and Node.js if missing, and the pinned npm packages.
#   src/test/site/run.sh [JAR]        (default target/mpi.jar; screenshots in target/sitio-capturas)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
jar="${1:-$root/target/mpi.jar}"

need=()
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

site="$root/target/sitio-prueba"
shots="$root/target/sitio-capturas"
rm -rf "$site" "$shots"
java -jar "$jar" sitio --period 2025-Q2 --date 2025-07-15 -o "$site" "$root/examples"
node "$here/check.mjs" "$site" "$shots"
