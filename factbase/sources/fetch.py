"""Fetch a source over HTTP(S): redirects, a time limit, a size limit, a content-type check.

Never prints. Every failure is an ``InputError`` with one clear sentence; nothing is returned
half-read.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from factbase import __version__
from factbase.errors import InputError
from factbase.sources.decoding import SUPPORTED
from factbase.sources.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from factbase.sources.readers import CONTENT_TYPE_KINDS, kind_for_content_type

# httpx is loaded on the first fetch: reading files and checking URLs do without it.
if TYPE_CHECKING:
    import httpx

DEFAULT_MAX_REDIRECTS = 10

# Types read without looking at the bytes first; anything else is refused before the body is
# downloaded, except an absent or generic type, which the bytes settle.
_GENERIC = {"", "application/octet-stream", "binary/octet-stream"}
_ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5"
_CHUNK = 64 * 1024


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``url`` without the ``user:password@`` in it, and that user and password (or None).

    factbase never stores, prints or sends on to another host the credentials of a URL.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=host)), (unquote(user), unquote(password))


def strip_credentials(url: str) -> str:
    return split_credentials(url)[0]


_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa")


def non_public_host(host: str) -> bool:
    """Whether ``host`` is, or resolves to, an address that is not on the public internet."""
    host = host.strip("[]").rstrip(".").lower()
    if not host:
        return True
    if host == "localhost" or host.endswith(_LOCAL_SUFFIXES):
        return True
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False  # unresolvable: the fetch itself will fail, reaching nothing
    return any(_non_public_address(str(info[4][0])) for info in infos)


def _non_public_address(address: str) -> bool:
    try:
        return not ipaddress.ip_address(address.split("%")[0]).is_global
    except ValueError:
        return True



class _Watchdog:
    """Ends a fetch at its deadline, whatever the server does.

    httpx's timeouts bound each network operation, so a server sending a byte every few seconds
    could hold a fetch for ever; at the deadline this shuts down every socket the fetch opened,
    which makes the blocked read return at once. Sockets are learnt from httpx's ``trace``
    extension as connections are made.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if not event.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets.append(sock)
                if self.expired:
                    self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):  # already closed
            sock.shutdown(socket.SHUT_RDWR)


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch. ``trust_env`` lets httpx use the proxy settings of the environment."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    trust_env: bool = False
    user_agent: str = f"factbase/{__version__}"
    # False: refuse a URL, or a redirect, to a host that is not on the public internet.
    allow_private: bool = True


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str
    status: int
    content_type: str
    kind: str
    body: bytes
    fetched_at: datetime
    redirects: list[str] = field(default_factory=list)


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def fetch(url: str, *, options: FetchOptions | None = None) -> Fetched:
    """GET ``url``, following redirects, and return the body if factbase can read it."""
    import httpx

    opts = options or FetchOptions()
    url, credentials = split_credentials(url)
    if not is_url(url):
        raise InputError(f"not an http(s) URL: {url}")
    deadline = time.monotonic() + opts.timeout
    headers = {"User-Agent": opts.user_agent, "Accept": _ACCEPT}
    watchdog = _Watchdog(opts.timeout)
    try:
        with (
            watchdog,
            httpx.Client(
                timeout=httpx.Timeout(opts.timeout),
                follow_redirects=False,
                trust_env=opts.trust_env,
                headers=headers,
            ) as client,
        ):
            return _follow(client, url, opts, deadline, _Request(watchdog.trace, credentials))
    except httpx.TimeoutException as exc:
        raise InputError(f"timed out after {opts.timeout:g} s fetching {url}") from exc
    except httpx.InvalidURL as exc:
        raise InputError(f"not a valid URL: {url} ({exc})") from exc
    except httpx.HTTPError as exc:
        if watchdog.expired:
            raise InputError(f"timed out after {opts.timeout:g} s fetching {url}") from exc
        raise _fetch_error(url, exc) from exc


