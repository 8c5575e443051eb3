#!/usr/bin/env bash
# Start-up time of the app image with and without its CDS archive: the time to exit of `--version`, and the time
# until the window is mapped (xdotool sees a visible window named Marginalia), under Xvfb. Median of N runs, warm
# file cache (the first, discarded run warms it). Needs xvfb and xdotool.
#   xvfb-run -a bash installer/measure-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
image=target/installer/Marginalia
cfg=$image/lib/app/Marginalia.cfg
cds_line='java-options=-XX:SharedArchiveFile=$APPDIR/marginalia.jsa'
grep -qxF "$cds_line" "$cfg" || { echo "measure-startup.sh: $cfg names no CDS archive" >&2; exit 1; }
cp "$cfg" "$cfg.orig"
trap 'mv "$cfg.orig" "$cfg"' EXIT
export XDG_DATA_HOME=$(mktemp -d)

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%d ms", a[int((NR+1)/2)] / 1000000}'; }

version_once() {
    local start=$(now)
    "$image/bin/Marginalia" --version >/dev/null
    echo $(( $(now) - start ))
}

window_once() {
    local start=$(now) app
    "$image/bin/Marginalia" >/dev/null 2>&1 &
    app=$!
    until xdotool search --onlyvisible --name 'Marginalia' >/dev/null 2>&1; do sleep 0.01; done
    echo $(( $(now) - start ))
    kill "$app"; wait "$app" 2>/dev/null || true
}

with_cds() { cp "$cfg.orig" "$cfg"; }
without_cds() { grep -vxF "$cds_line" "$cfg.orig" > "$cfg"; }

# The two set-ups take turns, so that load from elsewhere on the machine falls on both alike.
: > "$XDG_DATA_HOME/times"
for mode in with_cds without_cds; do "$mode"; version_once >/dev/null; window_once >/dev/null; done
for _ in $(seq "$runs"); do
    for mode in with_cds without_cds; do
        "$mode"
        echo "$mode version $(version_once)" >> "$XDG_DATA_HOME/times"
        echo "$mode window $(window_once)" >> "$XDG_DATA_HOME/times"
    done
done
for mode in with_cds without_cds; do
    printf '%-12s --version %s, window shown %s\n' "$mode" \
        "$(awk -v m="$mode" '$1 == m && $2 == "version" {print $3}' "$XDG_DATA_HOME/times" | median)" \
        "$(awk -v m="$mode" '$1 == m && $2 == "window" {print $3}' "$XDG_DATA_HOME/times" | median)"
done
