#!/usr/bin/env bash
# Rebuilds graphkit/render/vendor/sigma-graphology.min.js, the script of the large-graph
# page, from the npm registry: exact versions from package-lock.json (npm ci), bundled and
# minified by esbuild, licences copied beside it. The same lockfile gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")"
out=../graphkit/render/vendor
npm ci --ignore-scripts --no-audit --no-fund >/dev/null
mkdir -p "$out/LICENSES"
{
  printf '/*! sigma %s (MIT) and graphology %s (MIT), bundled by graphkit js/build.sh; licences in LICENSES/ */\n' \
    "$(node -p 'require("./node_modules/sigma/package.json").version')" \
    "$(node -p 'require("./node_modules/graphology/package.json").version')"
  ./node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --target=es2019 \
    --legal-comments=none --log-level=warning
} >"$out/sigma-graphology.min.js"
for package in sigma graphology graphology-utils events; do
  cp "node_modules/$package/LICENSE"* "$out/LICENSES/$package.txt"
done
sha256sum "$out/sigma-graphology.min.js"
