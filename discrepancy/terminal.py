"""Text for a terminal: claim text is untrusted, and a terminal acts on the control characters in it (colours,
clearing the screen, a window title, a bell, text shown right to left). Imports nothing heavy: the commands that
start without pandas use it too."""

from __future__ import annotations


def escaped(text: str) -> str:
    """``text`` with each unprintable character written as Python writes it in a literal ("\\x1b", "\\t")."""
    if text.isprintable():  # looked at character by character only then (the findings of 1M claims: 5 s)
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def printable(value: object, width: int) -> str:
    """``value`` as text for a terminal: control and other unprintable characters escaped, cut to ``width``."""
    text = escaped(str(value))
    return text if len(text) <= width else text[: width - 1] + "…"
