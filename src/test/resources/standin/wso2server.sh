#!/usr/bin/python3
# Stand-in for WSO2 ES 2.1.0's bin/wso2server.sh (tests only: the product cannot be had here).
# Copied into ES_HOME/bin by the e2e tests. It behaves as the real server does where the tests
# look, and reads the same configuration files:
#   start   : daemon with a pid file (ES_HOME/wso2carbon.pid) that
#             - writes Carbon's start line to repository/logs/wso2carbon.log;
#             - serves HTTPS on axis2.xml localMemberHost, port 9443 + carbon.xml Ports/Offset;
#               GET /publisher and /store (and their login pages) answer as ES 2.1.0 with SSO does:
#               302 to the identityProviderURL of publisher.json / store.json with a SAMLRequest
#               (raw deflate, base64, URL-encoded AuthnRequest carrying issuer and acs); any
#               other path answers JSON naming ES_HOME;
#             - when axis2.xml enables clustering, listens on localMemberHost:localMemberPort and
#               every second shakes hands with the well-known members (clustering/members) and the
#               members they know; a handshake carries the clustering domain, and a member of
#               another domain is refused. It logs Hazelcast's "Members [n] {" block with the
#               members it reached each time that set changes ("Members [1]" when alone).
#   stop    : SIGTERM; the server logs Carbon's shutdown lines;  restart : stop + start
#   status  : exit 0 when running
# Like the real script, every command refuses to run without a JAVA_HOME holding bin/java, and the
# server logs its Java Home at start.
import base64
import datetime
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape, quoteattr

HOME = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PID_FILE = os.path.join(HOME, 'wso2carbon.pid')
LOGS = os.path.join(HOME, 'repository', 'logs')
LOG = os.path.join(LOGS, 'wso2carbon.log')
CARBON_NS = {'c': 'http://wso2.org/projects/carbon/carbon.xml'}
APPS = ('publisher', 'store')
# Paths of each app that start a login (the app root and its login pages).
LOGIN_PATHS = {
    'publisher': ('/publisher/', '/publisher/login', '/publisher/controllers/login.jag'),
    'store': ('/store/', '/store/login', '/store/login.jag'),
}
HEARTBEAT_SECONDS = 1.0
# A member not reached for this long has left the cluster.
MEMBER_TIMEOUT_SECONDS = 3.5
HAZELCAST = 'com.hazelcast.cluster.ClusterService'


def pid():
    try:
        with open(PID_FILE) as f:
            value = int(f.read().strip())
        os.kill(value, 0)
        # A server that has exited but is not reaped yet (a zombie) is stopped.
        with open('/proc/%d/stat' % value) as f:
            if f.read().rsplit(')', 1)[1].split()[0] == 'Z':
                return None
        return value
    except (OSError, ValueError, IndexError):
        return None


def log(level, category, message):
    stamp = datetime.datetime.now().strftime('%Y-%m-%d %H:%M:%S,%f')[:-3]
    with open(LOG, 'a') as f:
        f.write('TID: [-1234] [] [%s] %5s {%s} -  %s {%s}\n' % (stamp, level, category, message, category))


def text(root, path, default=''):
    node = root.find(path, CARBON_NS) if root is not None else None
    return node.text.strip() if node is not None and node.text and node.text.strip() else default


def read_config():
    carbon = ET.parse(os.path.join(HOME, 'repository/conf/carbon.xml')).getroot()
    offset = int(text(carbon, 'c:Ports/c:Offset', '0'))
    axis2 = ET.parse(os.path.join(HOME, 'repository/conf/axis2/axis2.xml')).getroot()
    clustering = axis2.find('clustering')
    params = {}
    members = []
    if clustering is not None:
        params = dict((p.get('name'), (p.text or '').strip()) for p in clustering.findall('parameter'))
        for m in clustering.findall('members/member'):
            members.append('%s:%s' % (text(m, 'hostName'), text(m, 'port')))
    host = params.get('localMemberHost') or '127.0.0.1'
    return {
        'https_port': 9443 + offset,
        'https_host': 'https://%s:%d' % (text(carbon, 'c:HostName', 'localhost'), 9443 + offset),
        'host': host,
        'clustering': clustering is not None and clustering.get('enable') == 'true',
        'domain': params.get('domain', 'wso2.carbon.domain'),
        'member': '%s:%s' % (host, params.get('localMemberPort') or '4000'),
        'well_known': members,
        'apps': dict((app, read_app(app)) for app in APPS),
    }


