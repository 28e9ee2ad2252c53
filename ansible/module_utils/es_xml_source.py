# Part of ES Cluster Wizard: an XML file as lxml sees it (for XPath) together with the byte
# position of every element in the original text, so that edits replace only the bytes they
# change and everything else (declaration, comments, quoting, whitespace, line breaks) stays.

import re
from collections import Counter
from xml.parsers import expat

from ansible.module_utils.es_edit_common import EditError, newline_of

try:
    from lxml import etree
    HAS_LXML = True
except ImportError:
    HAS_LXML = False

_ATTRIBUTE = re.compile(br'(\s+)([^\s=/>]+)(\s*=\s*)("[^"]*"|\'[^\']*\')')
_TAG_NAME = re.compile(br'<([^\s/>]+)')


class Span(object):
    """Byte positions of one element: its start tag, its content and its end tag."""

    def __init__(self, start, open_end, close_start, close_end):
        self.start = start
        self.open_end = open_end
        self.close_start = close_start
        self.close_end = close_end

    @property
    def empty(self):
        """Written as <tag/>."""
        return self.open_end == self.close_end


class XmlSource(object):

    def __init__(self, data, path, namespaces):
        self.data = data
        self.path = path
        self.namespaces = namespaces or {}
        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False,
                                 remove_comments=False, remove_pis=False, strip_cdata=False)
        try:
            self.tree = etree.ElementTree(etree.fromstring(data, parser))
        except etree.XMLSyntaxError as e:
            raise EditError('%s is not well-formed XML: %s' % (path, e))
        self.encoding = self.tree.docinfo.encoding or 'UTF-8'
        if re.match('(?i)utf-?(16|32)|ucs', self.encoding):
            raise EditError('%s is encoded in %s; only UTF-8 and single-byte encodings are supported'
                            % (path, self.encoding))
        self.text = data.decode(self.encoding, 'replace')
        self.newline = newline_of(self.text).encode('ascii')
        # Kept in a list so that lxml hands out the same element objects on every XPath call.
        self.elements = [e for e in self.tree.getroot().iter() if isinstance(e.tag, str)]
        spans = self._spans()
        if len(spans) != len(self.elements):
            raise EditError('%s: cannot locate its elements in the text (entities or XInclude?)' % path)
        self.spans = dict(zip(self.elements, spans))
        self._unit = None

    # ---- locating

    def _spans(self):
        data = self.data
        parser = expat.ParserCreate()
        spans = []
        stack = []

        def start(name, attrs):
            begin = parser.CurrentByteIndex
            end, empty = _tag_end(data, begin)
            span = Span(begin, end, end, end)
            spans.append(span)
            stack.append((span, empty))

        def end(name):
            span, empty = stack.pop()
            if not empty:
                span.close_start = parser.CurrentByteIndex
                span.close_end = _tag_end(data, span.close_start)[0]

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        try:
            parser.Parse(data, True)
        except expat.ExpatError as e:
            raise EditError('%s is not well-formed XML: %s' % (self.path, e))
        return spans

    def select(self, xpath, number):
        """Elements the XPath selects; a clear error for a bad XPath or a non-element result."""
        try:
            found = self.tree.xpath(xpath, namespaces=self.namespaces)
        except etree.XPathError as e:
            hint = '; give every prefix in namespaces' if 'namespace' in str(e).lower() else ''
            raise EditError('%s: edit %d: invalid XPath %s: %s%s' % (self.path, number, xpath, e, hint))
        if not isinstance(found, list) or any(not is_element(n) for n in found):
            raise EditError('%s: edit %d: the XPath %s must select elements (use `attribute` for an attribute)'
                            % (self.path, number, xpath))
        return found

    # ---- reading

    def raw_name(self, element):
        """The element's tag as written in the file (with its prefix, if any)."""
        span = self.spans[element]
        return _TAG_NAME.match(self.data, span.start).group(1)

    def attributes(self, element):
        """(name, match) of every attribute in the start tag, positions relative to the file."""
        span = self.spans[element]
        return [(m.group(2).decode(self.encoding), m)
                for m in _ATTRIBUTE.finditer(self.data, span.start, span.open_end)]

    def line_indent(self, pos):
        """The whitespace that starts the line holding `pos`."""
        begin = self.data.rfind(b'\n', 0, pos) + 1
        line = self.data[begin:pos]
        return line[:len(line) - len(line.lstrip(b' \t'))]

    def starts_line(self, element):
        span = self.spans[element]
        begin = self.data.rfind(b'\n', 0, span.start) + 1
        return self.data[begin:span.start].strip(b' \t') == b''

    def indent(self, element):
        return self.line_indent(self.spans[element].start)

    def child_indent(self, element):
        """Indent for a child of `element`: the most common indent of its children on their own lines."""
        found = Counter(self.indent(c) for c in element if is_element(c) and self.starts_line(c))
        if found:
            return found.most_common(1)[0][0]
        return self.indent(element) + self.unit()

    def unit(self):
        """One indent step of the file: the most common increase from a parent's indent to its child's."""
        if self._unit is None:
            steps = Counter()
            for element in self.elements:
                parent = element.getparent()
                if parent is None or not self.starts_line(element) or not self.starts_line(parent):
                    continue
                outer, inner = self.indent(parent), self.indent(element)
                if inner.startswith(outer) and len(inner) > len(outer):
                    steps[inner[len(outer):]] += 1
            self._unit = steps.most_common(1)[0][0] if steps else b'    '
        return self._unit

    def encode(self, text):
        return text.encode(self.encoding, 'xmlcharrefreplace')


def is_element(node):
    return HAS_LXML and isinstance(node, etree._Element) and isinstance(node.tag, str)


def _tag_end(data, begin):
    """End (exclusive) of the tag starting at `begin`, and whether it is an empty-element tag."""
    quote = None
    i = begin + 1
    size = len(data)
    while i < size:
        c = data[i:i + 1]
        if quote:
            if c == quote:
                quote = None
        elif c in (b'"', b"'"):
            quote = c
        elif c == b'>':
            return i + 1, data[i - 1:i] == b'/'
        i += 1
    return size, False


def escape_text(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('\r', '&#13;'))


def escape_attribute(text, quote='"'):
    out = escape_text(text).replace('\n', '&#10;').replace('\t', '&#9;')
    return out.replace('"', '&quot;') if quote == '"' else out.replace("'", '&apos;')


def splice(data, changes):
    """Applies (start, end, bytes) replacements, which must not overlap."""
    out = data
    last = None
    for start, end, new in sorted(changes, key=lambda c: (c[0], c[1]), reverse=True):
        if last is not None and end > last:
            raise EditError('two parts of one edit overlap (an XPath selects an element and its ancestor?)')
        out = out[:start] + new + out[end:]
        last = start
    return out
