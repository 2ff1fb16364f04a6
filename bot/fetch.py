"""Download a document for `crmbot ingest URL`: bounded in time and size, public addresses only.

Every hop (the URL and each redirect) is resolved once, checked, and requested from the checked
address (the name still goes in the Host header and TLS server name), so neither a link nor a
DNS answer that changes between check and connect (rebinding) can reach the machine's own
services or its private network unless ALLOW_PRIVATE_URLS says so.
"""

from __future__ import annotations

import ipaddress
import socket
from contextlib import closing
from dataclasses import dataclass
from email.message import Message
from pathlib import PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import httpx

MAX_REDIRECTS = 3


class FetchError(Exception):
    """A URL that could not or may not be downloaded; the message is one line."""


@dataclass(frozen=True)
class Fetched:
    """A downloaded document."""

    url: str  # after redirects
    content: bytes
    content_type: str | None
    filename: str  # a name with the document's suffix, for the loaders


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float,
    allow_private: bool = False,
    transport: httpx.BaseTransport | None = None,
) -> Fetched:
    """Download `url`, following redirects, refusing forbidden addresses and oversized bodies.

    `transport` replaces the network (tests); every address is checked before it is used.
    """
    limits = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    with httpx.Client(timeout=limits, follow_redirects=False, transport=transport) as client:
        for _ in range(MAX_REDIRECTS + 1):
            address = check_url(url, allow_private=allow_private)
            target = httpx.URL(url)
            request = client.build_request(
                "GET",
                target.copy_with(host=str(address)),
                headers={"Accept": "*/*", "Host": target.netloc.decode("ascii")},
                extensions={"sni_hostname": target.host},
            )
            try:
                with closing(client.send(request, stream=True)) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        url = urljoin(url, location)
                        continue
                    if response.status_code != 200:
                        raise FetchError(f"the server answered {response.status_code}")
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FetchError(f"the document is larger than {max_bytes} bytes")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        # Servers may omit or understate the length: count what arrives.
                        if len(body) > max_bytes:
                            raise FetchError(f"the document is larger than {max_bytes} bytes")
                    content_type = response.headers.get("content-type")
                    return Fetched(
                        url=url,
                        content=bytes(body),
                        content_type=content_type,
                        filename=_filename(url, content_type, response.headers),
                    )
            except httpx.TimeoutException:
                raise FetchError(f"no answer within {timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot download: {exc}") from None
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def check_url(
    url: str, *, allow_private: bool = False
) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """Refuse URLs that are not http(s) or whose host resolves to a forbidden address.

    Return the address to connect to: the first the host resolves to, all of them allowed.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme or url!r}")
    host = parts.hostname
    if not host:
        raise FetchError("the URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError("the URL has an invalid port") from None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"cannot resolve host {host!r}") from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    for address in addresses:
        reason = _forbidden(address, allow_private=allow_private)
        if reason:
            raise FetchError(f"refused: {host} resolves to {reason} address {address}")
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}")
    return addresses[0]


def _forbidden(
    address: ipaddress.IPv4Address | ipaddress.IPv6Address, *, allow_private: bool
) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return _forbidden(address.ipv4_mapped, allow_private=allow_private)
    # No document server answers on these, whatever the configuration.
    if address.is_multicast:
        return "a multicast"
    if address.is_unspecified:
        return "an unspecified"
    if allow_private:
        return None
    if address.is_loopback:
        return "a loopback"
    if address.is_link_local:
        return "a link-local"
    if address.is_private:
        return "a private"
    if address.is_reserved or not address.is_global:
        return "a reserved"
    return None


def _filename(url: str, content_type: str | None, headers: httpx.Headers) -> str:
    disposition = headers.get("content-disposition")
    if disposition:
        message = Message()
        message["content-disposition"] = disposition
        name = message.get_filename()
        if name:
            return PurePosixPath(name).name
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    if PurePosixPath(name).suffix:
        return name
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    suffix = {
        "application/pdf": ".pdf",
        "text/html": ".html",
        "text/markdown": ".md",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    }.get(kind, ".txt")
    return (name or "document") + suffix
