"""A small client for the AnkiConnect add-on (protocol version 6), for ``sync --via ankiconnect``.

Every request is ``{"action", "version": 6, "params"}`` posted as JSON; every reply is
``{"result", "error"}``. ``multi`` batches actions into one request (each inner action carries its
own ``version``: AnkiConnect otherwise answers it in the old version-4 shape).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any

from .errors import SyncError

DEFAULT_URL = "http://127.0.0.1:8765"
VERSION = 6
BATCH = 500
"""Actions per ``multi`` request: large enough to be quick, small enough for Anki's main thread."""

Action = tuple[str, dict[str, Any]]


def action(name: str, **params: Any) -> Action:
    return (name, params)


class AnkiConnect:
    """A connection to a running Anki desktop's AnkiConnect add-on."""

    def __init__(self, url: str = DEFAULT_URL, timeout: float = 120.0) -> None:
        self.url = url
        self.timeout = timeout

    def _post(self, payload: dict[str, Any]) -> Any:
        data = json.dumps(payload).encode()
        request = urllib.request.Request(self.url, data, {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                reply = json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            msg = f"AnkiConnect does not answer at {self.url} ({reason}): start Anki with the AnkiConnect add-on"
            raise SyncError(msg) from None
        except ValueError:
            raise SyncError(f"AnkiConnect at {self.url} did not answer in JSON") from None
        return _result(reply, str(payload.get("action")))

    def invoke(self, name: str, **params: Any) -> Any:
        """One action; its ``error`` becomes a :class:`SyncError`."""
        return self._post({"action": name, "version": VERSION, "params": params})

    def multi(self, actions: Sequence[Action]) -> list[Any]:
        """Many actions in as few requests as possible; results in order. The first failed action
        stops the sync (the ones before it in its batch were done, as AnkiConnect does them in turn)."""
        results: list[Any] = []
        for start in range(0, len(actions), BATCH):
            batch = actions[start : start + BATCH]
            payload = [{"action": name, "version": VERSION, "params": params} for name, params in batch]
            replies = self.invoke("multi", actions=payload)
            if not isinstance(replies, list) or len(replies) != len(batch):
                raise SyncError(f"AnkiConnect at {self.url} answered multi with {replies!r}")
            results.extend(_result(reply, name) for reply, (name, _) in zip(replies, batch, strict=True))
        return results

    def check_version(self) -> None:
        version = self.invoke("version")
        if not isinstance(version, int) or version < VERSION:
            raise SyncError(
                f"AnkiConnect at {self.url} speaks version {version}; notedeck needs {VERSION} or later"
            )


def _result(reply: Any, name: str) -> Any:
    if not isinstance(reply, dict) or set(reply) != {"result", "error"}:
        raise SyncError(f"AnkiConnect answered {name} with {reply!r} (not a version 6 reply)")
    if reply["error"] is not None:
        raise SyncError(f"AnkiConnect refused {name}: {reply['error']}")
    return reply["result"]
