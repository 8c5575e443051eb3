#!/usr/bin/env bash
# Start-up of the app image with and without its CDS archive: time to exit of `--version`, and time until the window
# is mapped (xdotool sees a visible window named Marginalia). Prints the median wall-clock time and the median CPU
# time of the process up to that point (less swayed by other load on the machine) over N runs of each, warm file
# cache; the two set-ups take turns so that outside load falls on both alike. Needs xvfb and xdotool.
#   xvfb-run -a bash installer/measure-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
image=target/installer/Marginalia
cfg=$image/lib/app/Marginalia.cfg
cds_line='java-options=-XX:SharedArchiveFile=$APPDIR/marginalia.jsa'
grep -qxF "$cds_line" "$cfg" || { echo "measure-startup.sh: $cfg names no CDS archive" >&2; exit 1; }
cp "$cfg" "$cfg.orig"
work=$(mktemp -d)
trap 'mv "$cfg.orig" "$cfg"; rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work
tick=$(getconf CLK_TCK)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cpu_ms() { awk -v t="$tick" '{print int(($14 + $15) * 1000 / t)}' "/proc/$1/stat"; }

version_once() {   # prints "wall cpu"
    local start=$(now_ms) cpu
    cpu=$( { TIMEFORMAT='%3U %3S'; time "$image/bin/Marginalia" --version >/dev/null 2>&1; } 2>&1 )
    echo "$(( $(now_ms) - start )) $(awk '{print int(($1 + $2) * 1000)}' <<<"$cpu")"
}

window_once() {    # prints "wall cpu"
    local start=$(now_ms) app wall cpu
    "$image/bin/Marginalia" >/dev/null 2>&1 &
    app=$!
    until xdotool search --onlyvisible --name 'Marginalia' >/dev/null 2>&1; do sleep 0.01; done
    wall=$(( $(now_ms) - start ))
    cpu=$(cpu_ms "$app")
    kill "$app"; wait "$app" 2>/dev/null || true
    echo "$wall $cpu"
}

with_cds() { cp "$cfg.orig" "$cfg"; }
without_cds() { grep -vxF "$cds_line" "$cfg.orig" > "$cfg"; }

for mode in with_cds without_cds; do "$mode"; version_once >/dev/null; window_once >/dev/null; done
for _ in $(seq "$runs"); do
    for mode in with_cds without_cds; do
        "$mode"
        echo "$mode version $(version_once)" >> "$work/times"
        echo "$mode window $(window_once)" >> "$work/times"
    done
done
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
pick() { awk -v m="$1" -v k="$2" -v c="$3" '$1 == m && $2 == k {print $c}' "$work/times" | median; }
for mode in with_cds without_cds; do
    printf '%-12s --version %5s ms (CPU %5s ms)   window shown %5s ms (CPU %5s ms)\n' "$mode" \
        "$(pick "$mode" version 3)" "$(pick "$mode" version 4)" "$(pick "$mode" window 3)" "$(pick "$mode" window 4)"
done
