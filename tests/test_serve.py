"""claimx serve: the real server in a subprocess, spoken to over HTTP by a real client (httpx,
raw sockets where the test needs to misbehave, and headless Chromium for the page).

One server serves most tests of the module; two more are started to be stopped (SIGTERM with a
request in flight; Ctrl-C) and to listen beyond loopback with --cors. Each answer is compared
with what `claimx extract --format json` writes for the same text.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import invoke

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")
pytest.importorskip("starlette")

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and /proc"),
]

START_SECONDS = 120.0  # the model loads before the server listens; a busy machine is slow
MAX_SIZE = 300_000  # the main server's --max-size (bytes)
BODY_TIMEOUT = 3  # and its --body-timeout (seconds)
SHORT = (
    "Ana Roe, the mayor of Eastfield, said on Tuesday that the bridge would reopen in May. "
    '"We will not wait any longer," Roe told reporters. Critics argued that the plan was late.'
)
HOSTILE = "<script>document.title='pwned'</script> <img src=x onerror=\"document.title='pwned'\">"


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str = ""
    lines: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        return int(self.url.rstrip("/").rsplit(":", 1)[1])

    def stderr(self) -> str:
        return "\n".join(self.lines)


def _as_from_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # as test_signals: Ctrl-C's default disposition


def start_server(*args: str) -> Server:
    """`claimx serve --port 0 ARGS` in a new session, once it says where it listens; its
    stderr is read all along (the access log must never fill the pipe)."""
    command = [sys.executable, "-m", "claimx", "serve", "--port", "0", *args]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_as_from_a_terminal,
    )
    server = Server(process)
    ready = threading.Event()

    def drain() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            server.lines.append(line.rstrip("\n"))
            if line.startswith("claimx serve: listening on ") and not ready.is_set():
                server.url = line.split("listening on ", 1)[1].split()[0].rstrip("/")
                ready.set()
        ready.set()

    threading.Thread(target=drain, daemon=True).start()
    if not ready.wait(START_SECONDS) or not server.url:
        process.kill()
        pytest.fail(f"the server did not start:\n{server.stderr()}")
    return server


def stop(server: Server, how: int = signal.SIGTERM, timeout: float = 30) -> int:
    if server.process.poll() is None:
        if how == signal.SIGINT:
            os.killpg(server.process.pid, how)  # Ctrl-C reaches the terminal's process group
        else:
            os.kill(server.process.pid, how)
    return server.process.wait(timeout)


def workers_of(pid: int) -> list[int]:
    from tests.test_signals import workers_of as children

    return children(pid)


def gone(pids: list[int], within: float = 5.0) -> bool:
    from tests.test_signals import gone as all_gone

    return all_gone(pids, within)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    started = start_server(
        "-j", "2", "--max-size", str(MAX_SIZE), "--body-timeout", str(BODY_TIMEOUT)
    )
    yield started
    stop(started)


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[Any]:
    with httpx.Client(base_url=server.url, timeout=120) as opened:
        yield opened


def extracted(text: str, *options: str) -> dict[str, Any]:
    """The record `claimx extract --format json` writes for ``text`` read from stdin."""
    code, stdout, stderr = invoke("extract", "-", "--format", "json", *options, stdin=text)
    assert code == 0, stderr
    records = json.loads(stdout)
    assert len(records) == 1
    return records[0]  # type: ignore[no-any-return]


def as_named(record: dict[str, Any], name: str) -> dict[str, Any]:
    return {**record, "input": name}


# --- the API --------------------------------------------------------------------------------


def test_a_json_body_is_answered_with_the_record_extract_writes(client: Any) -> None:
    body = {"text": SHORT, "published": "2026-03-05", "id": "story-7"}
    answer = client.post("/extract", json=body)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    record = answer.json()
    assert record == as_named(extracted(SHORT, "--published", "2026-03-05"), "story-7")
    assert record["claims"] and record["published"] == "2026-03-05"
    for claim in record["claims"]:
        span = claim["content"]
        assert SHORT[span["start_char"] : span["end_char"]] == span["text"]


def test_raw_bodies_and_query_parameters_as_on_the_command_line(client: Any) -> None:
    answer = client.post(
        "/extract",
        params={"published": "2026-03-05", "min_confidence": "0.6"},
        content=SHORT.encode("utf-8"),
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert answer.status_code == 200
    wanted = extracted(SHORT, "--published", "2026-03-05", "--min-confidence", "0.6")
    assert answer.json() == wanted
    assert wanted["input"] == "-"


def test_a_web_page_body_is_read_as_extract_reads_an_html_file(client: Any) -> None:
    page = (
        "<!doctype html><html lang='en'><head><title>Bridge to reopen</title></head><body>"
        f"<article><h1>Bridge to reopen</h1><p>{SHORT}</p><p>{SHORT}</p></article></body></html>"
    )
    answer = client.post("/extract", content=page, headers={"Content-Type": "text/html"})
    assert answer.status_code == 200
    record = answer.json()
    assert record == extracted(page, "--input-format", "html")
    assert record["text"] and record["title"] == "Bridge to reopen"
    as_json = client.post("/extract", json={"text": page, "input_format": "html", "id": "p"})
    assert as_json.json() == as_named(record, "p")


def test_forms_to_the_api_a_file_or_a_field(client: Any) -> None:
    upload = client.post("/extract", files={"file": ("notes.txt", SHORT.encode(), "text/plain")})
    assert upload.status_code == 200
    assert upload.json() == as_named(extracted(SHORT), "notes.txt")
    field = client.post("/extract", data={"text": SHORT, "id": "f1", "published": "2026-03-05"})
    assert field.json() == as_named(extracted(SHORT, "--published", "2026-03-05"), "f1")
    wrong = client.post("/extract", data={"text": SHORT, "input_format": "pdf"})
    assert wrong.status_code == 400 and "input_format" in wrong.json()["error"]


GERMAN = (
    "Der Bürgermeister sagte am Dienstag, dass die Brücke im Mai wieder geöffnet werde. "
    "Kritiker meinten, der Plan komme zu spät und sei viel zu teuer für die Stadt."
)


def test_warnings_about_the_reading_come_as_a_header_and_on_the_page(client: Any) -> None:
    answer = client.post("/extract", json={"text": GERMAN})
    assert answer.status_code == 200
    warnings = json.loads(answer.headers["x-claimx-warnings"])
    assert any("does not look like English" in w for w in warnings)
    assert "x-claimx-warnings" not in client.post("/extract", json={"text": SHORT}).headers
    shown = client.post("/", data={"text": GERMAN}, files={})
    assert "does not look like English" in shown.text and 'class="warnings"' in shown.text


def test_format_html_answers_the_report_of_the_article(client: Any) -> None:
    answer = client.post(
        "/extract", params={"format": "html"}, json={"text": f"Ana Roe said {HOSTILE} was posted."}
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    page = answer.text
    assert 'http-equiv="Content-Security-Policy"' in page and "form-action &#39;none&#39;" in page
    assert 'class="hl role-source"' in page  # the claim is marked in the text
    assert "<script>document" not in page and "&lt;script&gt;document.title=" in page
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


def test_health_schema_and_openapi(client: Any) -> None:
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["model"] and health["workers"] == 2
    from claimx import __version__

    assert health["version"] == __version__
    _, schema_text, _ = invoke("schema")
    assert client.get("/schema").json() == json.loads(schema_text)
    described = client.get("/openapi.json").json()
    assert described["openapi"].startswith("3.")
    assert set(described["paths"]) >= {"/extract", "/health", "/schema", "/openapi.json", "/"}
    jsonschema = pytest.importorskip("jsonschema")
    record = client.post("/extract", json={"text": SHORT}).json()
    jsonschema.validate(record, described["components"]["schemas"]["ArticleRecord"])


@pytest.mark.parametrize(
    ("body", "headers", "params", "status", "words"),
    [
        (b'{"text": "unclosed', {"Content-Type": "application/json"}, {}, 400, "not valid JSON"),
        (b"[1, 2]", {"Content-Type": "application/json"}, {}, 400, "not an object"),
        (b"{}", {"Content-Type": "application/json"}, {}, 400, "text: missing"),
        (b'{"text": 7}', {"Content-Type": "application/json"}, {}, 400, "a number, not a string"),
        (b'{"text": null}', {"Content-Type": "application/json"}, {}, 400, "null, not a string"),
        (b'{"text": "x", "txt": 1}', {"Content-Type": "application/json"}, {}, 400, "'txt'"),
        (b'{"text": "\\ud800"}', {"Content-Type": "application/json"}, {}, 400, "surrogate"),
        (b'{"text": "x", "published": "2026-02-30"}', {"Content-Type": "application/json"}, {},
         400, "does not exist on the calendar"),
        (b'{"text": "x", "id": 5}', {"Content-Type": "application/json"}, {}, 400, "id:"),
        (b'{"text": "x", "input_format": "pdf"}', {"Content-Type": "application/json"}, {}, 400,
         "use text, html or auto"),
        (b"\xff\xfe\xfa", {"Content-Type": "application/json"}, {}, 400, "not UTF-8"),
        (b"x", {"Content-Type": "text/plain"}, {"published": "yesterday"}, 400, "YYYY-MM-DD"),
        (b"x", {"Content-Type": "text/plain"}, {"min_confidence": "2"}, 400, "from 0 to 1"),
        (b"x", {"Content-Type": "text/plain"}, {"min_confidence": "nan"}, 400, "from 0 to 1"),
        (b"x", {"Content-Type": "text/plain"}, {"format": "csv"}, 400, "json or html"),
        (b"x", {"Content-Type": "text/plain"}, {"minconfidence": "1"}, 400, "unknown parameter"),
        (b"x", {"Content-Type": "application/pdf"}, {}, 415, "application/pdf"),
        (b"x", {}, {}, 415, "no Content-Type"),
        (b"Ana Roe said it.", {"Content-Type": "application/x-www-form-urlencoded"}, {}, 400,
         "Content-Type: text/plain"),
        (b"\x00\x01\x02 binary", {"Content-Type": "text/plain"}, {}, 422, "binary"),
        (b"\xff\xfe\x00\xd8", {"Content-Type": "text/plain"}, {}, 422, "byte-order mark"),
    ],
)  # fmt: skip
def test_bad_requests_are_json_errors_with_their_status(
    client: Any,
    body: bytes,
    headers: dict[str, str],
    params: dict[str, str],
    status: int,
    words: str,
) -> None:
    answer = client.post("/extract", content=body, headers=headers, params=params)
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    error = answer.json()
    assert list(error) == ["error"] and words in error["error"]
    assert "\n" not in error["error"]


def test_wrong_methods_and_unknown_paths(client: Any) -> None:
    wrong = client.get("/extract")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert "use POST" in wrong.json()["error"]
    assert client.delete("/").status_code == 405
    assert client.post("/health").status_code == 405
    missing = client.get("/nowhere")
    assert missing.status_code == 404 and "/nowhere: no such path" in missing.json()["error"]


def test_a_body_over_max_size_is_refused_by_its_length_unread(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        head = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
        sock.sendall(f"{head}Content-Length: {100 * MAX_SIZE}\r\n\r\nabc".encode())
        answer = _read_answer(sock)  # after 3 bytes of the 30 MB it was promised
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b'"error": "body: larger than the 300 KB limit' in answer


def test_a_streamed_body_over_max_size_is_refused_before_it_ends(server: Server) -> None:
    """A chunked body that never ends: answered 413 once past the limit, so not read whole."""
    piece = b"a" * 16_384
    chunk = b"%x\r\n%s\r\n" % (len(piece), piece)
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        head = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
        sock.sendall(f"{head}Transfer-Encoding: chunked\r\n\r\n".encode())
        sent = 0
        while sent <= 2 * MAX_SIZE and not select.select([sock], [], [], 0)[0]:
            try:
                sock.sendall(chunk)
            except OSError:  # the server answered and closed the connection
                break
            sent += len(piece)
        answer = _read_answer(sock)  # the body's last chunk is never sent
    assert answer.startswith(b"HTTP/1.1 413 ")


def test_a_body_that_stops_arriving_is_answered_408_and_its_connection_closed(
    server: Server, client: Any
) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        head = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
        sock.sendall(f"{head}Content-Length: 1000\r\n\r\nThe mayor said".encode())
        started = time.monotonic()
        answer = _read_answer(sock)
        waited = time.monotonic() - started
        rest = b""
        while piece := sock.recv(65_536):  # then the server closes the connection
            rest += piece
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"nothing more arrived for 3 s" in answer
    assert BODY_TIMEOUT - 0.5 <= waited < BODY_TIMEOUT + 20
    assert client.get("/health").json()["status"] == "ok"


def test_a_slow_body_that_keeps_arriving_is_read(server: Server) -> None:
    body = SHORT.encode()
    pieces = [body[i : i + 40] for i in range(0, len(body), 40)]
    with socket.create_connection(("127.0.0.1", server.port), timeout=60) as sock:
        head = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
        sock.sendall(f"{head}Content-Length: {len(body)}\r\n\r\n".encode())
        for piece in pieces:  # longer in all than the timeout, never idle as long
            time.sleep(BODY_TIMEOUT / 3)
            sock.sendall(piece)
        answer = _read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert len(pieces) * BODY_TIMEOUT / 3 > BODY_TIMEOUT


def _read_answer(sock: socket.socket) -> bytes:
    data = b""
    try:
        while b"}" not in data:
            piece = sock.recv(65_536)
            if not piece:
                break
            data += piece
    except ConnectionResetError:
        pass
    return data


def test_a_client_that_leaves_costs_nothing(server: Server, client: Any) -> None:
    before = len(server.lines)
    head = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
    # Gone while sending its body:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(f"{head}Content-Length: 5000\r\n\r\nAna Roe said".encode())
    # Gone while its article waits for a worker (two long ones hold both):
    long_text = (SHORT + "\n\n") * 150
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        busy = [pool.submit(client.post, "/extract", json={"text": long_text}) for _ in range(2)]
        body = SHORT.encode()
        for _ in range(5):
            with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
                sock.sendall(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)
        assert all(f.result().status_code == 200 for f in busy)
    assert client.post("/extract", json={"text": SHORT}).status_code == 200
    logged = "\n".join(server.lines[before:])
    assert "Traceback" not in logged and "Error" not in logged
    # a 500 status in the access log ('"POST /extract HTTP/1.1" 500'), not a client's port
    assert not re.search(r'HTTP/1\.[01]" 5\d\d', logged)
    assert server.process.poll() is None


def test_workers_killed_mid_article_are_replaced_and_every_article_answered(
    server: Server, client: Any
) -> None:
    """Workers that die (the out-of-memory killer) take no request and not the server down:
    the pool is rebuilt and the articles they held are tried again."""
    workers = workers_of(server.process.pid)
    texts = {"long": (SHORT + "\n\n") * 150}
    texts |= {f"short-{n}": SHORT.replace("Eastfield", f"Town {n}") for n in range(6)}
    with concurrent.futures.ThreadPoolExecutor(len(texts)) as pool:
        asked = {
            name: pool.submit(client.post, "/extract", json={"text": text, "id": name})
            for name, text in texts.items()
        }
        time.sleep(1.0)
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        answers = {name: future.result() for name, future in asked.items()}
    for name, answer in answers.items():
        assert answer.status_code == 200, answer.text
        assert answer.json()["input"] == name and answer.json()["claims"]
    assert answers["short-3"].json() == as_named(extracted(texts["short-3"]), "short-3")
    assert gone(workers)
    replaced = workers_of(server.process.pid)
    assert len(replaced) == 2 and not set(replaced) & set(workers)
    # forked while connections were open, they hold none of them (nor the listening socket)
    assert all(not sockets_of(pid) for pid in replaced)


def sockets_of(pid: int) -> list[str]:
    folder = Path(f"/proc/{pid}/fd")
    links = [os.readlink(fd) for fd in folder.iterdir() if fd.is_symlink()]
    return [link for link in links if link.startswith("socket:")]


def test_forty_concurrent_requests_each_get_their_own_record(client: Any, tmp_path: Path) -> None:
    texts = {}
    folder = tmp_path / "articles"
    folder.mkdir()
    first = ["Ana", "Ben", "Cleo", "Dev", "Eve", "Finn", "Gus", "Hana"]
    last = ["Roe", "Okafor", "Lind", "Marsh", "Quist"]
    for index in range(40):
        name = f"{first[index % 8]} {last[index // 8]}"
        text = (
            f"{name}, the mayor of Town {index}, said on Tuesday that the bridge would cost "
            f'${index + 2} million. "We will finish it in {index + 3} weeks," '
            f"{name.split()[1]} told reporters. Critics argued that {index + 5} homes were lost."
        )
        path = folder / f"{index:02d}.txt"
        path.write_text(text, encoding="utf-8")
        texts[str(path)] = text
    code, stdout, stderr = invoke("extract", str(folder), "--format", "json", "-j", "1")
    assert code == 0, stderr
    wanted = {record["input"]: record for record in json.loads(stdout)}
    assert set(wanted) == set(texts)

    def ask(name: str) -> dict[str, Any]:
        answer = client.post("/extract", json={"text": texts[name], "id": name})
        assert answer.status_code == 200, answer.text
        return answer.json()  # type: ignore[no-any-return]

    with concurrent.futures.ThreadPoolExecutor(40) as pool:
        answers = dict(zip(texts, pool.map(ask, texts), strict=True))
    for name, record in answers.items():
        assert record == wanted[name]
        assert record["claims"], name


def test_a_long_article_holds_up_no_other(client: Any) -> None:
    long_text = (SHORT + "\n\n") * 150  # about 28,000 characters: seconds of work
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        started = time.monotonic()
        slow = pool.submit(client.post, "/extract", json={"text": long_text})
        time.sleep(0.2)
        for _ in range(3):
            assert client.post("/extract", json={"text": SHORT}).status_code == 200
        short_done = time.monotonic() - started
        assert not slow.done() or slow.result().elapsed.total_seconds() > short_done
        assert slow.result().status_code == 200


def test_no_cors_headers_unless_asked_for(client: Any) -> None:
    origin = {"Origin": "https://elsewhere.example"}
    answer = client.post("/extract", json={"text": SHORT}, headers=origin)
    assert not [key for key in answer.headers if key.lower().startswith("access-control-")]
    preflight = client.options(
        "/extract", headers={**origin, "Access-Control-Request-Method": "POST"}
    )
    assert preflight.status_code == 405
    assert "access-control-allow-origin" not in preflight.headers


# --- the page -------------------------------------------------------------------------------


def test_the_page_is_a_form_that_needs_no_script_and_loads_nothing(client: Any) -> None:
    answer = client.get("/")
    assert answer.status_code == 200
    page = answer.text
    assert "<form" in page and 'method="post"' in page and 'enctype="multipart/form-data"' in page
    assert 'name="text"' in page and 'type="file"' in page and 'type="date"' in page
    assert "<script" not in page and "http://" not in page and "https://" not in page
    policy = answer.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "form-action 'self'" in policy


def test_the_form_answers_the_report_with_the_form_again(client: Any, tmp_path: Path) -> None:
    answer = client.post("/", data={"text": SHORT, "published": "2026-03-05"}, files={})
    assert answer.status_code == 200
    page = answer.text
    assert page.count("<form") == 1 and 'value="2026-03-05"' in page  # the date is kept
    assert 'class="hl role-source"' in page and "Ana Roe" in page
    assert "form-action &#39;self&#39;" in page
    html = f"<html><head><title>From a file</title></head><body><p>{SHORT}</p></body></html>"
    upload = client.post("/", files={"file": ("story.html", html.encode(), "text/html")})
    assert upload.status_code == 200 and "From a file" in upload.text
    empty = client.post("/", data={"text": "  "}, files={})
    assert empty.status_code == 400 and "paste an article or choose a file" in empty.text
    assert empty.headers["content-type"].startswith("text/html")


# --- stopping -------------------------------------------------------------------------------


def test_sigterm_stops_it_with_a_request_in_flight_and_no_worker_left() -> None:
    stopping = start_server("-j", "1", "-q")
    workers = workers_of(stopping.process.pid)
    assert len(workers) == 1
    body = json.dumps({"text": (SHORT + "\n\n") * 400}).encode()
    head = "POST /extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    with socket.create_connection(("127.0.0.1", stopping.port), timeout=30) as sock:
        sock.sendall(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)
        time.sleep(1.0)  # the article is with the worker
        started = time.monotonic()
        code = stop(stopping, signal.SIGTERM)
        took = time.monotonic() - started
        answer = _read_answer(sock)
    assert code == 143
    assert took < 10  # 3 seconds' grace for requests in flight, then the workers are stopped
    assert stopping.lines[-1] == "Terminated."
    assert "Traceback" not in stopping.stderr(), stopping.stderr()
    assert gone(workers)
    # Finished within the grace, or cut with an answer that says so: never left hanging.
    assert answer.startswith((b"HTTP/1.1 200 ", b"HTTP/1.1 503 ")), answer[:200]
    if answer.startswith(b"HTTP/1.1 503 "):
        assert b"the server stopped before the article was done" in answer


def test_a_server_killed_outright_leaves_no_worker_and_frees_its_port() -> None:
    killed = start_server("-j", "2", "-q")
    workers = workers_of(killed.process.pid)
    assert len(workers) == 2
    stop(killed, signal.SIGKILL)
    assert gone(workers)  # they notice their parent is gone, and exit
    with socket.socket() as again:  # nothing holds the listening socket any longer
        again.bind(("127.0.0.1", killed.port))


def test_listening_beyond_loopback_warns_and_cors_is_for_the_origin_given() -> None:
    exposed = start_server("-j", "1", "--host", "0.0.0.0", "--cors", "https://news.example")
    try:
        assert "the API has no authentication" in exposed.stderr()
        with httpx.Client(base_url=f"http://127.0.0.1:{exposed.port}", timeout=60) as one:
            allowed = one.post(
                "/extract", json={"text": SHORT}, headers={"Origin": "https://news.example"}
            )
            assert allowed.headers["access-control-allow-origin"] == "https://news.example"
            other = one.post(
                "/extract", json={"text": SHORT}, headers={"Origin": "https://other.example"}
            )
            assert "access-control-allow-origin" not in other.headers
            preflight = one.options(
                "/extract",
                headers={
                    "Origin": "https://news.example",
                    "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "content-type",
                },
            )
            assert preflight.status_code == 200
        workers = workers_of(exposed.process.pid)
    finally:
        code = stop(exposed, signal.SIGINT)
    assert code == 130 and exposed.lines[-1] == "Interrupted."
    assert gone(workers)


def test_an_address_in_use_or_unknown_is_one_line_at_once(server: Server) -> None:
    for args, words in (
        (["--port", str(server.port)], f"cannot listen on 127.0.0.1:{server.port}"),
        (["--host", "no-such-host.invalid"], "--host no-such-host.invalid:"),
    ):
        command = [sys.executable, "-m", "claimx", "serve", *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and words in lines[0]


def test_help_and_import_load_no_web_framework() -> None:
    code = (
        "import sys\nimport claimx\nfrom claimx.cli import cli\n"
        "for args in (['--help'], ['serve', '--help']):\n"
        "    try:\n        cli(args)\n    except SystemExit:\n        pass\n"
        "print([m for m in ('uvicorn', 'starlette', 'spacy', 'multipart') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("[]")
    assert "POST /extract" in out.stdout


# --- in a browser ---------------------------------------------------------------------------


@dataclass
class Watched:
    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def open_page(browser: Any, url: str) -> Watched:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    watched = Watched(page)
    page.on("console", lambda m: watched.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watched.errors.append(str(e)))
    page.on("request", lambda r: watched.requests.append(r.url))
    page.goto(url)
    return watched


def test_paste_submit_and_see_the_claims(browser: Any, server: Server) -> None:
    watched = open_page(browser, server.url + "/")
    page = watched.page
    page.fill("#serve-text", SHORT)
    page.fill("#serve-published", "2026-03-05")
    with page.expect_navigation():
        page.click("#serve-submit")
    page.wait_for_selector(".text [data-claim]")  # mounted by the report's own script
    assert page.locator("li.claim").count() >= 2
    assert page.locator(".text .role-source").first.inner_text() in SHORT
    assert page.locator("#serve-published").input_value() == "2026-03-05"
    assert page.locator("#serve-text").is_visible()  # the form, for the next one
    assert watched.errors == []
    assert all(url.startswith(server.url) for url in watched.requests)
    page.close()


def test_a_hostile_article_runs_nothing_on_the_page(browser: Any, server: Server) -> None:
    text = f"Ana Roe said {HOSTILE} was posted on the site. Ben Okafor said it was removed."
    watched = open_page(browser, server.url + "/")
    page = watched.page
    page.fill("#serve-text", text)
    with page.expect_navigation():
        page.click("#serve-submit")
    page.wait_for_selector(".text")
    assert page.title().startswith("Claims report: ")  # a script that ran would set "pwned"
    assert "<script>document.title='pwned'</script>" in page.locator(".text").first.inner_text()
    assert page.locator(".text img, .text script").count() == 0
    assert all(url.startswith(server.url) for url in watched.requests)  # no img src=x fetched
    page.close()
