#!/usr/bin/python3
# Stand-in for WSO2 Identity Server's bin/wso2server.sh (tests only: the product cannot be had
# here). Copied into IS_HOME/bin/wso2server.sh by the e2e tests, next to standin.conf, which says
# where it listens ("address=..." and "port=..."; the real server listens on every address, port
# 9443 + its port offset).
#   start   : daemon with a pid file (IS_HOME/wso2carbon.pid). At start it reads the service
#             providers of sso-idp-config.xml (IS 5.1.0: repository/conf/identity/, IS 5.0.0:
#             repository/conf/security/) and keeps them until it is restarted, as the real server
#             does. It serves HTTPS; GET /samlsso with a SAMLRequest (raw deflate, base64) answers
#             200 with a login page when the request's Issuer is a registered service provider and
#             its AssertionConsumerServiceURL is registered for it, and 400 with the reason
#             otherwise. Carbon's start and shutdown lines go to repository/logs/wso2carbon.log.
#   stop    : SIGTERM;  restart : stop + start;  status : exit 0 when running
# Like the real script, every command refuses to run without a JAVA_HOME holding bin/java.
import base64
import datetime
import os
import signal
import ssl
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

HOME = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PID_FILE = os.path.join(HOME, 'wso2carbon.pid')
CONF = os.path.join(HOME, 'bin', 'standin.conf')
LOGS = os.path.join(HOME, 'repository', 'logs')
LOG = os.path.join(LOGS, 'wso2carbon.log')
SSO_CONFIGS = ('repository/conf/identity/sso-idp-config.xml', 'repository/conf/security/sso-idp-config.xml')
SAML_ASSERTION = '{urn:oasis:names:tc:SAML:2.0:assertion}'


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


def listen_address():
    values = {}
    with open(CONF) as f:
        for line in f:
            if '=' in line:
                key, value = line.split('=', 1)
                values[key.strip()] = value.strip()
    return values['address'], int(values.get('port', '9443'))


def service_providers():
    """Issuer -> registered assertion consumer URLs, from whichever layout this IS_HOME has."""
    for relative in SSO_CONFIGS:
        path = os.path.join(HOME, relative)
        if os.path.exists(path):
            providers = {}
            for sp in ET.parse(path).getroot().iter('ServiceProvider'):
                urls = [e.text.strip() for e in sp.iter() if e.tag in (
                    'AssertionConsumerServiceURL', 'DefaultAssertionConsumerServiceURL',
                    'AssertionConsumerService') and e.text and e.text.strip()]
                providers[(sp.findtext('Issuer') or '').strip()] = urls
            return relative, providers
    raise OSError('no sso-idp-config.xml under ' + HOME)


def read_request(encoded):
    """(issuer, acs) of a SAMLRequest; raises ValueError when it is not one."""
    data = base64.b64decode(encoded)
    try:
        data = zlib.decompress(data, -15)
    except zlib.error:
        pass
    root = ET.fromstring(data)
    if not root.tag.endswith('}AuthnRequest'):
        raise ValueError('not an AuthnRequest')
    return (root.findtext(SAML_ASSERTION + 'Issuer') or '').strip(), root.get('AssertionConsumerServiceURL', '')


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
    providers = {}

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path != '/samlsso':
            return self.send(404, 'Not found: ' + url.path)
        encoded = parse_qs(url.query).get('SAMLRequest')
        if not encoded:
            return self.send(400, 'The request carries no SAMLRequest.')
        try:
            issuer, acs = read_request(encoded[0])
        except (ValueError, zlib.error, ET.ParseError):
            return self.send(400, 'The SAMLRequest cannot be read.')
        if issuer not in self.providers:
            return self.send(400, 'Issuer %s is not registered: no such service provider.' % issuer)
        if acs and acs not in self.providers[issuer]:
            return self.send(400, 'Invalid Assertion Consumer URL %s in the request of the issuer %s.' % (acs, issuer))
        return self.send(200, 'Sign in to continue to %s.' % issuer, title='WSO2 Identity Server')

    do_HEAD = do_GET

    def send(self, status, message, title='Error'):
        body = ('<html><head><title>%s</title></head><body><p>%s</p></body></html>\n'
                % (escape(title), escape(message))).encode('utf-8')
        self.send_response(status)
        self.send_header('Content-Type', 'text/html; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve(address, port, crt, key):
    def shutdown(signum, frame):
        log('INFO', 'org.wso2.carbon.core.ServerManagement', 'Shutdown complete')
        log('INFO', 'org.wso2.carbon.core.ServerManagement', 'Halting JVM')
        os._exit(0)

    signal.signal(signal.SIGTERM, shutdown)
    log('INFO', 'org.wso2.carbon.core.internal.CarbonCoreActivator', 'Starting WSO2 Carbon...')
    relative, Https.providers = service_providers()
    log('INFO', 'org.wso2.carbon.identity.sso.saml.SSOServiceProviderConfigManager',
        '%d service providers read from %s' % (len(Https.providers), relative))
    httpd = TlsServer((address, port), Https)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(crt, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True, do_handshake_on_connect=False)
    log('INFO', 'org.wso2.carbon.core.internal.StartupFinalizerServiceComponent', 'WSO2 Carbon started')
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
        address, port = listen_address()
        service_providers()
    except (OSError, KeyError, ValueError, ET.ParseError) as e:
        print('cannot read the configuration: %s' % e, file=sys.stderr)
        return 1
    os.makedirs(LOGS, exist_ok=True)
    crt, key = certificate(address)
    child = os.fork()
    if child == 0:
        os.setsid()
        out = os.open(os.path.join(LOGS, 'standin.out'), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(out, 2)
        try:
            serve(address, port, crt, key)
        finally:
            os._exit(1)
    with open(PID_FILE, 'w') as f:
        f.write('%d\n' % child)
    time.sleep(0.3)
    if not pid():
        print('stand-in failed to start, see repository/logs/standin.out', file=sys.stderr)
        return 1
    print('started Identity Server stand-in on https://%s:%d (pid %d)' % (address, port, child))
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
