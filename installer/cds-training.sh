#!/usr/bin/env bash
# One start of the window for the CDS class list, run inside xvfb-run: waits until the window is shown (mapped, so
# styled and laid out), lets it settle, then stops the JVM with SIGTERM, a normal exit that writes the class list
# named by -XX:DumpLoadedClassList.
set -uo pipefail
"$1" >/dev/null 2>&1 &
app=$!
for _ in $(seq 900); do
    xdotool search --onlyvisible --name 'Marginalia' >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || exit 1
    sleep 0.1
done
sleep 3
kill -TERM "$app"
wait "$app"
