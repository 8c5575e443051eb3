#!/usr/bin/env bash
# Renders the app icon (assets/icons/marginalia.svg) to the PNG sizes the desktops and installers want, a Windows
# .ico and a macOS .icns, and copies the window's stage icons into the resources. The outputs are committed, so a
# build never needs these tools; run this again after editing the SVG.
#   apt-get install -y librsvg2-bin imagemagick icnsutils
#   bash installer/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icons/marginalia.svg
out=assets/icons
resources=src/main/resources/org/marginalia/ui/icons

for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$out/marginalia-$size.png"
done

# Windows: one .ico holding every size Explorer picks from (256 is the largest an .ico holds).
convert $(for s in 16 24 32 48 64 128 256; do echo "$out/marginalia-$s.png"; done) "$out/marginalia.ico"

# macOS: png2icns knows the sizes 16, 32, 48, 128, 256 and 512.
png2icns "$out/marginalia.icns" $(for s in 16 32 48 128 256 512; do echo "$out/marginalia-$s.png"; done) >/dev/null

# The window's stage icons: JavaFX picks the size that suits each place (title bar, task bar, Alt+Tab).
mkdir -p "$resources"
for size in 16 32 48 64 128 256; do
    cp "$out/marginalia-$size.png" "$resources/marginalia-$size.png"
done
