#!/usr/bin/env bash
# Re-renders the committed PNGs from the hand-written SVGs (needs rsvg-convert: apt-get install librsvg2-bin).
# 16/24/32 px come from the simplified, pixel-aligned es-cluster-wizard-small.svg; 48 px and up from the full icon.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32; do rsvg-convert -w "$s" -h "$s" es-cluster-wizard-small.svg -o "es-cluster-wizard-$s.png"; done
for s in 48 64 128 256 512; do rsvg-convert -w "$s" -h "$s" es-cluster-wizard.svg -o "es-cluster-wizard-$s.png"; done
