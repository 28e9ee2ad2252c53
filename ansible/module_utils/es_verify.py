# Part of ES Cluster Wizard: what the verify modules (library/es_verify_*.py) share.
#
# A check is a dict the app reads from each task result's "esw_checks" list:
#   check  : which check (node-https, membership, database, lb-node, node-sso, ...)
#   target : the inventory host the check is about (may differ from where it ran)
#   what   : what was checked, in plain words
#   ok     : true or false
#   cause  : when not ok, why, in plain words
#   field  : the project setting that fixes it, e.g. "nodes[store-2].memberPort" or
#            "sso.storeIssuer"; empty when no setting does (e.g. a stopped server)

from __future__ import absolute_import, division, print_function

import base64
import datetime
import http.client
import socket
import ssl
import uuid
import zlib
from urllib.parse import parse_qs, quote, urlsplit
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

__metaclass__ = type

SAML_ASSERTION = '{urn:oasis:names:tc:SAML:2.0:assertion}'
# How many redirects inside the app a login may take before it leaves for the Identity Server.
MAX_APP_REDIRECTS = 5


def check(name, target, what, ok, cause='', field=''):
    return {'check': name, 'target': target, 'what': what, 'ok': bool(ok),
            'cause': '' if ok else cause, 'field': '' if ok else field}


def node_field(node, setting):
    """A node's setting, by node name; the app turns the name into the node's place in the project."""
    return 'nodes[%s].%s' % (node, setting)


def report(module, checks, **extra):
    """Ends the module: failed when a check failed, so plain ansible-playbook output shows it."""
    failed = [c for c in checks if not c['ok']]
    if failed:
        module.fail_json(msg='; '.join('%s: %s' % (c['what'], c['cause']) for c in failed),
                         esw_checks=checks, **extra)
    module.exit_json(changed=False, esw_checks=checks, **extra)


class HttpsError(Exception):
    """A request that got no HTTP answer; the message says why in plain words."""


class Answer:
    def __init__(self, status, reason, headers, body):
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body

    def location(self):
        return self.headers.get('location', '')

    def is_redirect(self):
        return self.status in (301, 302, 303, 307, 308) and bool(self.location())


def https_get(address, port, path, host_header, sni=None, timeout=10):
    """GET over TLS to address:port, with the given Host header and SNI name; certificates are not
    checked (self-signed ones are the rule here). Raises HttpsError with the reason."""
    where = '%s:%s' % (address, port)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        raw = socket.create_connection((address, int(port)), timeout=timeout)
    except ConnectionRefusedError:
        raise HttpsError('nothing listens on %s (connection refused)' % where)
    except socket.timeout:
        raise HttpsError('no answer from %s within %s s' % (where, timeout))
    except OSError as e:
        raise HttpsError('cannot connect to %s: %s' % (where, e.strerror or e))
    try:
        try:
            tls = context.wrap_socket(raw, server_hostname=sni)
        except (ssl.SSLError, OSError) as e:
            raise HttpsError('the TLS handshake with %s failed: %s' % (where, getattr(e, 'reason', None) or e))
        request = ('GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: es-cluster-wizard-verify\r\n'
                   'Accept: */*\r\nConnection: close\r\n\r\n' % (path, host_header))
        tls.sendall(request.encode('ascii'))
        response = http.client.HTTPResponse(tls)
        response.begin()
        headers = dict((k.lower(), v) for k, v in response.getheaders())
        body = response.read(65536)
        return Answer(response.status, response.reason, headers, body)
    except socket.timeout:
        raise HttpsError('%s accepted the connection but sent no answer within %s s' % (where, timeout))
    except (http.client.HTTPException, OSError) as e:
        raise HttpsError('%s did not answer with HTTP: %s' % (where, e))
    finally:
        raw.close()


