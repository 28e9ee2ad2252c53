# Part of ES Cluster Wizard: the edits of es_xml_edit, each turned into byte replacements on the
# original text (see es_xml_source). New elements are indented like their siblings.

from ansible.module_utils.es_edit_common import (EditError, SECRET_MASK, SECRET_MASK_CHANGED,
                                                 check_xml_chars)
from ansible.module_utils.es_xml_source import (XmlSource, escape_attribute, escape_text, splice,
                                                is_element)
from ansible.module_utils.es_xpath_steps import UnsupportedPath, parse_step, split_steps


class XmlEdit(object):
    """One edit, checked: what it selects and what it wants there."""

    def __init__(self, number, raw, namespaces):
        self.number = number
        self.xpath = raw['xpath']
        self.state = raw.get('state') or 'present'
        self.attribute = raw.get('attribute')
        self.secret = raw.get('secret_value') is not None
        value = raw['secret_value'] if self.secret else raw.get('value')
        self.value = None if value is None else _text(value, number, self.secret)
        self.children = None
        if raw.get('children') is not None:
            self.children = [Node.from_spec(c, number, namespaces, 'children') for c in raw['children']]
        self._check()

    def _check(self):
        n = self.number
        if self.attribute is not None and ':' in self.attribute:
            raise EditError('edit %d: attribute %s: namespaced attributes are not supported' % (n, self.attribute))
        if self.state != 'present' and (self.value is not None or self.children is not None):
            raise EditError('edit %d: state %s takes no value, secret_value or children' % (n, self.state))
        if self.state == 'commented' and self.attribute is not None:
            raise EditError('edit %d: state commented comments out elements; it takes no attribute' % n)
        if self.attribute is not None and self.state == 'present' and self.value is None:
            raise EditError('edit %d: attribute %s needs a value (or state: absent)' % (n, self.attribute))
        if self.children is not None and (self.value is not None or self.attribute is not None):
            raise EditError('edit %d: children cannot be combined with value or attribute' % n)
        if self.value is not None:
            check_xml_chars(self.value, n, self.secret)


class Node(object):
    """An element to write: the name as given (prefix:local), attributes, text, children."""

    def __init__(self, name, attributes, text, children, namespaces, number):
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
        prefix, _, local = name.rpartition(':')
        if prefix and prefix not in namespaces:
            raise EditError('edit %d: the prefix %s of %s is not in namespaces' % (number, prefix, name))
        self.prefix, self.local = prefix or None, local
        self.uri = namespaces.get(prefix) if prefix else None
        self.clark = '{%s}%s' % (self.uri, local) if self.uri else local

    @classmethod
    def from_spec(cls, spec, number, namespaces, where):
        if not isinstance(spec, dict) or not isinstance(spec.get('tag'), str):
            raise EditError('edit %d: every entry of %s needs a tag (e.g. {tag: member, children: [...]})'
                            % (number, where))
        unknown = set(spec) - {'tag', 'text', 'attributes', 'children'}
        if unknown:
            raise EditError('edit %d: %s entry %s: unknown keys %s (tag, text, attributes, children)'
                            % (number, where, spec['tag'], ', '.join(sorted(unknown))))
        attributes = [(str(k), _text(v, number, False)) for k, v in (spec.get('attributes') or {}).items()]
        text = None if spec.get('text') is None else _text(spec['text'], number, False)
        children = [cls.from_spec(c, number, namespaces, where) for c in spec.get('children') or []]
        if text is not None and children:
            raise EditError('edit %d: %s entry %s has both text and children' % (number, where, spec['tag']))
        for v in [v for _, v in attributes] + ([text] if text is not None else []):
            check_xml_chars(v, number, False)
        return cls(spec['tag'], attributes, text, children, namespaces, number)

    def matches(self, element):
        if element.tag != self.clark or dict(element.attrib) != dict(self.attributes):
            return False
        kids = [c for c in element if is_element(c)]
        if self.children:
            return len(kids) == len(self.children) and all(n.matches(k) for n, k in zip(self.children, kids))
        if kids:
            return False
        current = element.xpath('string()')
        return current == self.text if self.text is not None else current.strip() == ''


def _text(value, number, secret):
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return value
    what = 'secret_value' if secret else 'value'
    raise EditError('edit %d: %s must be text, a number or a boolean' % (number, what))


