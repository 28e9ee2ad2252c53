#!/bin/bash
# Stand-in for WSO2 ES 2.1.0's bin/wso2server.sh (tests only: the product cannot be
# had here). Copied into ES_HOME/bin by the e2e test.
#   start   : daemonize a tiny HTTPS listener on axis2.xml localMemberHost and
#             9443 + carbon.xml Ports/Offset; answers every request with JSON naming
#             the node; writes ES_HOME/wso2carbon.pid and a Hazelcast-style
#             membership line to repository/logs/wso2carbon.log
#   stop    : kill it;  restart : stop + start;  status : exit 0 when running
set -u
ES_HOME="$(cd "$(dirname "$0")/.." && pwd)"
PID_FILE="$ES_HOME/wso2carbon.pid"
LOG="$ES_HOME/repository/logs/wso2carbon.log"
PY=/usr/bin/python3

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

read_conf() {
  "$PY" - "$ES_HOME" <<'PYEOF'
import sys, xml.etree.ElementTree as ET
home = sys.argv[1]
ns = {'c': 'http://wso2.org/projects/carbon/carbon.xml'}
off = ET.parse(home + '/repository/conf/carbon.xml').getroot().find('c:Ports/c:Offset', ns)
offset = int(off.text.strip()) if off is not None and off.text else 0
host = '127.0.0.1'
for p in ET.parse(home + '/repository/conf/axis2/axis2.xml').getroot().iter('parameter'):
    if p.get('name') == 'localMemberHost' and p.text:
        host = p.text.strip()
port = '4000'
for p in ET.parse(home + '/repository/conf/axis2/axis2.xml').getroot().iter('parameter'):
    if p.get('name') == 'localMemberPort' and p.text:
        port = p.text.strip()
print(host, 9443 + offset, port)
PYEOF
}

do_start() {
  if running; then echo "already running (pid $(cat "$PID_FILE"))"; return 0; fi
  read -r HOST PORT MEMBER_PORT < <(read_conf) || { echo "cannot read config" >&2; return 1; }
  SEC="$ES_HOME/repository/resources/security"
  mkdir -p "$SEC" "$(dirname "$LOG")"
  if [ ! -f "$SEC/standin.crt" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$HOST" \
      -keyout "$SEC/standin.key" -out "$SEC/standin.crt" >/dev/null 2>&1 || return 1
  fi
  setsid nohup "$PY" - "$ES_HOME" "$HOST" "$PORT" "$SEC/standin.crt" "$SEC/standin.key" \
      >>"$ES_HOME/repository/logs/standin.out" 2>&1 <<'PYEOF' &
import json, ssl, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
home, host, port, crt, key = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
class H(BaseHTTPRequestHandler):
    def _answer(self):
        body = json.dumps({'standin': 'wso2es-2.1.0', 'home': home, 'address': host, 'port': port,
                           'path': self.path, 'host': self.headers.get('Host'),
                           'x_forwarded_for': self.headers.get('X-Forwarded-For')}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)
    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _answer
    def log_message(self, *a):
        pass
srv = ThreadingHTTPServer((host, port), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(crt, key)
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
srv.serve_forever()
PYEOF
  echo $! > "$PID_FILE"
  sleep 0.3
  if ! running; then echo "stand-in failed to start, see repository/logs/standin.out" >&2; return 1; fi
  NOW="$(date '+%Y-%m-%d %H:%M:%S,000')"
  {
    echo "TID: [-1234] [] [$NOW]  INFO {org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent} -  Hazelcast stand-in node $HOST:$MEMBER_PORT started (https $HOST:$PORT, JAVA_HOME=${JAVA_HOME:-unset})"
    echo "TID: [-1234] [] [$NOW]  INFO {org.wso2.carbon.core.clustering.hazelcast.wka.WKABasedMembershipScheme} -  Member joined [standin-$HOST-$MEMBER_PORT]: /$HOST:$MEMBER_PORT"
  } >> "$LOG"
  echo "started stand-in on https://$HOST:$PORT (pid $(cat "$PID_FILE"))"
}

do_stop() {
  if running; then kill "$(cat "$PID_FILE")"; for _ in 1 2 3 4 5 6 7 8 9 10; do running || break; sleep 0.2; done; fi
  rm -f "$PID_FILE"
  echo stopped
}

case "${1:-}" in
  start|--start) do_start ;;
  stop|--stop) do_stop ;;
  restart|--restart) do_stop; do_start ;;
  status) running ;;
  *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac
