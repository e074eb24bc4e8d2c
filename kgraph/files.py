"""Writing outputs so that a reader sees the old file or the new one, never half of it."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomic_with(path: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)   # mkstemp makes 0600; outputs are meant to be read by others
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write bytes or text (UTF-8) atomically."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    return write_atomic_with(Path(path), lambda tmp: tmp.write_bytes(payload))
