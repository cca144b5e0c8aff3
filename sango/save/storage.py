"""Where saves live: one small interface, a folder of JSON files on desktop, a dict in tests.

A key such as "progress" is a short name (letters, digits, ".", "-", "_"). `FileStorage` keeps it as
`<folder>/progress.json`, written atomically, with the previous version kept as `progress.bak.json`
(readable as the key "progress.bak"). `MemoryStorage` models the browser's localStorage: strings only,
keys namespaced "sango/..."; `LocalStorage` is the real one, in the browser. Nothing here deletes a save: damaged ones are set aside under a new name.
"""
from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path
from typing import MutableMapping, Protocol

APP_NAME = "sango"
ENV_DATA_DIR = "SANGO_DATA_DIR"
BACKUP_SUFFIX = ".bak"
_KEY = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$")


class StorageError(Exception):
    """The storage could not do what was asked (disk full, read-only folder, quota exceeded...)."""


class Storage(Protocol):
    def read(self, key: str) -> str | None: ...  # None when absent; StorageError when unreadable
    def write(self, key: str, text: str) -> None: ...  # atomic; keeps the previous version as f"{key}.bak"
    def set_aside(self, key: str, label: str) -> str: ...  # copy kept under a new name; returns where
    def exists(self, key: str) -> bool: ...


def _check_key(key: str) -> str:
    if not _KEY.match(key) or ".." in key:
        raise ValueError(f"not a storage key: {key!r}")
    return key


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


class FileStorage:
    """A folder of UTF-8 JSON files. The folder is created on the first write."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / f"{_check_key(key)}.json"

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def read(self, key: str) -> str | None:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StorageError(f"cannot read {path}: {error}") from error
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise StorageError(f"{path} is not UTF-8 text") from error

    def write(self, key: str, text: str) -> None:
        path = self.path(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if path.is_file():  # keep the previous version; the main file is never missing meanwhile
                self._write_atomic(self.path(key + BACKUP_SUFFIX), path.read_bytes())
            self._write_atomic(path, text.encode("utf-8"))
        except OSError as error:
            raise StorageError(f"cannot write {path}: {error}") from error

    def _write_atomic(self, path: Path, data: bytes) -> None:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        self._sync_folder()

    def _sync_folder(self) -> None:
        """Make the rename itself durable where the platform allows it (not on Windows)."""
        try:
            fd = os.open(self.folder, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def set_aside(self, key: str, label: str) -> str:
        path = self.path(key)
        base = f"{key}.{label}-{_stamp()}"
        target, n = self.path(base), 1
        while target.exists():
            n += 1
            target = self.path(f"{base}-{n}")
        try:
            os.replace(path, target)
        except OSError as error:
            raise StorageError(f"cannot set aside {path}: {error}") from error
        return str(target)


class MemoryStorage:
    """Strings in a dict under "sango/<key>": the model for a localStorage version, and for tests.

    Pass a shared dict to see the same "browser" from several instances; set `fail_writes` to act
    like a full quota.
    """

    PREFIX = f"{APP_NAME}/"

    def __init__(self, items: MutableMapping[str, str] | None = None) -> None:
        self.items: MutableMapping[str, str] = {} if items is None else items
        self.fail_writes = False

    def _k(self, key: str) -> str:
        return self.PREFIX + _check_key(key)

    def exists(self, key: str) -> bool:
        return self._k(key) in self.items

    def read(self, key: str) -> str | None:
        return self.items.get(self._k(key))

    def write(self, key: str, text: str) -> None:
        if self.fail_writes:
            raise StorageError("storage is full")
        if not isinstance(text, str):
            raise StorageError("only text can be stored")
        name = self._k(key)
        if name in self.items:
            self.items[self._k(key + BACKUP_SUFFIX)] = self.items[name]
        self.items[name] = text

    def set_aside(self, key: str, label: str) -> str:
        name = self._k(key)
        if name not in self.items:
            raise StorageError(f"nothing stored under {name}")
        base = f"{key}.{label}-{_stamp()}"
        target, n = base, 1
        while self.exists(target):
            n += 1
            target = f"{base}-{n}"
        self.items[self._k(target)] = self.items.pop(name)
        return self._k(target)


class _PageItems(MutableMapping[str, str]):
    """The browser's `window.localStorage` seen as a dict (getItem / setItem / removeItem)."""

    def __init__(self, local_storage) -> None:
        self.local = local_storage

    def _get(self, name: str) -> str | None:
        value = self.local.getItem(name)
        if value is None or (not isinstance(value, str) and str(value) in ("null", "undefined")):
            return None  # JavaScript's null, however the bridge hands it over
        return str(value)

    def __getitem__(self, name: str) -> str:
        value = self._get(name)
        if value is None:
            raise KeyError(name)
        return value

    def __setitem__(self, name: str, text: str) -> None:
        self.local.setItem(name, text)

    def __delitem__(self, name: str) -> None:
        if self._get(name) is None:
            raise KeyError(name)
        self.local.removeItem(name)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._get(name) is not None

    def __iter__(self):  # localStorage has no cheap listing, and nothing here needs one
        return iter(())

    def __len__(self) -> int:
        return 0


class LocalStorage(MemoryStorage):
    """The browser's `window.localStorage`: strings under "sango/<key>", kept across reloads.

    Anything the page throws (quota exceeded when full, SecurityError when storage is blocked)
    becomes a StorageError, which the game shows as a friendly notice while play goes on.
    """

    def __init__(self, local_storage) -> None:
        super().__init__(_PageItems(local_storage))

    def _guard(self, action, *args):
        try:
            return action(*args)
        except (StorageError, ValueError):
            raise
        except Exception as error:  # noqa: BLE001 - the JavaScript bridge raises its own kinds
            raise StorageError(f"the browser's storage refused: {error}") from error

    def exists(self, key: str) -> bool:
        return self._guard(super().exists, key)

    def read(self, key: str) -> str | None:
        return self._guard(super().read, key)

    def write(self, key: str, text: str) -> None:
        self._guard(super().write, key, text)

    def set_aside(self, key: str, label: str) -> str:
        return self._guard(super().set_aside, key, label)


def data_dir() -> Path:
    """The per-user data folder, or $SANGO_DATA_DIR when set (tests, portable installs)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_storage() -> Storage:
    return FileStorage(data_dir())


def pictures_folder() -> Path:
    """Where pictures the child saves (certificates) go: their Pictures folder, or the data folder."""
    if os.environ.get(ENV_DATA_DIR):
        return data_dir() / "pictures"
    import platformdirs

    return Path(platformdirs.user_pictures_dir()) / "Sango"
