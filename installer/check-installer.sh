#!/usr/bin/env bash
# Checks what `mvn -Pinstaller package` makes on Linux. Builds first unless --no-build.
#   bash installer/check-installer.sh --quick   app image only: it is built and its launcher prints the version
#   bash installer/check-installer.sh           also the .deb: installs it (root), checks the launcher in /opt, the
#                                               marginalia command, the menu entry and the .marginalia association,
#                                               then removes it again (--keep leaves it installed)
# Needs: apt-get install -y fakeroot binutils xvfb xdotool libgtk-3-0 (xdg-utils comes with the .deb).
set -uo pipefail
cd "$(dirname "$0")/.."

quick=false build=true keep=false
for arg in "$@"; do
    case "$arg" in
        --quick) quick=true ;;
        --no-build) build=false ;;
        --keep) keep=true ;;
        *) echo "usage: check-installer.sh [--quick] [--no-build] [--keep]" >&2; exit 2 ;;
    esac
done

passed=0 failed=0
check() {
    local what=$1; shift
    if "$@"; then
        passed=$((passed + 1)); echo "ok:     $what"
    else
        failed=$((failed + 1)); echo "FAILED: $what"
    fi
}
prints_version() { [[ "$("$@" 2>/dev/null)" == "Marginalia $version" ]]; }
has_line() { grep -qx -- "$2" "$1"; }

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
if [[ "$build" == true ]]; then
    start=$(date +%s)
    mvn -B -q -Pinstaller package -DskipTests -Dinstaller.package=$([[ "$quick" == true ]] && echo false || echo true) \
        || { echo "installer: 0 passed, 1 failed"; exit 1; }
    echo "built in $(( $(date +%s) - start )) s"
fi

image=target/installer/Marginalia
check "app image has a launcher" test -x "$image/bin/Marginalia"
check "app image launcher prints 'Marginalia $version'" prints_version "$image/bin/Marginalia" --version
check "app image names its CDS archive" has_line "$image/lib/app/Marginalia.cfg" \
    'java-options=-XX:SharedArchiveFile=$APPDIR/marginalia.jsa'
check "the CDS archive is there" test -s "$image/lib/app/marginalia.jsa"
check "the launcher loads classes from the CDS archive" bash -c "JAVA_TOOL_OPTIONS=-Xlog:class+load \
    $image/bin/Marginalia --version 2>&1 | grep -q 'org.marginalia.Launcher source: shared objects file'"

if [[ "$quick" == false ]]; then
    deb=$(ls target/installer/marginalia_"$version"-*.deb 2>/dev/null | head -1)
    check "a .deb was built" test -n "$deb"
    if [[ -n "$deb" && $(id -u) == 0 ]]; then
        dpkg -i "$deb" >/tmp/marginalia-dpkg.log 2>&1 || apt-get install -f -y >>/tmp/marginalia-dpkg.log 2>&1
        check "dpkg -i installed the package" bash -c 'dpkg -s marginalia | grep -qx "Status: install ok installed"'
        check "launcher in /opt prints the version" prints_version /opt/marginalia/bin/Marginalia --version
        check "the marginalia command prints the version" prints_version marginalia --version
        # The JVM drops an archive whose class path or runtime differs from the training's: moved to /opt, it must hold.
        check "the installed launcher loads classes from the CDS archive" bash -c 'JAVA_TOOL_OPTIONS=-Xlog:class+load \
            /opt/marginalia/bin/Marginalia --version 2>&1 | grep -q "org.marginalia.Launcher source: shared objects file"'
        desktop=/usr/share/applications/marginalia-Marginalia.desktop
        check "menu entry installed" test -f "$desktop"
        check "menu entry under Office and Education" has_line "$desktop" 'Categories=Office;Education;'
        check "menu entry opens .marginalia files" grep -q '^MimeType=application/x-marginalia' "$desktop"
        probe=$(mktemp -d)/probe.marginalia
        : > "$probe"
        check ".marginalia files are application/x-marginalia" \
            bash -c "[[ \$(xdg-mime query filetype '$probe') == application/x-marginalia* ]]"
        check "Marginalia is their default application" \
            bash -c '[[ $(xdg-mime query default application/x-marginalia) == marginalia-Marginalia.desktop ]]'
        rm -rf "$(dirname "$probe")"
        if [[ "$keep" == false ]]; then
            dpkg -r marginalia >/dev/null 2>&1
            check "dpkg -r removed the launcher" test ! -e /opt/marginalia/bin/Marginalia -a ! -e /usr/bin/marginalia
        fi
    elif [[ -n "$deb" ]]; then
        echo "skipped: installing the .deb needs root"
    fi
fi
echo "installer: $passed passed, $failed failed"
[[ "$failed" == 0 ]]
