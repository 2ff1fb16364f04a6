"""Downloads for `crmbot ingest URL`: a local server on 127.0.0.1, and refusals.

The redirect checks need a first hop that is allowed: there a name resolves to a public address
and a transport carries the connection to the local server, which then redirects inward; what
the server saw shows whether the inward hop was ever requested.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from bot.fetch import FetchError, check_url, fetch

DOCUMENT = "Conclusiones del GRCM: a más tardar el 15 de julio.\n".encode()


PUBLIC_NAME, PUBLIC_ADDRESS = "docs.example.org", "93.184.215.14"


class Handler(BaseHTTPRequestHandler):
    seen: list[str] = []  # noqa: RUF012  paths requested, in order

    def do_GET(self) -> None:
        Handler.seen.append(self.path)
        port = self.server.server_address[1]
        routes = {
            "/doc.txt": lambda: self.reply(200, DOCUMENT, {"Content-Type": "text/plain"}),
            "/declared-big": lambda: self.reply(200, b"x" * 10, {"Content-Length": "999999"}),
            "/streamed-big": self.stream_big,
            "/no-suffix": lambda: self.reply(200, b"%PDF-1.4", {"Content-Type": "application/pdf"}),
            "/redirect": lambda: self.redirect("/doc.txt"),
            "/redirect-multicast": lambda: self.redirect("http://224.0.0.1/doc.txt"),
            "/redirect-ftp": lambda: self.redirect("ftp://127.0.0.1/doc.txt"),
            "/loop": lambda: self.redirect("/loop"),
            "/host": lambda: self.reply(200, self.headers["Host"].encode(), {}),
            "/to-public": lambda: self.redirect(f"http://{PUBLIC_NAME}/doc.txt"),
            "/to-loopback": lambda: self.redirect(f"http://127.0.0.1:{port}/doc.txt"),
            "/to-private": lambda: self.redirect("http://10.0.0.1/doc.txt"),
            "/to-metadata": lambda: self.redirect("http://169.254.169.254/latest/meta-data/"),
        }
        if self.path.startswith("/hops/"):  # /hops/N: N redirects before the document
            left = int(self.path.rsplit("/", 1)[1])
            if left:
                self.redirect(f"/hops/{left - 1}")
            else:
                routes["/doc.txt"]()
            return
        routes.get(self.path, lambda: self.reply(404, b"not here", {}))()

    def reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stream_big(self) -> None:
        # No Content-Length: the size is only known by counting.
        self.send_response(200)
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(64):
                self.wfile.write(b"y" * 1024)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def get(url: str, *, max_bytes: int = 4096, allow_private: bool = True, timeout: float = 5):
    return fetch(url, max_bytes=max_bytes, timeout=timeout, allow_private=allow_private)


def test_a_document_is_downloaded(server: str) -> None:
    fetched = get(f"{server}/doc.txt")
    assert fetched.content == DOCUMENT
    assert fetched.filename == "doc.txt"
    assert fetched.content_type == "text/plain"


def test_a_redirect_is_followed(server: str) -> None:
    fetched = get(f"{server}/redirect")
    assert (fetched.url, fetched.content) == (f"{server}/doc.txt", DOCUMENT)


def test_a_name_without_suffix_takes_one_from_the_content_type(server: str) -> None:
    assert get(f"{server}/no-suffix").filename == "no-suffix.pdf"


@pytest.mark.parametrize("path", ["/declared-big", "/streamed-big"])
def test_a_document_over_the_size_cap_is_refused(server: str, path: str) -> None:
    with pytest.raises(FetchError, match=r"^the document is larger than 4096 bytes$"):
        get(server + path)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/redirect-multicast", "refused: 224.0.0.1 resolves to a multicast address 224.0.0.1"),
        ("/redirect-ftp", "only http and https URLs can be fetched, not 'ftp'"),
        ("/loop", "more than 3 redirects"),
        ("/hops/4", "more than 3 redirects"),
        ("/missing", "the server answered 404"),
    ],
)
def test_bad_answers_and_redirects_are_refused(server: str, path: str, message: str) -> None:
    with pytest.raises(FetchError) as failure:
        get(server + path)
    assert str(failure.value) == message


def test_loopback_is_refused_unless_allowed(server: str) -> None:
    with pytest.raises(FetchError, match=r"resolves to a loopback address 127\.0\.0\.1"):
        get(f"{server}/doc.txt", allow_private=False)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://localhost/doc.txt", "loopback"),
        ("http://[::1]/doc.txt", "loopback"),
        ("http://10.1.2.3/doc.txt", "private"),
        ("https://192.168.1.10/doc.txt", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://100.64.0.1/", "reserved"),
        ("http://0.0.0.0/", "unspecified"),
    ],
)
def test_internal_addresses_are_refused(url: str, reason: str) -> None:
    with pytest.raises(FetchError, match=f"resolves to an? {reason} address"):
        check_url(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.txt", "gopher://x"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        check_url(url)


def test_a_silent_server_times_out() -> None:
    # A listening socket that never answers: the request must give up, not hang.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/doc.txt"
        with pytest.raises(FetchError, match=r"^no answer within 0\.2 s$"):
            get(url, timeout=0.2)


def test_the_checked_address_is_the_one_connected_to(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DNS rebinding: the name resolves to an allowed address when checked, then elsewhere
    # (192.0.2.1, a documentation address that never answers). Only the first answer is used.
    port = int(server.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    asked: list[str] = []

    def rebinding(host: str, *args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
        if host != "docs.example.org":
            return real(host, *args, **kwargs)  # type: ignore[arg-type]
        asked.append(host)
        address = "127.0.0.1" if len(asked) == 1 else "192.0.2.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    fetched = get(f"http://docs.example.org:{port}/host", timeout=2)
    assert fetched.content == f"docs.example.org:{port}".encode()
    assert fetched.url == f"http://docs.example.org:{port}/host"
    assert asked == ["docs.example.org"]


def test_three_redirects_are_followed(server: str) -> None:
    assert get(f"{server}/hops/3").content == DOCUMENT


class Internet(httpx.BaseTransport):
    """The network as `fetch` sees it: every connection, wherever it is addressed, reaches the
    local server, standing in for the public one the name resolves to."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.network = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        local = request.url.copy_with(host="127.0.0.1", port=self.port)
        return self.network.handle_request(
            httpx.Request(request.method, local, headers=request.headers)
        )

    def close(self) -> None:
        self.network.close()


