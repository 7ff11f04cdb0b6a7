"""``desistkit demo --serve`` in a real headless Chromium (issue 16).

The server is the real console script; the browser is Debian's ``chromium`` (``make
chromium`` installs it), driven over the DevTools protocol with aiohttp's websocket client
(aiohttp comes with textual-serve; no browser-automation package is needed). The page's
terminal (xterm.js) draws on a canvas, so the test reads what the page's websocket received,
the bytes xterm.js is handed, and checks that xterm.js drew them (``-first-byte``).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HEADLESS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--remote-debugging-port=0",
]
#: Keeps what the page's websockets receive (the terminal's bytes) in ``window.__received``.
RECORD = """
(() => {
  const Original = window.WebSocket;
  window.__received = [];
  const decoder = new TextDecoder();
  function Recording(url, protocols) {
    const socket = new Original(url, protocols);
    socket.addEventListener("message", (event) => {
      const data = event.data;
      if (typeof data === "string") window.__received.push(data);
      else if (data instanceof ArrayBuffer) window.__received.push(decoder.decode(data));
      else if (data instanceof Blob) data.text().then((t) => window.__received.push(t));
    });
    return socket;
  }
  Recording.prototype = Original.prototype;
  Object.assign(Recording, Original);
  window.WebSocket = Recording;
})();
"""
CONSOLE_SCRIPT = str(Path(sys.executable).with_name("desistkit"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


class DevTools:
    """One DevTools connection to the browser (flattened sessions)."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse[Any]) -> None:
        self.ws, self.next_id = ws, 0

    async def call(self, method: str, session: str | None = None, **params: Any) -> Any:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        await self.ws.send_str(json.dumps(message))
        while True:
            reply = json.loads((await self.ws.receive(timeout=60)).data)
            if reply.get("id") == self.next_id:
                assert "error" not in reply, reply
                return reply["result"]


async def page_text(devtools_url: str, url: str, wanted: str, timeout: float = 90) -> str:
    """Open ``url`` in a new tab; what its terminal received once ``wanted`` is among it."""
    async with aiohttp.ClientSession() as http, http.ws_connect(devtools_url, max_msg_size=0) as ws:
        cdp = DevTools(ws)
        target = (await cdp.call("Target.createTarget", url="about:blank"))["targetId"]
        session = (await cdp.call("Target.attachToTarget", targetId=target, flatten=True))[
            "sessionId"
        ]
        await cdp.call("Page.enable", session)
        await cdp.call("Page.addScriptToEvaluateOnNewDocument", session, source=RECORD)
        await cdp.call("Page.navigate", session, url=url)
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            result = await cdp.call(
                "Runtime.evaluate",
                session,
                expression="JSON.stringify([(window.__received || []).join(''), "
                "document.body ? document.body.className : ''])",
                returnByValue=True,
            )
            received, classes = json.loads(result["result"]["value"])
            text = str(received)
            if wanted in text and "-first-byte" in str(classes):
                return text
            await asyncio.sleep(0.2)
        raise AssertionError(f"the page never showed {wanted!r}; it received {text[-2000:]!r}")


def start_chromium(tmp_path: Path) -> tuple[subprocess.Popen[str], str]:
    """Headless chromium and its DevTools URL. Chromium (not the app under test) has been
    seen to exit at start on a loaded CI machine: it is started once more then, and its own
    messages are shown if that fails too."""
    said: list[str] = []
    for attempt in range(2):
        profile = f"--user-data-dir={tmp_path / f'profile-{attempt}'}"
        browser = subprocess.Popen(
            [CHROMIUM, *HEADLESS, profile, "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert browser.stderr is not None
        for line in browser.stderr:
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            if found:
                return browser, found.group(1)
            said.append(line)
        browser.wait(10)
        said.append(f"(chromium exited with status {browser.returncode})\n")
    raise AssertionError("chromium did not open its DevTools port:\n" + "".join(said[-40:]))


@pytest.mark.slow
def test_demo_serve_shows_the_demo_in_headless_chromium(tmp_path: Path) -> None:
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is needed: make chromium (apt-get install -y chromium)")
    port = free_port()
    env = {**os.environ, "LANG": "C.UTF-8", "DESISTKIT_LANG": "de", "HOME": str(tmp_path)}
    env.pop("DESISTKIT_VAULT", None)
    server = subprocess.Popen(
        [CONSOLE_SCRIPT, "demo", "--serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
    )
    browser = None
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert f"http://127.0.0.1:{port}" in first, first  # the host and port, printed
        wait_for_port(port)
        browser, devtools = start_chromium(tmp_path)
        text = asyncio.run(page_text(devtools, f"http://127.0.0.1:{port}/", "DEMO-03"))
        assert "DEMO-01" in text and "DEMO-02" in text  # the demo's case list
        assert "Aktivität" in text  # in the language it was served in
    finally:
        for process in (browser, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()


def test_demo_serve_refuses_a_real_vault(tmp_path: Path) -> None:
    result = subprocess.run(
        [CONSOLE_SCRIPT, "--vault", str(tmp_path / "vault"), "demo", "--serve"],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(tmp_path)},
        timeout=60,
    )
    assert result.returncode == 2
    assert "never opens a vault" in result.stderr
