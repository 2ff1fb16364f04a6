"""Downloads for `crmbot ingest URL`: a local server on 127.0.0.1, and refusals."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.fetch import FetchError, check_url, fetch

DOCUMENT = "Conclusiones del GRCM: a más tardar el 15 de julio.\n".encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
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
        }
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
        ("/loop", "more than 5 redirects"),
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