@pytest.fixture
def internet(server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Internet]:
    """A public name and a transport to the local server; the server's log starts empty."""
    port = int(server.rsplit(":", 1)[1])
    real = socket.getaddrinfo

    def resolve(host: str, port: object, *args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
        if host == PUBLIC_NAME:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_ADDRESS, port))]
        return real(host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    Handler.seen.clear()
    with Internet(port) as transport:
        yield transport


def fetch_public(path: str, transport: Internet) -> bytes:
    url = f"http://{PUBLIC_NAME}{path}"
    return fetch(url, max_bytes=4096, timeout=5, allow_private=False, transport=transport).content


def test_a_public_redirect_is_followed_through_the_stand_in(internet: Internet) -> None:
    # The control: with private addresses refused, the public name's hops go through.
    assert fetch_public("/to-public", internet) == DOCUMENT
    assert Handler.seen == ["/to-public", "/doc.txt"]


@pytest.mark.parametrize(
    ("path", "address", "kind"),
    [
        ("/to-loopback", "127.0.0.1", "a loopback"),
        ("/to-private", "10.0.0.1", "a private"),
        ("/to-metadata", "169.254.169.254", "a link-local"),
    ],
)
def test_a_redirect_to_an_internal_address_is_refused_before_it_is_requested(
    internet: Internet, path: str, address: str, kind: str
) -> None:
    with pytest.raises(FetchError) as failure:
        fetch_public(path, internet)
    assert str(failure.value) == f"refused: {address} resolves to {kind} address {address}"
    assert Handler.seen == [path]  # the public hop only: the inward one was never requested


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1/doc.txt", "a loopback"),
        ("http://10.0.0.1/doc.txt", "a private"),
        ("http://169.254.169.254/latest/meta-data/", "a link-local"),
    ],
)
def test_an_internal_address_is_refused_before_it_is_requested(
    internet: Internet, url: str, kind: str
) -> None:
    with pytest.raises(FetchError, match=f"resolves to {kind} address"):
        fetch(url, max_bytes=4096, timeout=5, allow_private=False, transport=internet)
    assert Handler.seen == []
