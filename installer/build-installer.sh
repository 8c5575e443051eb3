#!/usr/bin/env bash
# Builds the Marginalia app image with jpackage (trimmed runtime, CDS archive for a fast start) and, unless
# --app-image-only, the installer for this system: .deb on Linux, .dmg on macOS, .msi on Windows (Git Bash).
# Maven runs it (mvn -B -Pinstaller package) after the shaded jar is built, with the argfiles filtered into
# target/installer-config; see installer/README-install.md for running the steps by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

package=true
[[ "${1:-}" == "--app-image-only" || "${1:-}" == "--package=false" ]] && package=false

config=target/installer-config
jar=$(sed -n 's/^--main-jar //p' "$config/app-image.args")
out=target/installer
input=target/installer-input
case "$(uname -s)" in
    Linux) os=linux icon=assets/icons/marginalia-256.png ;;
    Darwin) os=macos icon=assets/icons/marginalia.icns ;;
    MINGW* | MSYS* | CYGWIN*) os=windows icon=assets/icons/marginalia.ico ;;
    *) echo "build-installer.sh: no installer recipe for $(uname -s)" >&2; exit 1 ;;
esac
case "$os" in
    linux) app_dir=$out/Marginalia/lib/app launcher=$out/Marginalia/bin/Marginalia ;;
    macos) app_dir=$out/Marginalia.app/Contents/app launcher=$out/Marginalia.app/Contents/MacOS/Marginalia ;;
    windows) app_dir=$out/Marginalia/app launcher=$out/Marginalia/Marginalia.exe ;;
esac

# jpackage copies the whole --input folder into the image: give it the shaded jar alone.
rm -rf "$input" "$out"
mkdir -p "$input" "$out"
cp -p "target/$jar" "$input/"
# The sentence model's runtimes (ONNX Runtime, the Hugging Face tokenizer) ship native libraries for every platform
# in their jars: keep this platform's only, which takes the image from about +110 MB to about +45 MB.
case "$(uname -m)" in
    x86_64 | amd64) arch=x64 tok_arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 tok_arch=aarch64 ;;
    *) arch=unknown tok_arch=unknown ;;
esac
case "$os" in
    linux) ort=linux-$arch tok=linux-$tok_arch ;;
    macos) ort=osx-$arch tok=osx-$tok_arch ;;
    windows) ort=win-$arch tok=win-$tok_arch ;;
esac
strip=()
for platform in linux-x64 linux-aarch64 osx-x64 osx-aarch64 win-x64; do
    [[ "$platform" != "$ort" ]] && strip+=("ai/onnxruntime/native/$platform/*")
done
for platform in linux-x86_64 linux-aarch64 osx-aarch64 win-x86_64; do
    [[ "$platform" != "$tok" ]] && strip+=("native/lib/$platform/*")
done
# The macOS libraries come with their debug symbols (.dSYM, about 9 MB), which no user needs.
strip+=("ai/onnxruntime/native/*.dSYM/*")
echo "build-installer.sh: keeping the $ort / $tok native libraries of the sentence model only"
zip -q -d "$input/$jar" "${strip[@]}" || true

# The runtime holds only the JDK modules the code uses. JavaFX is not a module here (it lives in the shaded jar on
# the class path), so jdeps reports java.* and jdk.* modules only. jdk.charsets is added because jdeps cannot see it:
# the text importer asks for charsets by the names juniversalchardet detects (Shift_JIS, Big5, EUC-KR, ...).
echo "build-installer.sh: finding the JDK modules the jar needs (jdeps)"
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release "${JAVA_RELEASE:-17}" "$input/$jar")
modules="$modules,jdk.charsets"
echo "$modules" > "$config/modules.txt"
echo "build-installer.sh: runtime modules $modules"

jpackage --type app-image --dest "$out" --icon "$icon" --add-modules "$modules" \
    @"$config/common.args" @"$config/app-image.args"

# Fast start: an AppCDS archive of the classes a start loads, named in the launcher's options. The JVM takes an
# archive only if the runtime and the jar's path, size and time are those it was made with, so the image carries the
# class list, and the archive is made where the app lives: here for this app image, and by the .deb's postinst in
# /opt. The class list merges two training starts of the image's own launcher: --version (the command line) and,
# under Xvfb where it can, the window. A static archive, unlike -XX:ArchiveClassesAtExit, holds both, and it needs
# no base archive in the runtime. A missing archive is silently skipped by the JVM.
classlist="$app_dir/marginalia.classlist"
training=$(mktemp -d)
echo "build-installer.sh: CDS training start (--version)"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$training/version.classlist" "$launcher" --version >/dev/null 2>&1 || true
if [[ "$os" == linux ]] && command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
    echo "build-installer.sh: CDS training start (window under Xvfb)"
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$training/window.classlist" XDG_DATA_HOME="$training" \
        xvfb-run -a bash installer/cds-training.sh "$launcher" || true
fi
cat "$training"/*.classlist 2>/dev/null | awk '!seen[$0]++' > "$classlist"
rm -rf "$training"
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/marginalia.jsa' >> "$app_dir/Marginalia.cfg"

if [[ "$package" == true ]]; then
    app_image=$out/Marginalia
    [[ "$os" == macos ]] && app_image=$out/Marginalia.app
    jpackage --dest "$out" --app-image "$app_image" --icon "$icon" @"$config/common.args" @"$config/$os.args"
fi

echo "build-installer.sh: CDS archive for the app image"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classlist -XX:SharedArchiveFile=$app_dir/marginalia.jsa" \
    "$launcher" >"$out/cds-dump.log" 2>&1 || cat "$out/cds-dump.log" >&2
"$launcher" --version
ls -l "$out"