def login_redirect(address, port, app, host_header, sni=None, timeout=10):
    """Opens /<app>/ and follows the redirects that stay inside the app (to the same address),
    as a browser does, until an answer leads elsewhere. Returns that answer."""
    path = '/%s/' % app
    for _ in range(MAX_APP_REDIRECTS):
        answer = https_get(address, port, path, host_header, sni, timeout)
        if not answer.is_redirect():
            return answer
        target = urlsplit(answer.location())
        if 'SAMLRequest' in parse_qs(target.query) or not target.path.startswith('/%s' % app):
            return answer
        path = target.path + ('?' + target.query if target.query else '')
    return answer


def url_base(url):
    """scheme://host:port/path of a URL, without its query, for comparing endpoints."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == 'https' else 80)
    return '%s://%s:%s%s' % (parts.scheme, (parts.hostname or '').lower(), port, parts.path or '/')


def read_saml_redirect(location):
    """(endpoint, issuer, acs) of a redirect carrying a SAMLRequest (HTTP-Redirect binding: raw
    deflate, base64, URL-encoded). Raises ValueError saying what is wrong with it."""
    query = parse_qs(urlsplit(location).query)
    if 'SAMLRequest' not in query:
        raise ValueError('the redirect to %s carries no SAMLRequest' % location.split('?')[0])
    try:
        data = base64.b64decode(query['SAMLRequest'][0])
    except (ValueError, TypeError):
        raise ValueError('its SAMLRequest is not base64')
    try:
        data = zlib.decompress(data, -15)
    except zlib.error:
        pass
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        raise ValueError('its SAMLRequest is not XML: %s' % e)
    if not root.tag.endswith('}AuthnRequest'):
        raise ValueError('its SAMLRequest is a %s, not an AuthnRequest' % root.tag.split('}')[-1])
    issuer = (root.findtext(SAML_ASSERTION + 'Issuer') or '').strip()
    return location.split('?')[0], issuer, root.get('AssertionConsumerServiceURL', '')


def authn_request_url(endpoint, issuer, acs):
    """The Identity Server URL a service provider would send a browser to, for this issuer and ACS."""
    now = datetime.datetime.utcnow().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z'
    xml = ('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"'
           ' AssertionConsumerServiceURL=%s Destination=%s ID=%s IssueInstant="%s" Version="2.0"'
           ' ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">'
           '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">%s</saml:Issuer>'
           '</samlp:AuthnRequest>') % (quoteattr(acs), quoteattr(endpoint), quoteattr('_' + uuid.uuid4().hex),
                                       now, escape(issuer))
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    encoded = base64.b64encode(deflater.compress(xml.encode('utf-8')) + deflater.flush()).decode('ascii')
    return endpoint + ('&' if '?' in endpoint else '?') + 'SAMLRequest=' + quote(encoded, safe='')


def split_url(url):
    """(host, port, path with query) of an https URL."""
    parts = urlsplit(url)
    path = parts.path or '/'
    if parts.query:
        path += '?' + parts.query
    return parts.hostname, parts.port or 443, path, parts.netloc


def login_problem(answer, app, idp_url, issuer, acs):
    """(cause, field) when a login answer is not the redirect the project asks for, else ('', '')."""
    if not answer.is_redirect():
        return ('opening /%s/ answered %s %s instead of sending the browser to the Identity Server'
                % (app, answer.status, answer.reason), 'sso.enabled')
    try:
        endpoint, got_issuer, got_acs = read_saml_redirect(answer.location())
    except ValueError as e:
        return ('opening /%s/ redirects to %s, which is no SAML login: %s'
                % (app, answer.location().split('?')[0], e), 'sso.idpUrl')
    if url_base(endpoint) != url_base(idp_url):
        return ('the login goes to %s, but the Identity Server login URL is %s' % (endpoint, idp_url), 'sso.idpUrl')
    if got_issuer != issuer:
        return ("the login request names the issuer '%s', but the %s issuer is '%s'" % (got_issuer, app, issuer),
                'sso.%sIssuer' % app)
    if got_acs != acs:
        return ('the login request asks to come back to %s, but the %s return URL is %s' % (got_acs, app, acs),
                'sso.%sAcsUrl' % app)
    return '', ''
