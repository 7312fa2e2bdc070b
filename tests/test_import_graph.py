"""No import circle among the bot's modules: the layers in DESIGN.md only hold if imports run one way.

How it is checked: every module under bot/ is parsed with `ast`, and each import statement that
runs when the module loads (at module level, including inside `if`/`try` blocks, but not under
`if TYPE_CHECKING:`) adds an edge to the bot module it names. Imports inside functions are left
out on purpose: they run later, when every module is loaded, so they cannot form a circle at
import time (a few modules use one to reach a sibling lazily). The graph must have no cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "bot"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _module_level(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements that run at load time (not in functions, classes' methods or TYPE_CHECKING)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            test = node.test
            if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
                    (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"):
                yield from _module_level(node.orelse)
                continue
            yield from _module_level(node.body)
            yield from _module_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *[h.body for h in node.handlers]):
                yield from _module_level(block)
        elif isinstance(node, ast.With):
            yield from _module_level(node.body)


def import_graph() -> dict[str, set[str]]:
    """Each bot module and the bot modules it imports when it loads."""
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in _module_level(tree.body):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                # "from bot.chat import speech" needs the module bot.chat.speech (its package is
                # loaded first, but taking a submodule from a half-loaded package is no circle);
                # "from bot.chat.speech import send_long" needs bot.chat.speech itself
                subs = [f"{base}.{alias.name}" for alias in node.names]
                targets = [s for s in subs if s in paths]
                if len(targets) < len(subs):
                    targets.append(base)
            for target in targets:
                while target and target not in paths:
                    target = target.rpartition(".")[0]  # bot.chat.speech.send_long -> bot.chat.speech
                if target and target != name:
                    graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a list of modules (first = last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_graph_sees_real_imports() -> None:
    graph = import_graph()
    assert "bot.speech_limits" in graph["bot.chat.speech"]
    assert "bot.chat.intake" in graph["bot.chat.speech"]  # a relative import
    assert "bot.club.speeches" in graph["bot.club.drafts"]


def test_the_checker_finds_a_circle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_circle_among_bot_modules() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


def test_the_wiring_imports_every_handler_module_by_name() -> None:
    """The Telegram wiring names its handler modules in plain imports (no importlib strings), so
    the circle check above sees them; a handler importing the wiring back would fail it."""
    wiring = import_graph()["bot.chat.app"]
    for feature in ("practice", "speech", "club", "drafting", "drills", "progress", "voice", "outbox"):
        assert f"bot.chat.{feature}" in wiring
    for path in (PACKAGE / "chat").glob("*.py"):
        assert "importlib" not in path.read_text(encoding="utf-8"), path.name
