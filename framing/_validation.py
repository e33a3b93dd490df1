"""The one place where argument errors are worded, so every message names the same three things."""

from __future__ import annotations

from typing import Any

__all__ = ["describe", "type_error", "value_error", "check_text", "check_choice"]


def describe(value: Any, limit: int = 60) -> str:
    """Return a short, safe description of ``value`` for an error message.

    >>> describe(b"abc")
    "bytes b'abc'"
    >>> describe("x" * 100)[-20:]
    "xxx... (100 chars)'"
    """
    kind = type(value).__name__
    text = repr(value)
    if len(text) > limit:
        size = f" ({len(value)} chars)" if isinstance(value, str) else ""
        text = text[: limit - 4] + "..." + size + text[-1:] if isinstance(value, str) else text[:limit] + "..."
    return f"{kind} {text}"


def type_error(name: str, value: Any, accepted: str) -> TypeError:
    """Build a ``TypeError`` that names the argument, what was given and what is accepted.

    >>> str(type_error("text", 3, "a str"))
    '`text` must be a str; got int 3'
    """
    return TypeError(f"`{name}` must be {accepted}; got {describe(value)}")


def value_error(name: str, value: Any, accepted: str) -> ValueError:
    """Build a ``ValueError`` that names the argument, what was given and what is accepted.

    >>> str(value_error("errors", "ignore", "one of 'raise', 'record', 'skip'"))
    "`errors` must be one of 'raise', 'record', 'skip'; got str 'ignore'"
    """
    return ValueError(f"`{name}` must be {accepted}; got {describe(value)}")


def check_text(text: Any, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise a ``TypeError`` naming ``name`` otherwise.

    Bytes are refused rather than decoded: the caller knows the encoding, we do not.

    >>> check_text("Bonjour")
    'Bonjour'
    >>> check_text(b"Bonjour")
    Traceback (most recent call last):
    ...
    TypeError: `text` must be a str (decode bytes first, e.g. data.decode('utf-8')); got bytes b'Bonjour'
    """
    if isinstance(text, str):
        return text
    hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
    raise type_error(name, text, f"a str{hint}")


def check_choice(name: str, value: Any, choices: tuple) -> Any:
    """Return ``value`` if it is one of ``choices``; raise a ``ValueError`` listing them otherwise.

    >>> check_choice("errors", "skip", ("raise", "record", "skip"))
    'skip'
    """
    if value in choices:
        return value
    accepted = "one of " + ", ".join(repr(c) for c in choices)
    raise value_error(name, value, accepted)
