"""Reading a lesson file's YAML safely, keeping where every value was written.

Only plain data is accepted: mappings, lists, text, numbers, true/false and null. Files over
256 KB, anchors and aliases (so no "billion laughs"), and tags that would build objects
(`!!python/...`, custom `!tags`) are refused before anything is built. Every value comes back as a
`Node` holding its 1-based line and column, so the checker can point authors at the exact spot.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import difflib
import re

import yaml

MAX_BYTES = 256 * 1024
MAX_DEPTH = 40  # a lesson needs about 8 levels

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null")}
_PLAIN_TEXT_TAGS = {_TAG + "timestamp"}  # kept as the text the author wrote
_KIND = {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
         float: "a number", type(None): "nothing"}


@dataclass
class Node:
    """A YAML value with its position (1-based). Mappings hold `Node`s, lists hold `Node`s."""

    value: Any  # dict[str, Node] | list[Node] | str | int | float | bool | None
    line: int
    column: int
    raw: str = ""  # a scalar exactly as written (so `id: 007` or `text: Yes` keep the author's text)
    keys: dict[str, Node] = field(default_factory=dict)  # mapping: where each key was written

    @property
    def kind(self) -> str:
        """Plain-language name of the value's type, for messages."""
        return _KIND.get(type(self.value), "a value")


@dataclass
class YamlProblem:
    line: int
    column: int
    message: str


