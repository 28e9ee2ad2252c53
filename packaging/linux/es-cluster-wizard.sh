#!/bin/sh
# /usr/bin/es-cluster-wizard of the .deb: the app's two launchers differ only in the heap (pom.xml,
# app.window.jvm.options and app.cli.jvm.options). No arguments or one file (a project to open) is
# the window; anything else is the command line. The jar's launcher script chooses the same way
# (packaging/dist/es-cluster-wizard).
app=/opt/es-cluster-wizard/bin
if [ $# -eq 0 ] || { [ $# -eq 1 ] && [ -f "$1" ]; }; then
  exec "$app/es-cluster-wizard" "$@"
fi
exec "$app/es-cluster-wizard-cli" "$@"
