"""No module of the library binds the same top-level name twice.

A second ``_TIME_NOUNS = ...`` further down a long module silently replaces the first for every function, the ones
written against the first included; four such pairs had crept into ``actions.py`` and ``dates.py``.
"""
import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "analysis"
MODULES = sorted(p for p in ROOT.rglob("*.py") if "__pycache__" not in p.parts)


def _top_level_names(path: Path) -> Counter:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_the_library_has_modules_to_check():
    assert len(MODULES) > 20 and any(p.name == "actions.py" for p in MODULES)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path):
    twice = sorted(n for n, k in _top_level_names(path).items() if k > 1 and n != "__all__")
    assert not twice, f"{path.name} binds {twice} more than once"


def _duplicate_literal_keys(path: Path) -> list[str]:
    """Keys written twice in one dict literal of the module (the later silently wins)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            keys = Counter(k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str))
            out += [k for k, n in keys.items() if n > 1]
    return sorted(out)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_dict_literal_repeats_a_key(path):
    # a second "contact_with_ice" in the rules' cue table replaced the first for every rule that read it
    assert not _duplicate_literal_keys(path), f"{path.name} repeats {_duplicate_literal_keys(path)} in a dict literal"
