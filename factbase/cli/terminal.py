"""What may reach a terminal: control characters shown as visible signs, credentials in URLs
hidden. Plain text only, no rich: every module of the command line can use it."""

from __future__ import annotations

import re

# Characters a terminal acts on instead of showing: C0 controls but tab and line feed (ESC starts
# the sequences that clear the screen or set the window title), DEL, C1 controls (0x9b is CSI on
# its own) and the bidirectional overrides and isolates that reorder what is shown.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A credential inside a URL ("https://user:secret@host/"), wherever it turns up in a message.
_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s]+@")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control picture: ESC is shown as ␛
    return "\u2421" if code == 0x7F else "\ufffd"


def neutralise(text: str) -> str:
    """``text`` with every character a terminal would act on replaced by a visible sign."""
    return CONTROL.sub(_shown, text)


def hide_credentials(message: str) -> str:
    """``message`` with the user and password of any URL in it replaced by ``***``."""
    return _URL_CREDENTIALS.sub(r"\1***@", message)