def apply_edits(data, path, namespaces, edits):
    """The new text, what changed (one line per change) and the numbers of secret edits that changed."""
    changes, secret_changed = [], set()
    for edit in edits:
        data, done = _apply(data, path, namespaces, edit)
        changes.extend(done)
        if done and edit.secret:
            secret_changed.add(edit.number)
    for edit in edits:
        if _apply(data, path, namespaces, edit)[1]:
            raise EditError('%s: edit %d (%s) undoes what an earlier edit set; the edits conflict'
                            % (path, edit.number, edit.xpath))
    return data, changes, secret_changed


def _apply(data, path, namespaces, edit):
    source = XmlSource(data, path, namespaces)
    found = source.select(edit.xpath, edit.number)
    done = []
    if edit.state == 'present' and not found:
        data = splice(data, [_create(source, edit, namespaces)])
        done.append('created %s' % edit.xpath)
        source = XmlSource(data, path, namespaces)
        found = source.select(edit.xpath, edit.number)
        if not found:
            raise EditError('%s: edit %d: created the element, yet %s still selects nothing'
                            % (path, edit.number, edit.xpath))
    changes = []
    for element in found:
        change = _change(source, element, edit, namespaces)
        if change:
            changes.append(change)
    if changes:
        done.append(_describe(edit))
    return splice(data, changes), done


def _describe(edit):
    if edit.state == 'absent':
        return ('removed attribute %s of %s' % (edit.attribute, edit.xpath) if edit.attribute
                else 'removed %s' % edit.xpath)
    if edit.state == 'commented':
        return 'commented out %s' % edit.xpath
    if edit.attribute:
        return 'set attribute %s of %s' % (edit.attribute, edit.xpath)
    if edit.children is not None:
        return 'replaced the children of %s' % edit.xpath
    return 'set the text of %s' % edit.xpath


def _change(source, element, edit, namespaces):
    """One (start, end, bytes) replacement for one selected element, or None when it is as wanted."""
    if edit.state == 'absent':
        return _remove_attribute(source, element, edit.attribute) if edit.attribute else _remove(source, element)
    if edit.state == 'commented':
        return _comment_out(source, element, edit)
    if edit.attribute:
        return _set_attribute(source, element, edit.attribute, edit.value)
    if edit.value is not None:
        return _set_text(source, element, edit)
    if edit.children is not None:
        return _set_children(source, element, edit.children)
    return None


def _set_text(source, element, edit):
    if any(is_element(c) for c in element):
        raise EditError('%s: edit %d: %s has child elements; value sets the text of elements without any'
                        % (source.path, edit.number, edit.xpath))
    if element.xpath('string()') == edit.value:
        return None
    return _replace_content(source, element, source.encode(escape_text(edit.value)))


def _replace_content(source, element, content):
    span = source.spans[element]
    if span.empty:
        return span.start, span.close_end, _open_tag(source, element) + content + _close_tag(source, element)
    return span.open_end, span.close_start, content


def _open_tag(source, element):
    """The start tag as written, without the / of an empty-element tag."""
    span = source.spans[element]
    tag = source.data[span.start:span.open_end]
    return tag[:-2].rstrip() + b'>' if span.empty else tag


def _close_tag(source, element):
    return b'</' + source.raw_name(element) + b'>'


def _set_attribute(source, element, name, value):
    if element.get(name) == value:
        return None
    for attr, m in source.attributes(element):
        if attr == name:
            quote = m.group(4)[:1].decode('ascii')
            new = quote + escape_attribute(value, quote) + quote
            return m.start(4), m.end(4), source.encode(new)
    found = source.attributes(element)
    span = source.spans[element]
    at = found[-1][1].end() if found else span.start + 1 + len(source.raw_name(element))
    return at, at, source.encode(' %s="%s"' % (name, escape_attribute(value)))


def _remove_attribute(source, element, name):
    for attr, m in source.attributes(element):
        if attr == name:
            return m.start(), m.end(), b''
    return None


def _remove(source, element):
    span = source.spans[element]
    data = source.data
    begin, end = span.start, span.close_end
    line_start = data.rfind(b'\n', 0, begin) + 1
    line_end = data.find(b'\n', end)
    line_end = len(data) if line_end < 0 else line_end + 1
    if data[line_start:begin].strip() == b'' and data[end:line_end].strip() == b'':
        begin, end = line_start, line_end
    return begin, end, b''


def _comment_out(source, element, edit):
    span = source.spans[element]
    body = source.data[span.start:span.close_end]
    if b'--' in body:
        raise EditError('%s: edit %d: %s holds "--" (a comment?), which an XML comment cannot hold; '
                        'remove it instead (state: absent)' % (source.path, edit.number, edit.xpath))
    return span.start, span.close_end, b'<!--' + body + b'-->'


