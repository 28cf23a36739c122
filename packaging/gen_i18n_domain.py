"""Write zalo_composer/ui/i18n_domain.py: every English text the domain, the eSMS client and
the store show to users, as ``QT_TRANSLATE_NOOP(context, template)`` calls that lupdate reads.

    python packaging/gen_i18n_domain.py            write the module (what `make translations` runs)
    python packaging/gen_i18n_domain.py --check    exit 1 when the module is out of date

The domain stays Qt-free and English; the UI translates its texts at display time
(`zalo_composer.ui.i18n`). Texts are found in the source with `ast`, where they are made:

- problem templates passed to ``_error``, ``_warning``, ``_row_error`` and ``Problem(...)``,
  and the field names passed as their ``{label}`` (context ``Problem``);
- the code tables ``CODE_MEANINGS`` and ``SEND_STATUS_MEANINGS`` and what
  ``describe_code`` / ``describe_send_status`` return (context ``Codes``);
- button type names (``LABEL``) and field labels and placeholders (``FieldSpec``) of the
  model (context ``Model``);
- the message of every exception of the program's tree, every ``meaning=`` of a result,
  every notice appended to a ``notices`` list, the values of the tables named in
  ``TEXT_TABLES`` (a bulk row's note per outcome), and what the few describing functions
  return (context ``Messages``).

An f-string becomes a ``str.format`` template: ``f"byte {exc.start}"`` gives
``"byte {start}"``. At display time the UI matches a finished English text against these
templates, translates the template and fills the values back in (see `ui/i18n.py`).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "zalo_composer" / "ui" / "i18n_domain.py"
SOURCES = (
    "zalo_composer/domain/*.py",
    "zalo_composer/esms/bulk.py",
    "zalo_composer/esms/client.py",
    "zalo_composer/esms/network.py",
    "zalo_composer/esms/queries.py",
    "zalo_composer/store/*.py",
    "zalo_composer/app/templates.py",
    "zalo_composer/sending.py",
)

#: callee → (context, positions of the text arguments, prefix the callee adds)
TEXT_CALLS: dict[str, tuple[str, tuple[int, ...], str]] = {
    "_error": ("Problem", (1,), ""),
    "_warning": ("Problem", (1,), ""),
    "_row_error": ("Problem", (2,), "Line {line}: "),
    "Problem": ("Problem", (2,), ""),
    "_check_required_text": ("Problem", (1,), ""),
    "_check_length": ("Problem", (1,), ""),
    "FieldSpec": ("Model", (1, 3), ""),
    "_from_json_text": ("Messages", (1,), ""),
    "_text": ("Messages", (2,), ""),
    "button_from_object": ("Messages", (1,), ""),
    "ZaloCode": ("Messages", (0, 1), ""),
    "DemoRecipient": ("Messages", (1,), ""),
    "Observation": ("Messages", (2,), ""),
}
#: Functions whose returned texts (and texts assigned to ``message``) are shown to users.
TEXT_FUNCTIONS: dict[str, str] = {
    "describe_code": "Codes",
    "describe_send_status": "Codes",
    "describe_failure": "Messages",
    "endpoint_problem": "Messages",
    "_read_answer": "Messages",
    "_unusable_reason": "Messages",
    "location": "Messages",
    "_smart_quote_hint": "Messages",
    "_zalo_error": "Messages",
    "zalo_meaning": "Messages",
    "failed_detail": "Messages",
}
#: Tables whose values are texts for the user (a bulk row's note per outcome).
TEXT_TABLES: dict[str, str] = {"_NOTES": "Messages", "LIFECYCLE_WORDS": "Messages"}
#: Lists of notices for the user: ``notices.append(...)`` and ``notices = [...]``.
NOTICE_LISTS = frozenset({"notices", "found", "found.notices"})
#: The program's exception tree starts here; subclasses are found in the sources.
ERROR_BASE = "ZaloComposerError"
#: Texts made in ways the rules above do not see.
EXTRA: tuple[tuple[str, str], ...] = (
    # a {label} validation passes as TITLE_FIELD.label
    ("Problem", "Title"),
    # what the history stores for a send the program never saw the end of
    ("Messages", "outcome unknown: the program stopped while this request was in flight"),
    # what the send loop makes of a 124 after an unknown outcome, and of a broken answer
    ("Messages", "the first attempt was accepted: eSMS answered 124 (duplicate RequestId) to "
     "the retry, so it already had the message"),
    ("Messages", "accepted by eSMS (its answer was malformed, but CodeResult 100 could be "
     "read)"),
)
#: Better placeholder names than the expression would give.
NAME_OVERRIDES = {
    "smart_quote_hint": "hint", "strerror": "reason", "join": "items", "get": "value",
    "strip": "value", "i": "number",
}


def _literal_letters(template: str) -> bool:
    """True when the template has words of its own, not only placeholders."""
    literal = re.sub(r"\{[^{}]*\}", "", template.replace("{{", "").replace("}}", ""))
    return any(ch.isalpha() for ch in literal)


class _Names:
    """Placeholder names for the expressions of one template (the same expression gets
    the same name; different ones never share a name)."""

    def __init__(self) -> None:
        self._by_expr: dict[str, str] = {}

    def name(self, node: ast.expr) -> str:
        key = ast.dump(node)
        if key not in self._by_expr:
            base = NAME_OVERRIDES.get(_base_name(node), _base_name(node))
            taken = set(self._by_expr.values())
            name, number = base, 2
            while name in taken:
                name, number = f"{base}{number}", number + 1
            self._by_expr[key] = name
        return self._by_expr[key]


def _base_name(node: ast.expr) -> str:
    match node:
        case ast.Name(id=name):
            return name.strip("_") or "value"
        case ast.Attribute(attr="__name__", value=ast.Call(func=ast.Name(id="type"))):
            return "error"
        case ast.Attribute(attr=attr):
            return attr.strip("_") or "value"
        case ast.Call(func=ast.Name(id="len")):
            return "count"
        case ast.Call(func=ast.Name(id=name)) | ast.Call(func=ast.Attribute(attr=name)):
            return name.strip("_") or "value"
        case ast.BoolOp(values=[first, *_]):
            return _base_name(first)
        case ast.BinOp(left=left):
            return _base_name(left)
        case ast.Subscript(value=value):
            return _base_name(value)
    return "value"


def _escaped(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def templates(node: ast.expr, *, raw: bool = True, names: _Names | None = None) -> list[str]:
    """The format templates an expression can produce (an ``a if c else b`` gives two);
    [] when it is not text. A plain string is raw text (its braces are escaped) unless
    *raw* is False (problem templates are format strings already)."""
    names = names or _Names()
    match node:
        case ast.Constant(value=str(text)):
            return [_escaped(text) if raw else text]
        case ast.JoinedStr(values=parts):
            out = ""
            for part in parts:
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    out += _escaped(part.value)
                elif isinstance(part, ast.FormattedValue):
                    out += "{" + names.name(part.value) + "}"
            return [out]
        case ast.IfExp(body=body, orelse=orelse):
            return (templates(body, raw=raw, names=names)
                    + templates(orelse, raw=raw, names=names))
        case ast.BinOp(op=ast.Add(), left=left, right=right):
            lefts = templates(left, raw=raw, names=names) or ["{" + names.name(left) + "}"]
            rights = templates(right, raw=raw, names=names) or ["{" + names.name(right) + "}"]
            if not any(_literal_letters(t) for t in lefts + rights):
                return []
            return [a + b for a in lefts for b in rights]
        case ast.Call(func=ast.Attribute(value=inner, attr="rstrip" | "strip")):
            return templates(inner, raw=raw, names=names)
    return []


def _dotted(node: ast.expr) -> str:
    match node:
        case ast.Name(id=name):
            return name
        case ast.Attribute(value=value, attr=attr):
            return f"{_dotted(value)}.{attr}"
    return ""


def _callee(node: ast.Call) -> str:
    match node.func:
        case ast.Name(id=name):
            return name
        case ast.Attribute(attr=attr):
            return attr
    return ""


def _error_classes(trees: list[ast.Module]) -> set[str]:
    found = {ERROR_BASE}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found and any(
                    _dotted(base).rsplit(".", 1)[-1] in found for base in node.bases
                ):
                    found.add(node.name)
                    grew = True
    return found


class _Collector(ast.NodeVisitor):
    def __init__(self, errors: set[str]) -> None:
        self.found: list[tuple[str, str]] = []
        self._errors = errors
        self._function: list[str] = []

    def _add(self, context: str, node: ast.expr | None, *, raw: bool = True,
             prefix: str = "") -> None:
        if node is None:
            return
        for template in templates(node, raw=raw):
            # Surrounding spaces (a sentence appended to another) are not the translator's.
            template = (prefix + template).strip()
            if _literal_letters(template):
                self.found.append((context, template))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function.append(node.name)
        self.generic_visit(node)
        self._function.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _text_function(self) -> str | None:
        return TEXT_FUNCTIONS.get(self._function[-1]) if self._function else None

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for statement in node.body:
            match statement:
                case ast.AnnAssign(target=ast.Name(id="LABEL"), value=value) | ast.Assign(
                    targets=[ast.Name(id="LABEL")], value=value
                ):
                    self._add("Model", value)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        callee = _callee(node)
        if callee in TEXT_CALLS:
            context, positions, prefix = TEXT_CALLS[callee]
            for position in positions:
                if position < len(node.args):
                    argument = node.args[position]
                    if callee == "FieldSpec" and position == 3 and not (
                        isinstance(argument, ast.Constant) and " " in str(argument.value)
                    ):
                        continue  # an example value ("0901888484"), not words
                    self._add(context, argument, raw=context != "Problem", prefix=prefix)
        elif callee in self._errors and node.args:
            self._add("Messages", node.args[0])
        elif callee == "append" and isinstance(node.func, ast.Attribute) and (
            _dotted(node.func.value) in NOTICE_LISTS
        ):
            self._add("Messages", node.args[0] if node.args else None)
        for keyword in node.keywords:
            if keyword.arg == "meaning":
                self._add("Messages", keyword.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if isinstance(node.target, ast.Name):
            self._table(node.target.id, node.value)
        self.generic_visit(node)

    def _table(self, name: str, value: ast.expr | None) -> None:
        if name in TEXT_TABLES and isinstance(value, ast.Dict):
            for text in value.values:
                self._add(TEXT_TABLES[name], text)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name):
                self._table(target.id, node.value)
            if isinstance(target, ast.Name) and target.id == "notices" and isinstance(
                node.value, ast.ListComp
            ):
                self._add("Messages", node.value.elt)
            context = self._text_function()
            if context is None:
                continue
            if isinstance(target, ast.Name) and target.id == "message":
                self._add(context, node.value)
            elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                for element, value in zip(target.elts, node.value.elts, strict=False):
                    if isinstance(element, ast.Name) and element.id == "message":
                        self._add(context, value)
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:
        context = self._text_function()
        if context is not None and node.value is not None:
            value = node.value
            match value:  # table.get(key, f"unknown … {key}"): the default is a text
                case ast.Call(func=ast.Attribute(attr="get"), args=[_, default]):
                    value = default
            values = value.elts if isinstance(value, ast.Tuple) else [value]
            for value in values:
                if isinstance(value, ast.Constant) and " " not in str(value.value):
                    continue  # a kind such as "tls", not a sentence
                self._add(context, value)
        self.generic_visit(node)


def _code_tables() -> Iterator[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    try:
        from zalo_composer.domain import codes
    finally:
        sys.path.pop(0)
    for meaning in codes.CODE_MEANINGS.values():
        yield "Codes", _escaped(meaning)
    for meaning in codes.SEND_STATUS_MEANINGS.values():
        yield "Codes", _escaped(meaning)


def collect() -> list[tuple[str, str]]:
    """Every (context, template), each once, in a stable order."""
    paths = sorted({p for pattern in SOURCES for p in ROOT.glob(pattern)})
    trees = [ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    errors = _error_classes(trees)
    found: list[tuple[str, str]] = list(_code_tables())
    for tree in trees:
        collector = _Collector(errors)
        collector.visit(tree)
        found += collector.found
    found += EXTRA
    order = {"Problem": 0, "Codes": 1, "Model": 2, "Messages": 3}
    unique = dict.fromkeys(found)
    return sorted(unique, key=lambda item: order[item[0]])


def _python_string(text: str) -> str:
    """A double-quoted literal lupdate reads (real characters, C escapes only)."""
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def render(texts: list[tuple[str, str]]) -> str:
    """The module's source."""
    lines = [
        '"""Every English text of the domain, the eSMS client and the store that users see,',
        "for lupdate (`make translations`). Generated by packaging/gen_i18n_domain.py from",
        'the sources: do not edit; run `make translations` after changing a text there."""',
        "",
        "from __future__ import annotations",
        "",
        "",
        "def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate looks for it",
        '    """Marks *text* for lupdate; returns it unchanged."""',
        "    return text",
        "",
        "",
        "#: (context, str.format template) of every text, in context order.",
        "TEXTS: tuple[tuple[str, str], ...] = (",
    ]
    for context, text in texts:
        literal = _python_string(text)
        line = f'    ("{context}", QT_TRANSLATE_NOOP("{context}", {literal})),'
        lines.append(line)
    lines.append(")")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Write (or with --check, compare) the generated module."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when it is out of date")
    args = parser.parse_args(argv)
    source = render(collect())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != source:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run `make translations`",
                  file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(source, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
