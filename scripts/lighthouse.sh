#!/bin/sh
# Lighthouse 12.2.3, mobile (its default), median of 3 performance scores per URL, with Debian's Chromium.
#   sh scripts/lighthouse.sh http://127.0.0.1:4331 / /outcomes /outcomes/infant-attachment /interventions
# Serve the build gzipped first: node scripts/serve-dist.mjs --port 4331
# LIGHTHOUSE may name an installed binary; by default npx fetches the pinned version from the npm registry.
set -eu
origin="$1"; shift
lighthouse="${LIGHTHOUSE:-npx -y lighthouse@12.2.3}"
out="${LIGHTHOUSE_OUT:-/tmp/lighthouse}"
mkdir -p "$out"
for path in "$@"; do
  scores=""
  for run in 1 2 3; do
    file="$out/$(echo "$path" | tr '/' '_')-$run.json"
    $lighthouse "$origin$path" --only-categories=performance --output=json --output-path="$file" --quiet \
      --chrome-path="${CHROMIUM_PATH:-/usr/bin/chromium}" --chrome-flags="--headless --no-sandbox --disable-gpu" >/dev/null 2>&1 || true
    score=$(node -e "const r=require('$file');console.log(Math.round(r.categories.performance.score*100))" 2>/dev/null || echo "?")
    scores="$scores $score"
  done
  median=$(echo $scores | tr ' ' '\n' | sort -n | sed -n 2p)
  echo "$path: median $median (runs:$scores)"
done
