"""One real JupyterLab for the session: started headless on 127.0.0.1 with a token, in a
folder of its own with fresh Jupyter settings (so every notebook opens untrusted, as a
cloned one does), stopped by its process id at the end; and one Chromium to drive it."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from parts import missing

NOTEBOOKS = Path(__file__).parents[2] / "notebooks"


@dataclass
class Lab:
    url: str
    token: str
    root: Path

    def notebook_url(self, name: str) -> str:
        # reset: open this notebook alone, not the tabs an earlier test left open
        return f"{self.url}/lab/tree/{name}?reset&token={self.token}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    jupyter = Path(sys.executable).with_name("jupyter")
    if not jupyter.exists() or shutil.which("jupyter-lab", path=str(jupyter.parent)) is None:
        missing("JupyterLab is not installed (make test)")
    root = tmp_path_factory.mktemp("lab")
    home = tmp_path_factory.mktemp("jupyter-home")
    for notebook in NOTEBOOKS.glob("*.ipynb"):
        shutil.copy(notebook, root / notebook.name)
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "IPYTHONDIR": str(home / "ipython"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "lab-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "lab-workspaces"),
        "GRAPHKIT_QUIET": "1",
    }
    # The kernel must be this interpreter (with graphkit), whatever kernels the machine has.
    kernel = home / "data" / "kernels" / "python3"
    kernel.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3",
        "language": "python",
    }
    (kernel / "kernel.json").write_text(json.dumps(spec))
    log = (home / "lab.log").open("wb")
    process = subprocess.Popen(
        [
            str(jupyter),
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}",
            "--LabApp.news_url=",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            *(["--allow-root"] if os.geteuid() == 0 else []),  # CI runs as root
        ],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(
                        "JupyterLab did not start:\n" + (home / "lab.log").read_text()[-3000:]
                    )
                time.sleep(0.3)
        yield Lab(url=url, token=token, root=root)
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


@pytest.fixture(scope="session")
def lab_browser(chromium):
    return chromium


def lab_context(lab, browser):
    """A browser context that may reach only the JupyterLab server (others are recorded)."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    blocked: list[str] = []

    def route(request_route, request):
        if request.url.startswith(lab.url) or request.url.startswith("data:"):
            request_route.continue_()
        else:
            blocked.append(request.url)
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.blocked = blocked
    return context, page


@pytest.fixture
def lab_page(lab, lab_browser):
    """A fresh page in its own context, for one test."""
    context, page = lab_context(lab, lab_browser)
    yield page
    context.close()
