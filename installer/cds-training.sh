#!/usr/bin/env bash
# One start of the window for the CDS archive, run inside xvfb-run: waits until the window shows, lets it settle,
# then stops the JVM with SIGTERM, a normal exit that writes the class list (-XX:DumpLoadedClassList).
set -uo pipefail
"$1" >/dev/null 2>&1 &
app=$!
timeout 60 xdotool search --sync --name 'Marginalia' >/dev/null
sleep 2
kill -TERM "$app"
wait "$app"