def _set_children(source, element, nodes):
    kids = [c for c in element if is_element(c)]
    if len(kids) == len(nodes) and all(n.matches(k) for n, k in zip(nodes, kids)):
        return None
    indent = source.indent(element)
    inner = source.child_indent(element)
    scope = dict(element.nsmap)
    content = b''.join(source.newline + inner + _render(source, n, inner, scope) for n in nodes)
    return _replace_content(source, element, content + source.newline + indent)


def _create(source, edit, namespaces):
    """Inserts the missing steps of the edit's path under the deepest element that exists."""
    try:
        texts = split_steps(edit.xpath)
        steps = [parse_step(t) for t in texts]
    except UnsupportedPath as e:
        raise EditError('%s: edit %d: %s selects nothing and cannot be created: %s'
                        % (source.path, edit.number, edit.xpath, e))
    for depth in range(len(steps) - 1, 0, -1):
        parents = source.select('/' + '/'.join(texts[:depth]), edit.number)
        if len(parents) > 1:
            raise EditError('%s: edit %d: %d elements match %s; make the XPath select one to create %s in'
                            % (source.path, edit.number, len(parents), '/' + '/'.join(texts[:depth]), edit.xpath))
        if parents:
            return _insert(source, parents[0], _nodes_for(steps[depth:], namespaces, edit.number))
    raise EditError('%s: edit %d: the root element is not %s (XPath %s)'
                    % (source.path, edit.number, texts[0], edit.xpath))


def _nodes_for(steps, namespaces, number):
    step = steps[0]
    children = [Node(name, [], text, [], namespaces, number) for name, text in step.children]
    if len(steps) > 1:
        children.append(_nodes_for(steps[1:], namespaces, number))
    for _, v in step.attributes + step.children:
        check_xml_chars(v, number, False)
    return Node(step.name, step.attributes, None, children, namespaces, number)


def _insert(source, parent, node):
    span = source.spans[parent]
    indent = source.indent(parent)
    inner = source.child_indent(parent)
    new = _render(source, node, inner, dict(parent.nsmap))
    if span.empty:
        return (span.start, span.close_end, _open_tag(source, parent) + source.newline + inner + new
                + source.newline + indent + _close_tag(source, parent))
    content = source.data[span.open_end:span.close_start]
    kept = content.rstrip(b' \t\r\n')
    at = span.open_end + len(kept)
    insert = source.newline + inner + new
    if b'\n' not in content[len(kept):]:
        insert += source.newline + indent
    return at, at, insert


def _render(source, node, indent, scope):
    """The node as text, its children one per line, each level one indent step deeper."""
    name, declarations, scope = _qualify(node, scope)
    attrs = ''.join(' %s="%s"' % (k, escape_attribute(v)) for k, v in declarations + node.attributes)
    head = source.encode('<%s%s' % (name, attrs))
    close = source.encode('</%s>' % name)
    if node.children:
        inner = indent + source.unit()
        body = b''.join(source.newline + inner + _render(source, c, inner, scope) for c in node.children)
        return head + b'>' + body + source.newline + indent + close
    if node.text is None:
        return head + b'/>'
    return head + b'>' + source.encode(escape_text(node.text)) + close


def _qualify(node, scope):
    """The name to write in this namespace scope, the declarations it needs, and the scope inside it."""
    default = scope.get(None)
    if node.uri is None:
        if default:
            inner = dict(scope)
            inner.pop(None)
            return node.local, [('xmlns', '')], inner
        return node.local, [], scope
    if default == node.uri:
        return node.local, [], scope
    if scope.get(node.prefix) == node.uri:
        return '%s:%s' % (node.prefix, node.local), [], scope
    for prefix, uri in scope.items():
        if prefix and uri == node.uri:
            return '%s:%s' % (prefix, node.local), [], scope
    inner = dict(scope)
    inner[node.prefix] = node.uri
    return '%s:%s' % (node.prefix, node.local), [('xmlns:%s' % node.prefix, node.uri)], inner


def masked(data, path, namespaces, edits, secret_changed):
    """The text with the value of every secret edit replaced by a mask, for the diff."""
    source = XmlSource(data, path, namespaces)
    changes = []
    for edit in [e for e in edits if e.secret]:
        mask = source.encode(SECRET_MASK_CHANGED if edit.number in secret_changed else SECRET_MASK)
        for element in source.select(edit.xpath, edit.number):
            span = source.spans[element]
            if edit.attribute:
                for name, m in source.attributes(element):
                    if name == edit.attribute:
                        changes.append((m.start(4) + 1, m.end(4) - 1, mask))
            elif not span.empty:
                changes.append((span.open_end, span.close_start, mask))
    return splice(data, changes).decode(source.encoding, 'replace')