class _Refused(Exception):
    def __init__(self, message: str, mark: yaml.Mark | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = mark.line + 1 if mark else 1
        self.column = mark.column + 1 if mark else 1


class _SafeComposer(yaml.SafeLoader):
    """Composes the node tree, refusing anchors, aliases and very deep nesting as soon as they appear."""

    depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        event = self.peek_event()
        if self.depth >= MAX_DEPTH:
            raise _Refused(f"the file is nested too deeply (more than {MAX_DEPTH} levels)", event.start_mark)
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(f"YAML aliases (*{event.anchor}) are not allowed in lesson files: write the value out",
                           event.start_mark)
        if getattr(event, "anchor", None):
            raise _Refused(f"YAML anchors (&{event.anchor}) are not allowed in lesson files: write the value out",
                           event.start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def read_yaml(data: bytes) -> tuple[Node | None, list[YamlProblem]]:
    """Parse one lesson file's bytes. Returns the top-level mapping (or None) and the problems found."""
    if len(data) > MAX_BYTES:
        return None, [YamlProblem(1, 1, f"the file is too big ({len(data) // 1024} KB): "
                                        f"lesson files must be at most {MAX_BYTES // 1024} KB")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start].decode("utf-8", "replace")
        line, column = _position(before, len(before))
        return None, [YamlProblem(line, column, "the file is not UTF-8 text (save it as UTF-8 in your editor)")]
    if not text.strip():
        return None, [YamlProblem(1, 1, "the file is empty")]
    loader = None
    try:
        loader, root = _compose_fast(text) or _compose_careful(text)
        if root is None:
            return None, [YamlProblem(1, 1, "the file has no content, only comments")]
        builder = _NodeBuilder(loader)
        node = builder.build(root)
    except _Refused as error:
        return None, [YamlProblem(error.line, error.column, error.message)]
    except yaml.MarkedYAMLError as error:
        unclosed = "quoted scalar" in (error.context or "") and error.context_mark is not None
        mark = error.context_mark if unclosed else error.problem_mark or error.context_mark
        message = "the quote that starts here is never closed" if unclosed else _plain(error)
        return None, [YamlProblem(mark.line + 1 if mark else 1, mark.column + 1 if mark else 1, message)]
    except yaml.reader.ReaderError as error:
        line, column = _position(text, error.position)
        return None, [YamlProblem(line, column, f"the file contains a character that is not allowed "
                                                f"({_code(error.character)}): remove it")]
    except yaml.YAMLError as error:  # pragma: no cover - any other PyYAML complaint
        return None, [YamlProblem(1, 1, f"the YAML could not be read: {error}")]
    finally:
        if loader is not None:
            loader.dispose()
    if not isinstance(node.value, dict):
        return None, builder.problems + [YamlProblem(
            node.line, node.column, f"the file must be a mapping of keys such as 'id:' and 'steps:' "
                                    f"at the top (found {node.kind})")]
    return node, builder.problems


def _compose_careful(text: str):
    loader = _SafeComposer(text)  # checks for forbidden characters straight away
    return loader, loader.get_single_node()


def _compose_fast(text: str):
    """Compose with libyaml's C parser when it is there (about 20 times faster).

    Returns None, so the careful pure-Python composer runs instead, for anything unusual (anchors,
    aliases, deep nesting, errors): that composer gives the exact messages.
    """
    if not getattr(yaml, "__with_libyaml__", False):
        return None
    scanner = yaml.CSafeLoader(text)
    try:
        depth = 0
        while scanner.check_event():
            event = scanner.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return None
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth >= MAX_DEPTH:
                    return None
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
        loader = yaml.CSafeLoader(text)
        return loader, loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        scanner.dispose()


class _NodeBuilder:
    def __init__(self, loader: yaml.SafeLoader) -> None:
        self.loader = loader
        self.problems: list[YamlProblem] = []

    def build(self, node: yaml.Node) -> Node:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if isinstance(node, yaml.MappingNode):
            self._check_tag(node, _TAG + "map")
            return self._mapping(node, line, column)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, _TAG + "seq")
            return Node([self.build(item) for item in node.value], line, column)
        if node.tag in _PLAIN_TEXT_TAGS:
            return Node(node.value, line, column, raw=node.value)
        self._check_tag(node, *_SCALAR_TAGS)
        value = self.loader.construct_object(node)
        return Node(value, line, column, raw=node.value)

    def _mapping(self, node: yaml.MappingNode, line: int, column: int) -> Node:
        result = Node({}, line, column)
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                raise _Refused("YAML merge keys (<<) are not allowed in lesson files", key_node.start_mark)
            key = self.build(key_node)
            if isinstance(key.value, (dict, list)):
                raise _Refused("a key must be a single word, not a mapping or a list", key_node.start_mark)
            name = key.raw
            if name in result.value:
                first = result.keys[name]
                self.problems.append(YamlProblem(key.line, key.column,
                                                 f"duplicate key '{name}' (first used on line {first.line})"))
                continue  # keep the first value, so positions in later messages stay truthful
            result.keys[name] = key
            result.value[name] = self.build(value_node)
        return result

    @staticmethod
    def _check_tag(node: yaml.Node, *allowed: str) -> None:
        if node.tag not in allowed:
            tag = node.tag.replace(_TAG, "!!")
            raise _Refused(f"the tag '{tag}' is not allowed in lesson files: only plain text, numbers, "
                           f"true/false, lists and mappings", node.start_mark)


def _position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _code(character: str | int) -> str:
    return f"U+{character if isinstance(character, int) else ord(character):04X}"


def _plain(error: yaml.MarkedYAMLError) -> str:
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    message = f"the YAML could not be read: {problem}" if problem else "the YAML could not be read"
    if context and context not in problem:
        message += f" ({context})"
    if "found character '\\t'" in problem:
        message += "; use spaces, not tabs, to indent"
    elif "flow" in context or problem.startswith("mapping values are not allowed"):
        message += "; put text containing ': ', '?', ',' or brackets inside quotes"
    elif "another document" in problem:
        message = "the file holds more than one YAML document ('---'): keep one lesson per file"
    return message


ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def closest(value: str, choices) -> str | None:
    """The choice that `value` was probably meant to be (ignoring case), if any is close."""
    by_lower = {str(c).lower(): str(c) for c in choices}
    close = difflib.get_close_matches(value.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[close[0]] if close else None


def suggest(value: str, choices, list_all: bool = False) -> str:
    """' (did you mean 'x'?)', or the list of choices when nothing is close and `list_all`."""
    meant = closest(value, choices)
    if meant:
        return f" (did you mean '{meant}'?)"
    return f" (choose from: {', '.join(map(str, choices))})" if list_all and choices else ""


class NodeReader:
    """Reads typed values out of `Node`s, collecting a plain-language problem for each mistake."""

    def __init__(self) -> None:
        self.problems: list[YamlProblem] = []

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(YamlProblem(node.line, node.column, message))

    def fields(self, node, what, required, optional=(), others=(), owner="") -> dict[str, Node]:
        """The mapping's values; reports unknown and missing keys."""
        if node is None:
            return {}
        if not isinstance(node.value, dict):
            self.problem(node, f"{what or 'the lesson'} must be a mapping of keys (found {node.kind})")
            return {}
        where = f" in {what}" if what else ""
        known = tuple(required) + tuple(optional)
        misspelt = set()  # required keys already named by a "did you mean"
        for key, key_node in node.keys.items():
            if key in others:
                self.problem(key_node, f"'{key}' is not used in a {owner}" + (f" ({what})" if what else ""))
            elif key not in known:
                meant = closest(key, [k for k in known if k not in node.value])
                misspelt.add(meant)
                self.problem(key_node, f"unknown key '{key}'{where}" + (f" (did you mean '{meant}'?)" if meant else ""))
        for key in required:
            if key not in node.value and key not in misspelt:
                self.problem(node, f"missing required key '{key}'{where}")
        return node.value

    def list_of(self, node: Node | None, key: str, allow_empty: bool = True) -> list[Node]:
        if node is None:
            return []
        if not isinstance(node.value, list):
            self.problem(node, f"'{key}' must be a list (found {node.kind})")
            return []
        if not node.value and not allow_empty:
            self.problem(node, f"'{key}' is empty")
        return node.value

    def word(self, node: Node | None, key: str) -> str:
        if node is None:
            return ""
        if isinstance(node.value, (dict, list)):
            self.problem(node, f"'{key}' must be a single value, not {node.kind}")
            return ""
        value = "" if node.value is None else node.raw.strip()
        if not value:
            self.problem(node, f"'{key}' is empty")
        return value

    def ident(self, node: Node | None) -> str:
        value = self.word(node, "id")
        if value and not ID_PATTERN.match(value):
            example = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "my-id"
            self.problem(node, f"id '{value}' must use only lowercase letters, digits and dashes (like '{example}')")
        return value

    def unique(self, seen: dict[str, int], value: str, node: Node) -> None:
        if value in seen:
            self.problem(node, f"duplicate id '{value}' (first used on line {seen[value]})")
        else:
            seen[value] = node.line

    def one_of(self, node: Node | None, key: str, allowed: tuple[str, ...]) -> str:
        value = self.word(node, key)
        if value and value not in allowed:
            self.problem(node, f"'{key}' must be one of {', '.join(allowed)} (got '{value}')")
        return value

    def known(self, node: Node, noun: str, allowed: tuple[str, ...]) -> str:
        value = self.word(node, noun)
        if value and value not in allowed:
            self.problem(node, f"unknown {noun} '{value}'{suggest(value, allowed, list_all=True)}")
        return value
