"""Names a package exports, imported when first used (PEP 562): ``import discrepancy`` costs no pandas or
matplotlib, so a command that renders a notebook, or asks for ``--help``, does not pay for them; the
kernel that runs the notebook does."""

from __future__ import annotations

import importlib


def exports(package: str, names: dict[str, str]):
    """``__getattr__`` and ``__dir__`` for ``package``: ``names`` maps each exported name to the module that
    defines it. A name is imported once, on first use, then kept in the package like an eager import."""
    namespace = importlib.import_module(package).__dict__

    def __getattr__(name: str):
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(names[name]), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(names))

    return __getattr__, __dir__
