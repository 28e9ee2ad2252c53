# The app's supervisor of one Ansible command (see ChildSupervisor.java). Run as
#   sh -c "$(this)" esw-supervise GRACE N FILE_1 .. FILE_N COMMAND ARG...
# It starts COMMAND in a session (and process group) of its own, with no input, and watches its own
# standard input, a pipe whose writing end only the app holds. When the app ends, for whatever
# reason, the kernel closes that end: the read sees end-of-file, the group gets SIGTERM, the FILEs
# are removed and, GRACE seconds later, the group gets SIGKILL. When COMMAND ends first, the FILEs
# are removed, what is left of its group is killed, and its exit status is passed on.
# Ctrl-C or a closed terminal signals the app's whole process group, this shell included; only the
# pipe says when the app is gone, so these signals are ignored here (the command, in its own session,
# never gets them).
trap '' INT HUP QUIT
grace=$1
n=$2
shift 2
files=''
while [ "$n" -gt 0 ]; do
  files="$files$1
"
  shift
  n=$((n - 1))
done

remove_files() {
  printf '%s' "$files" | while IFS= read -r f; do rm -f -- "$f"; done
}

exec 3<&0
if command -v setsid >/dev/null 2>&1; then
  setsid "$@" </dev/null 3<&- &
else
  "$@" </dev/null 3<&- &
fi
child=$!

{
  while read -r _; do :; done
  kill -TERM "-$child" 2>/dev/null || kill -TERM "$child" 2>/dev/null
  remove_files
  sleep "$grace"
  kill -KILL "-$child" 2>/dev/null || kill -KILL "$child" 2>/dev/null
} <&3 >/dev/null 2>&1 &
watcher=$!
exec 3<&-

wait "$child"
status=$?
remove_files
kill -KILL "-$child" 2>/dev/null
kill "$watcher" 2>/dev/null
exit "$status"
