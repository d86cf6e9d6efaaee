#!/bin/sh
# Trunk post-build hook: fills in public/sw.js's list of app-shell files and its cache version,
# from what this build produced. Runs in $TRUNK_STAGING_DIR before it becomes dist/.
set -eu
cd "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
# The home-screen icons are fetched by the browser when the app is installed, not by patients.
files=$(find . -type f ! -name sw.js ! -name '*.br' ! -name '*.gz' ! -name 'icon-*.png' | sed 's|^\./|/|' | sort)
list=$(printf '%s\n' "$files" | sed 's/.*/"&"/' | tr '\n' ',' | sed 's/,$//')
version=$(cat $(printf '%s\n' "$files" | sed 's|^/|./|') | sha256sum | cut -c1-16)
sed -i "s|\"__APP_SHELL__\"|$list|; s|__VERSION__|$version|" sw.js
