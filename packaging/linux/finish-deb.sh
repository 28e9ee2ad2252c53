#!/usr/bin/env bash
# Turns the .deb that jpackage made (app image under /opt/es-cluster-wizard) into the one we ship:
# adds what jpackage 17 cannot put outside /opt, as files dpkg owns (so `apt-get remove` takes them
# away again, and Debian's triggers refresh the icon, menu and MIME caches):
#   /usr/bin/es-cluster-wizard                        (packaging/linux/es-cluster-wizard.sh: runs
#                                                      /opt/es-cluster-wizard/bin/es-cluster-wizard or -cli)
#   /usr/share/applications/io.eswizard.EsClusterWizard.desktop
#   /usr/share/icons/hicolor/<n>x<n>/apps/es-cluster-wizard.png (16..512) and scalable/apps/*.svg
#   /usr/share/mime/packages/es-cluster-wizard.xml    (*.eswiz -> application/x-es-cluster-wizard)
#   /usr/share/metainfo/io.eswizard.EsClusterWizard.metainfo.xml (validated with appstreamcli if present)
#   /usr/share/es-cluster-wizard/screenshots/*.png    (from packaging/screenshots/, if any)
# swaps jpackage's empty maintainer scripts for ours (packaging/linux/deb: postinst makes the
# class-data archive, prerm removes it), and repacks with xz.
#
# usage: finish-deb.sh JPACKAGE_DEB OUT_DEB PROJECT_DIR [SCREENSHOTS_URL]
set -euo pipefail

in_deb=$1 out_deb=$2 project=$3 shots_url=${4:-}
linux="$project/packaging/linux"
work=$(mktemp -d "${TMPDIR:-/tmp}/es-cluster-wizard-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/root"

dpkg-deb -R "$in_deb" "$root"

rm -f "$root/DEBIAN/preinst" "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"
install -m 755 "$linux/deb/postinst" "$linux/deb/prerm" "$root/DEBIAN/"
[ -f "$root/opt/es-cluster-wizard/lib/app/es-cluster-wizard.classlist" ] \
  || { echo "finish-deb: the app image has no class list (packaging/cds/cds-archive.sh record)" >&2; exit 1; }

[ -x "$root/opt/es-cluster-wizard/bin/es-cluster-wizard-cli" ] \
  || { echo "finish-deb: the app image has no command-line launcher (jpackage --add-launcher)" >&2; exit 1; }
install -D -m 755 "$linux/es-cluster-wizard.sh" "$root/usr/bin/es-cluster-wizard"

install -D -m 644 "$linux/io.eswizard.EsClusterWizard.desktop" \
  "$root/usr/share/applications/io.eswizard.EsClusterWizard.desktop"
install -D -m 644 "$linux/es-cluster-wizard-mime.xml" "$root/usr/share/mime/packages/es-cluster-wizard.xml"

for n in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "$project/icons/es-cluster-wizard-$n.png" \
    "$root/usr/share/icons/hicolor/${n}x${n}/apps/es-cluster-wizard.png"
done
install -D -m 644 "$project/icons/es-cluster-wizard.svg" \
  "$root/usr/share/icons/hicolor/scalable/apps/es-cluster-wizard.svg"

# AppStream: fill <screenshots> from packaging/screenshots/*.png (name order; the first is the default).
shots=()
if [ -d "$project/packaging/screenshots" ]; then
  while IFS= read -r -d '' f; do shots+=("$f"); done < <(find "$project/packaging/screenshots" -maxdepth 1 -name '*.png' -print0 | sort -z)
fi
block=""
if [ ${#shots[@]} -gt 0 ]; then
  install -d "$root/usr/share/es-cluster-wizard/screenshots"
  first=1
  for f in "${shots[@]}"; do
    name=$(basename "$f")
    install -m 644 "$f" "$root/usr/share/es-cluster-wizard/screenshots/$name"
    caption=$(basename "$name" .png | sed -E 's/^[0-9]+[-_]//; s/[-_]+/ /g')
    caption="$(printf '%s' "${caption:0:1}" | tr '[:lower:]' '[:upper:]')${caption:1}"
    if [ -n "$shots_url" ]; then
      type=""; [ $first = 1 ] && type=' type="default"'
      block+="    <screenshot$type><caption>$caption</caption><image>${shots_url%/}/$name</image></screenshot>"$'\n'
    else
      block+="    $name ($caption)"$'\n'
    fi
    first=0
  done
  if [ -n "$shots_url" ]; then
    block="  <screenshots>"$'\n'"$block  </screenshots>"
  else
    block="  <!-- screenshots (installed to /usr/share/es-cluster-wizard/screenshots/; pass -Dscreenshots.url=BASE to publish them):"$'\n'"$block  -->"
  fi
fi
metainfo="$root/usr/share/metainfo/io.eswizard.EsClusterWizard.metainfo.xml"
install -d "$(dirname "$metainfo")"
awk -v block="$block" '/<!--SCREENSHOTS-->/ { if (block != "") print block; next } { print }' \
  "$linux/io.eswizard.EsClusterWizard.metainfo.xml" > "$metainfo"
chmod 644 "$metainfo"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$metainfo"
else
  echo "finish-deb: appstreamcli not installed (apt-get install appstream), metainfo not validated" >&2
fi

# control: tidy the Depends jpackage wrote, and recount the installed size.
control="$root/DEBIAN/control"
sed -i -E 's/ +,/,/g' "$control"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i -E "s/^Installed-Size:.*/Installed-Size: $size/" "$control"
grep -q '^Homepage:' "$control" || true

mkdir -p "$(dirname "$out_deb")"
dpkg-deb --root-owner-group -Zxz -b "$root" "$out_deb" >/dev/null
echo "finish-deb: $out_deb ($(du -h "$out_deb" | cut -f1))"
