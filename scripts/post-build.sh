#!/bin/sh
# Trunk post-build hook. Trunk runs a stage's hooks at the same time, so the steps that must come
# in order are one hook: the JS glue is minified (release) before the service worker hashes the
# files, and the service worker itself is minified last, once its file list is written in.
set -eu
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  node scripts/minify-js.mjs
fi
sh scripts/service-worker-manifest.sh
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  node scripts/minify-js.mjs sw.js
fi
