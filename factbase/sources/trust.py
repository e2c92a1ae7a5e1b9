"""Which stored origins ``source refresh`` may follow without asking.

A database can come from someone else, and every source in it carries the ``origin`` refresh
reads: a crafted one could make refresh read ``/home/you/.ssh/id_rsa`` or fetch
``http://192.168.1.1/admin`` into a database its author gets back. So a local path, or a URL
whose host is (or resolves to, or redirects to) a loopback, private, link-local or otherwise
non-public address, is followed only when the source was added on this machine, or when the user
says so with ``--allow-local``.

"Added on this machine" is a seal: an HMAC of the source's id and origin under a random key
kept in the user's configuration folder (created 0600, never stored in a database). Someone
without that key cannot forge a seal; copying a database elsewhere leaves its seals unproven.
A refresh with ``--allow-local`` seals the origins it reads, so the user vouches once.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from factbase.errors import InputError
from factbase.sources.fetch import is_url, non_public_host

KEY_FILE = "machine.key"
_KEY_BYTES = 32


def machine_key(folder: Path) -> bytes:
    """This machine's key, from ``folder`` (created, readable by its owner only, if new)."""
    path = folder / KEY_FILE
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key(path)  # another process made it first
    except OSError as exc:
        raise InputError(f"cannot create the key file {path}: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "wb") as out:
        out.write(secrets.token_bytes(_KEY_BYTES))
    return _read_key(path)


def _read_key(path: Path) -> bytes:
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise InputError(f"cannot read the key file {path}: {exc.strerror or exc}") from exc
    if len(key) < _KEY_BYTES:
        raise InputError(f"the key file {path} is damaged; delete it to make a new one")
    return key


def seal(key: bytes, source_id: str, origin: str) -> str:
    message = f"{source_id}\n{origin}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def sealed(key: bytes | None, source_id: str, origin: str, stored: str | None) -> bool:
    """Whether ``stored`` is this machine's seal of the source's id and origin."""
    if key is None or not stored:
        return False
    return hmac.compare_digest(seal(key, source_id, origin), stored)


def local_origin(origin: str) -> bool:
    """A file path, or a URL to a non-public host."""
    if not is_url(origin):
        return True
    try:
        host = urlsplit(origin).hostname or ""
    except ValueError:
        return True
    return non_public_host(host)


@dataclass(frozen=True)
class Trust:
    """What refresh may follow: ``key`` proves seals; ``allow_local`` follows every origin."""

    key: bytes | None = None
    allow_local: bool = False

    def follows(self, source_id: str, origin: str, stored_seal: str | None) -> bool:
        return self.allow_local or sealed(self.key, source_id, origin, stored_seal)


# Library callers (tests, scripts) refresh what they stored themselves.
TRUST_ALL = Trust(allow_local=True)
