#!/usr/bin/env bash
# A multi-host lab on this machine: one network namespace per cluster machine, joined by a
# bridge on 198.18.0.0/24, each with its own sshd, /etc/hosts, host name and private /run,
# and one non-root user whose sudo asks for a password. Needs root.
#
#   lab.sh up [HOST...]      build the lab (default hosts: db is lb publisher-1 publisher-2
#                            store-1 store-2 client); an earlier lab is taken down first
#   lab.sh down              remove everything up made; safe to run twice
#   lab.sh status            the hosts, their addresses and whether their sshd answers
#   lab.sh address HOST      the address of one host
#   lab.sh exec HOST CMD...  run CMD as root inside HOST (its network, /run and host name)
#   lab.sh env               KEY=VALUE lines: user, key, known-hosts and password files, hosts
#
# Environment: ESLAB_PASSWORD_FILE  file holding the lab user's sudo password (default: a
#                                   random one, written to $STATE/sudo-password)
#              ESLAB_STATE          state folder (default /tmp/eslab; not under /run, which
#                                   each lab host replaces with its own)
set -Eeuo pipefail

STATE="${ESLAB_STATE:-/tmp/eslab}"
SUBNET_PREFIX="198.18.0"
BRIDGE="eslab0"
BRIDGE_ADDRESS="$SUBNET_PREFIX.1"
FIRST_HOST_OCTET=11
NS_PREFIX="eslab-"
LAB_USER="eslab"
SUDOERS_FILE="/etc/sudoers.d/eslab"
DEFAULT_HOSTS=(db is lb publisher-1 publisher-2 store-1 store-2 client)

die() { echo "lab: $*" >&2; exit 1; }
say() { echo "lab: $*" >&2; }

require_root() { [ "$(id -u)" -eq 0 ] || die "run as root (it creates namespaces, a bridge and a user)"; }

# hosts.tsv: name, address, namespace, sshd pid (one line per host)
hosts_file() { echo "$STATE/hosts.tsv"; }

lab_hosts() { [ -f "$(hosts_file)" ] && cat "$(hosts_file)" || true; }

host_field() {
  local name="$1" col="$2"
  awk -F'\t' -v n="$name" -v c="$col" '$1 == n { print $c; found=1 } END { exit !found }' "$(hosts_file)" \
    || die "no lab host named '$name' (see: lab.sh status)"
}

check_subnet_free() {
  if ip -o route show | grep -v " dev $BRIDGE " | grep -q "^$SUBNET_PREFIX\.\|via $SUBNET_PREFIX\."; then
    die "$SUBNET_PREFIX.0/24 is already routed on this machine; the lab will not use it"
  fi
  if ip -o addr show | grep -v " $BRIDGE " | grep -q "inet $SUBNET_PREFIX\."; then
    die "an interface of this machine already has an address in $SUBNET_PREFIX.0/24"
  fi
}

service_running() { service "$1" status >/dev/null 2>&1; }

stop_machine_services() {
  # The lab's MariaDB and NGINX share this machine's data and config folders: the machine's own
  # instances must not run at the same time. They are started again by down.
  local svc
  for svc in mariadb nginx; do
    if [ -x "/etc/init.d/$svc" ] && service_running "$svc"; then
      say "stopping this machine's $svc while the lab runs"
      service "$svc" stop >/dev/null
      echo "$svc" >> "$STATE/restart-services"
    fi
  done
}

make_user() {
  local password_file="$1"
  if id "$LAB_USER" >/dev/null 2>&1; then die "user $LAB_USER exists already; run lab.sh down first"; fi
  useradd --create-home --shell /bin/bash "$LAB_USER"
  echo "$LAB_USER" > "$STATE/user-created"
  # chpasswd reads "user:password"; the password is passed on stdin, never as an argument.
  { printf '%s:' "$LAB_USER"; cat "$password_file"; printf '\n'; } | chpasswd
  printf '%s ALL=(ALL) ALL\n' "$LAB_USER" > "$SUDOERS_FILE"
  chmod 0440 "$SUDOERS_FILE"
  visudo -cf "$SUDOERS_FILE" >/dev/null
  ssh-keygen -q -t ed25519 -N '' -C "eslab" -f "$STATE/id_ed25519"
  install -d -m 0700 -o "$LAB_USER" -g "$LAB_USER" "/home/$LAB_USER/.ssh"
  install -m 0600 -o "$LAB_USER" -g "$LAB_USER" "$STATE/id_ed25519.pub" "/home/$LAB_USER/.ssh/authorized_keys"
}