def read_app(app):
    path = os.path.join(HOME, 'repository/deployment/server/jaggeryapps', app, 'config', app + '.json')
    try:
        with open(path) as f:
            return json.load(f).get('authentication', {})
    except (OSError, ValueError):
        return None


# ---- the login redirect

def authn_request(attributes, https_host):
    idp = attributes.get('identityProviderURL', '').replace('%https.host%', https_host)
    acs = attributes.get('acs', '').replace('%https.host%', https_host)
    now = datetime.datetime.utcnow().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z'
    xml = ('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"'
           ' AssertionConsumerServiceURL=%s Destination=%s ForceAuthn="false" ID=%s IsPassive=%s'
           ' IssueInstant="%s" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Version="2.0">'
           '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">%s</saml:Issuer>'
           '<samlp:NameIDPolicy AllowCreate="true" Format=%s/></samlp:AuthnRequest>') % (
        quoteattr(acs), quoteattr(idp), quoteattr('_' + uuid.uuid4().hex),
        quoteattr(str(attributes.get('isPassive', False)).lower()), now, escape(attributes.get('issuer', '')),
        quoteattr(attributes.get('defaultNameIDPolicy', 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified')))
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    encoded = base64.b64encode(deflater.compress(xml.encode('utf-8')) + deflater.flush()).decode('ascii')
    return idp + ('&' if '?' in idp else '?') + 'SAMLRequest=' + quote(encoded, safe='')


class TlsServer(ThreadingHTTPServer):
    """Shakes hands in the request's thread, so a client that never speaks TLS holds up no other."""
    daemon_threads = True

    def finish_request(self, request, client_address):
        request.settimeout(10)
        try:
            request.do_handshake()
        except OSError:
            return
        super().finish_request(request, client_address)


class Https(BaseHTTPRequestHandler):
    config = None

    def do_GET(self):
        path = urlsplit(self.path).path
        for app in APPS:
            if path == '/' + app:
                # Tomcat adds the slash, with the host the browser used.
                return self.redirect('https://%s/%s/' % (self.headers.get('Host', ''), app))
            if path in LOGIN_PATHS[app]:
                return self.login(app)
        return self.answer_json()

    do_HEAD = do_GET

    def login(self, app):
        auth = self.config['apps'].get(app)
        if auth is None:
            return self.send(404, 'text/plain', b'no such app\n')
        if auth.get('activeMethod') == 'sso':
            attributes = auth.get('methods', {}).get('sso', {}).get('attributes', {})
            return self.redirect(authn_request(attributes, self.config['https_host']))
        return self.send(200, 'text/html', b'<html><body><form>Sign in</form></body></html>\n')

    def answer_json(self):
        body = json.dumps({'standin': 'wso2es-2.1.0', 'home': HOME, 'address': self.config['host'],
                           'port': self.config['https_port'], 'path': self.path,
                           'host': self.headers.get('Host'),
                           'x_forwarded_for': self.headers.get('X-Forwarded-For')}).encode()
        self.send(200, 'application/json', body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header('Location', location)
        self.send_header('Content-Length', '0')
        self.end_headers()

    def send(self, status, content_type, body):
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    do_POST = do_PUT = do_DELETE = answer_json

    def log_message(self, *args):
        pass


# ---- clustering

class Cluster:
    """What this member knows: addresses to try, and when each answered last."""

    def __init__(self, config):
        self.domain = config['domain']
        self.me = config['member']
        self.well_known = [m for m in config['well_known'] if m != self.me]
        self.known = set(self.well_known)
        self.last_seen = {}
        self.logged = None
        self.refused = set()
        self.lock = threading.Lock()

    def hello(self):
        with self.lock:
            return json.dumps({'domain': self.domain, 'member': self.me, 'known': sorted(self.known)}) + '\n'

    def learn(self, addresses):
        with self.lock:
            self.known.update(a for a in addresses if a != self.me)

    def listen(self, server):
        while True:
            conn, _ = server.accept()
            threading.Thread(target=self.answer, args=(conn,), daemon=True).start()

    def answer(self, conn):
        try:
            conn.settimeout(2)
            peer = json.loads(conn.makefile().readline())
            if peer.get('domain') != self.domain:
                conn.sendall((json.dumps({'refused': 'domain %s' % self.domain}) + '\n').encode())
                return
            # The caller is now known and will be reached in turn; being called is not reaching it.
            self.learn([peer.get('member', '')] + list(peer.get('known', [])))
            conn.sendall(self.hello().encode())
        except (OSError, ValueError):
            pass
        finally:
            conn.close()

    def shake(self, address):
        host, port = address.rsplit(':', 1)
        try:
            with socket.create_connection((host, int(port)), timeout=0.5) as s:
                s.settimeout(1.0)
                s.sendall(self.hello().encode())
                peer = json.loads(s.makefile().readline())
        except (OSError, ValueError):
            return False
        if 'refused' in peer:
            if address not in self.refused:
                self.refused.add(address)
                log('WARN', HAZELCAST, '[%s] [%s] [3.5.0] %s refused to join: it is in %s' % (
                    self.me, self.domain, address, peer['refused']))
            return False
        self.learn(peer.get('known', []))
        # A member is known by the address it announces, which may differ from the one listed.
        return peer.get('member') == address or self.adopt(address, peer.get('member', ''))

    def adopt(self, tried, announced):
        with self.lock:
            self.known.discard(tried)
            if announced and announced != self.me:
                self.known.add(announced)
        return False

    def beat(self):
        while True:
            started = time.time()
            with self.lock:
                targets = sorted(self.known)
            for address in targets:
                if self.shake(address):
                    self.last_seen[address] = time.time()
            now = time.time()
            with self.lock:
                # Forget learned addresses that stopped answering; the well-known ones stay.
                for address in [a for a in self.known if a not in self.well_known]:
                    if now - self.last_seen.get(address, now) > 10 * MEMBER_TIMEOUT_SECONDS:
                        self.known.discard(address)
            self.log_members(now)
            time.sleep(max(0.0, HEARTBEAT_SECONDS - (time.time() - started)))

    def log_members(self, now):
        members = sorted(a for a, t in self.last_seen.items() if now - t <= MEMBER_TIMEOUT_SECONDS)
        if members == self.logged:
            return
        self.logged = members
        lines = ['\tMember [%s]:%s this' % tuple(self.me.rsplit(':', 1))]
        lines += ['\tMember [%s]:%s' % tuple(m.rsplit(':', 1)) for m in members]
        host, port = self.me.rsplit(':', 1)
        log('INFO', HAZELCAST, '[%s]:%s [%s] [3.5.0] \n\nMembers [%d] {\n%s\n}\n' % (
            host, port, self.domain, len(members) + 1, '\n'.join(lines)))


def start_clustering(config):
    agent = 'org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent'
    if not config['clustering']:
        log('INFO', agent, 'Clustering has been disabled')
        return
    log('INFO', agent, 'Cluster domain: %s' % config['domain'])
    log('INFO', agent, 'Using wka based membership management scheme')
    host, port = config['member'].rsplit(':', 1)
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        server.bind((host, int(port)))
    except OSError as e:
        log('ERROR', agent, 'Hazelcast cannot start: port [%s] on %s is not free (%s); '
            'this member is not clustered' % (port, host, e.strerror))
        return
    server.listen(16)
    cluster = Cluster(config)
    threading.Thread(target=cluster.listen, args=(server,), daemon=True).start()
    threading.Thread(target=cluster.beat, daemon=True).start()


# ---- the server process

def serve(config, crt, key):
    def shutdown(signum, frame):
        server_management = 'org.wso2.carbon.core.ServerManagement'
        log('INFO', 'org.wso2.carbon.core.init.CarbonServerManager', 'Shutdown hook triggered....')
        log('INFO', server_management, 'Shutdown complete')
        log('INFO', server_management, 'Halting JVM')
        os._exit(0)

    signal.signal(signal.SIGTERM, shutdown)
    log('INFO', 'org.wso2.carbon.core.internal.CarbonCoreActivator', 'Starting WSO2 Carbon...')
    log('INFO', 'org.wso2.carbon.core.internal.CarbonCoreActivator', 'Java Home        : %s'
        % os.environ.get('JAVA_HOME', 'unset'))
    start_clustering(config)
    Https.config = config
    httpd = TlsServer((config['host'], config['https_port']), Https)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(crt, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True, do_handshake_on_connect=False)
    log('INFO', 'org.wso2.carbon.ui.internal.CarbonUIServiceComponent', 'Mgt Console URL  : https://%s:%d/carbon/'
        % (config['host'], config['https_port']))
    httpd.serve_forever()


def certificate(host):
    security = os.path.join(HOME, 'repository/resources/security')
    crt, key = os.path.join(security, 'standin.crt'), os.path.join(security, 'standin.key')
    if not os.path.exists(crt):
        os.makedirs(security, exist_ok=True)
        subprocess.run(['openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30',
                        '-subj', '/CN=' + host, '-keyout', key, '-out', crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def start():
    if pid():
        print('already running (pid %d)' % pid())
        return 0
    try:
        config = read_config()
    except (OSError, ET.ParseError, ValueError) as e:
        print('cannot read the configuration: %s' % e, file=sys.stderr)
        return 1
    os.makedirs(LOGS, exist_ok=True)
    crt, key = certificate(config['host'])
    child = os.fork()
    if child == 0:
        os.setsid()
        out = os.open(os.path.join(LOGS, 'standin.out'), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(out, 2)
        try:
            serve(config, crt, key)
        finally:
            os._exit(1)
    with open(PID_FILE, 'w') as f:
        f.write('%d\n' % child)
    time.sleep(0.3)
    if not pid():
        print('stand-in failed to start, see repository/logs/standin.out', file=sys.stderr)
        return 1
    print('started stand-in on https://%s:%d (pid %d)' % (config['host'], config['https_port'], child))
    return 0


def stop():
    running = pid()
    if running:
        os.kill(running, signal.SIGTERM)
        for _ in range(50):
            if not pid():
                break
            time.sleep(0.1)
        else:
            os.kill(running, signal.SIGKILL)
    if os.path.exists(PID_FILE):
        os.remove(PID_FILE)
    print('stopped')
    return 0


def require_java_home():
    """As WSO2's wso2server.sh: no command runs without a JAVA_HOME holding bin/java."""
    java_home = os.environ.get('JAVA_HOME', '')
    if not java_home:
        print('You must set the JAVA_HOME variable before running CARBON.')
        sys.exit(1)
    java = os.path.join(java_home, 'bin', 'java')
    if not os.access(java, os.X_OK):
        print('Error: JAVA_HOME is not defined correctly.')
        print(' CARBON cannot execute %s' % java)
        sys.exit(1)


def main(argv):
    require_java_home()
    command = (argv[1] if len(argv) > 1 else '').lstrip('-')
    if command == 'start':
        return start()
    if command == 'stop':
        return stop()
    if command == 'restart':
        stop()
        return start()
    if command == 'status':
        return 0 if pid() else 1
    print('usage: %s start|stop|restart|status' % argv[0], file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