def _fetch_error(url: str, exc: httpx.HTTPError) -> InputError:
    import httpx

    if isinstance(exc, httpx.ConnectError):
        host = httpx.URL(url).host or url
        return InputError(f"cannot connect to {host} fetching {url}: {_reason(exc)}")
    if isinstance(exc, httpx.UnsupportedProtocol):
        return InputError(f"not a valid URL: {url} ({exc})")
    return InputError(f"fetching {url} failed: {_reason(exc)}")


@dataclass(frozen=True)
class _Request:
    """What every request of one fetch carries: the watchdog's trace, and the credentials the
    URL held, sent to its own host only."""

    trace: Any
    credentials: tuple[str, str] | None

    def send(self, client: httpx.Client, url: httpx.URL, first: httpx.URL) -> Any:
        import httpx

        auth = None
        if self.credentials and (url.scheme, url.host, url.port) == (
            first.scheme, first.host, first.port
        ):
            auth = httpx.BasicAuth(*self.credentials)
        return client.stream("GET", url, auth=auth, extensions={"trace": self.trace})


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__


def _follow(
    client: httpx.Client, url: str, opts: FetchOptions, deadline: float, request: _Request
) -> Fetched:
    import httpx

    from factbase.store.models import utcnow

    current = first = httpx.URL(url)
    seen = {str(current)}
    redirects: list[str] = []
    while True:
        if not opts.allow_private and non_public_host(current.host):
            raise InputError(
                f"not followed: {current} is a local or private address, and this source was "
                "not added on this machine; check it, then refresh with --allow-local"
            )
        with request.send(client, current, first) as response:
            if response.is_redirect:
                location = response.headers.get("location", "")
                if not location:
                    raise InputError(f"HTTP {response.status_code} without a Location at {current}")
                target = httpx.URL(strip_credentials(str(response.url.join(location))))
                if target.scheme not in ("http", "https"):
                    raise InputError(f"{current} redirects to a non-HTTP address: {target}")
                if str(target) in seen:
                    raise InputError(
                        f"redirect loop fetching {url}: {current} sends back to {target}"
                    )
                if len(redirects) >= opts.max_redirects:
                    raise InputError(
                        f"too many redirects fetching {url} (more than {opts.max_redirects})"
                    )
                seen.add(str(target))
                redirects.append(str(target))
                current = target
                continue
            if response.status_code >= 400:
                phrase = response.reason_phrase or ""
                raise InputError(
                    f"HTTP {response.status_code} {phrase} fetching {current}".replace("  ", " ")
                )
            content_type = response.headers.get("content-type", "")
            mime = content_type.split(";")[0].strip().lower()
            if mime not in _GENERIC and mime not in CONTENT_TYPE_KINDS:
                raise InputError(
                    f"unsupported content type {mime} at {current}: factbase reads {SUPPORTED}"
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > opts.max_bytes:
                raise InputError(
                    f"too large: {current} is {size_text(int(declared))}, over the "
                    f"{size_text(opts.max_bytes)} limit"
                )
            body = _read(response, current, opts, deadline)
            kind = kind_for_content_type(content_type, body)
            if kind is None:
                raise InputError(
                    f"unsupported content at {current} ({mime or 'no content type'}): "
                    f"factbase reads {SUPPORTED}"
                )
            return Fetched(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                content_type=content_type,
                kind=kind,
                body=body,
                fetched_at=utcnow(),
                redirects=redirects,
            )


def _read(response: httpx.Response, url: httpx.URL, opts: FetchOptions, deadline: float) -> bytes:
    import httpx

    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes(_CHUNK):
        size += len(chunk)
        if size > opts.max_bytes:
            raise InputError(
                f"too large: {url} is over the {size_text(opts.max_bytes)} limit"
            )
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("total time limit", request=response.request)
        chunks.append(chunk)
    return b"".join(chunks)