start_host() {
  local name="$1" index="$2" address="$3" ns="$NS_PREFIX$1"
  ip netns add "$ns"
  ip link add "eslv$index" type veth peer name eth0 netns "$ns"
  ip link set "eslv$index" master "$BRIDGE" up
  ip -n "$ns" link set lo up
  ip -n "$ns" addr add "$address/24" dev eth0
  ip -n "$ns" link set eth0 up
  mkdir -p "/etc/netns/$ns"
  printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n%s\t%s\n' "$address" "$name" \
    > "/etc/netns/$ns/hosts"
  # ip netns exec binds /etc/netns/NS/hosts over /etc/hosts; unshare gives the host its own
  # name and a private /run (pid files, sockets, sudo's timestamps), as a separate machine has.
  local run_setup='mount -t tmpfs -o mode=0755 tmpfs /run && mkdir -p /run/sshd /run/lock'
  if id mysql >/dev/null 2>&1; then run_setup="$run_setup && mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld"; fi
  ip netns exec "$ns" unshare --mount --uts --propagation private \
    sh -c "$run_setup && hostname \"\$1\" && exec /usr/sbin/sshd -D -o ListenAddress=\"\$2\" -o PidFile=none -E \"\$3\"" \
    sh "$name" "$address" "$STATE/sshd-$name.log" </dev/null >/dev/null 2>&1 &
  local pid=$!
  printf '%s\t%s\t%s\t%s\n' "$name" "$address" "$ns" "$pid" >> "$(hosts_file)"
}

wait_for_sshd() {
  local name="$1" address="$2" i
  for i in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/$address/22") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  die "sshd of $name ($address) did not start; see $STATE/sshd-$name.log"
}

known_hosts_file() { echo "$HOME/.ssh/known_hosts"; }

trust_host_keys() {
  # Every lab host serves this machine's host keys: record them for the lab addresses, the way
  # an admin accepts a new server's key, and remember the lines to remove them again.
  local file; file="$(known_hosts_file)"
  mkdir -p "$(dirname "$file")"
  touch "$file"
  local address
  while IFS=$'\t' read -r _ address _ _; do
    ssh-keyscan -T 5 "$address" 2>/dev/null >> "$STATE/known_hosts"
  done < <(lab_hosts)
  [ -s "$STATE/known_hosts" ] || die "could not read the lab hosts' SSH keys"
  cat "$STATE/known_hosts" >> "$file"
  echo "$file" > "$STATE/known-hosts-target"
}

up_failed() {
  local status=$?
  say "up failed; taking the lab down"
  cmd_down quiet
  exit "$status"
}

cmd_up() {
  require_root
  local hosts=("$@")
  [ "${#hosts[@]}" -gt 0 ] || hosts=("${DEFAULT_HOSTS[@]}")
  local h
  for h in "${hosts[@]}"; do
    [[ "$h" =~ ^[a-z][a-z0-9-]{0,15}$ ]] || die "host name '$h': use lower-case letters, digits and '-', at most 16"
  done
  [ "${#hosts[@]}" -le 200 ] || die "at most 200 hosts"
  command -v sshd >/dev/null || [ -x /usr/sbin/sshd ] || die "openssh-server is not installed (apt-get install -y openssh-server sudo)"
  command -v sudo >/dev/null || die "sudo is not installed (apt-get install -y sudo)"
  cmd_down quiet
  check_subnet_free
  mkdir -p "$STATE"
  chmod 0700 "$STATE"
  : > "$(hosts_file)"
  trap 'up_failed' EXIT
  local password_file="$STATE/sudo-password"
  if [ -n "${ESLAB_PASSWORD_FILE:-}" ]; then
    [ -s "$ESLAB_PASSWORD_FILE" ] || die "ESLAB_PASSWORD_FILE $ESLAB_PASSWORD_FILE is empty or missing"
    install -m 0600 "$ESLAB_PASSWORD_FILE" "$password_file"
  else
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=\n' > "$password_file")
  fi
  stop_machine_services
  ssh-keygen -A >/dev/null
  mkdir -p /run/sshd
  make_user "$password_file"
  ip link add "$BRIDGE" type bridge
  ip addr add "$BRIDGE_ADDRESS/24" dev "$BRIDGE"
  ip link set "$BRIDGE" up
  local index=0
  for h in "${hosts[@]}"; do
    start_host "$h" "$index" "$SUBNET_PREFIX.$((FIRST_HOST_OCTET + index))"
    index=$((index + 1))
  done
  local name address
  while IFS=$'\t' read -r name address _ _; do wait_for_sshd "$name" "$address"; done < <(lab_hosts)
  trust_host_keys
  trap - EXIT
  cmd_status
}

