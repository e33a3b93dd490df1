"""The Sphinx documentation builds offline with warnings treated as errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.slow
def test_docs_build_without_warnings(tmp_path):
    pytest.importorskip("sphinx")
    pytest.importorskip("numpydoc")
    out = tmp_path / "html"
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(DOCS), str(out)]
    result = subprocess.run(command, cwd=DOCS.parent, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, f"sphinx build failed:\n{result.stdout}\n{result.stderr}"
    assert (out / "index.html").is_file()
    assert (out / "api.html").is_file()