kill_namespace_processes() {
  local ns="$1" pids i
  pids=$(ip netns pids "$ns" 2>/dev/null || true)
  [ -n "$pids" ] || return 0
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  for i in $(seq 1 100); do
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    [ -n "$pids" ] || return 0
    sleep 0.1
  done
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
  sleep 0.2
}

close_controller_connections() {
  # SSH masters kept open towards the lab (Ansible's ControlPersist) would leave half-closed
  # connections that keep the hosts' namespaces alive after they are deleted.
  local pids
  pids=$(ss -Htnp dst "$SUBNET_PREFIX.0/24" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u || true)
  # shellcheck disable=SC2086
  [ -z "$pids" ] || kill -TERM $pids 2>/dev/null || true
}

cmd_down() {
  require_root
  local quiet="${1:-}"
  local ns link
  close_controller_connections
  for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep "^$NS_PREFIX" || true); do
    kill_namespace_processes "$ns"
  done
  for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep "^$NS_PREFIX" || true); do
    ip netns del "$ns" 2>/dev/null || true
    rm -rf "/etc/netns/$ns"
  done
  # Deleting the host end of a pair deletes both, even while a namespace still lingers.
  for link in $(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | cut -d@ -f1 | grep '^eslv[0-9]' || true); do
    ip link del "$link" 2>/dev/null || true
  done
  if ip link show "$BRIDGE" >/dev/null 2>&1; then ip link del "$BRIDGE"; fi
  if [ -f "$STATE/known-hosts-target" ] && [ -f "$STATE/known_hosts" ]; then
    local target; target="$(cat "$STATE/known-hosts-target")"
    if [ -f "$target" ]; then
      grep -vxF -f "$STATE/known_hosts" "$target" > "$target.eslab" || true
      cat "$target.eslab" > "$target"
      rm -f "$target.eslab"
    fi
  fi
  if [ -f "$STATE/user-created" ] && id "$LAB_USER" >/dev/null 2>&1; then
    pkill -KILL -u "$LAB_USER" 2>/dev/null || true
    userdel --remove "$LAB_USER" 2>/dev/null || userdel "$LAB_USER"
    rm -rf "/home/$LAB_USER"
  fi
  rm -f "$SUDOERS_FILE"
  local svc
  if [ -f "$STATE/restart-services" ]; then
    while read -r svc; do service "$svc" start >/dev/null 2>&1 || say "could not start this machine's $svc again"; done \
      < "$STATE/restart-services"
  fi
  rm -rf "$STATE"
  [ -n "$quiet" ] || say "lab removed"
}

cmd_status() {
  if [ ! -s "$(hosts_file)" ]; then echo "the lab is down"; return 0; fi
  printf '%-14s %-14s %-8s %s\n' HOST ADDRESS SSHD NAMESPACE
  local name address ns pid state
  while IFS=$'\t' read -r name address ns pid; do
    state=down
    if kill -0 "$pid" 2>/dev/null && (exec 3<>"/dev/tcp/$address/22") 2>/dev/null; then state=up; fi
    printf '%-14s %-14s %-8s %s\n' "$name" "$address" "$state" "$ns"
  done < <(lab_hosts)
  echo "user: $LAB_USER  key: $STATE/id_ed25519  sudo password: $STATE/sudo-password"
}

cmd_exec() {
  require_root
  [ $# -ge 2 ] || die "usage: lab.sh exec HOST CMD..."
  local pid; pid="$(host_field "$1" 4)"
  shift
  exec nsenter --target "$pid" --net --mount --uts -- "$@"
}

cmd_env() {
  [ -s "$(hosts_file)" ] || die "the lab is down"
  echo "LAB_USER=$LAB_USER"
  echo "LAB_KEY=$STATE/id_ed25519"
  echo "LAB_PASSWORD_FILE=$STATE/sudo-password"
  echo "LAB_BRIDGE_ADDRESS=$BRIDGE_ADDRESS"
  local name address
  while IFS=$'\t' read -r name address _ _; do echo "LAB_HOST_$name=$address"; done < <(lab_hosts)
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  address) [ $# -eq 2 ] || die "usage: lab.sh address HOST"; host_field "$2" 2 ;;
  exec) shift; cmd_exec "$@" ;;
  env) cmd_env ;;
  *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2; exit 2 ;;
esac
