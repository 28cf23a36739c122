"""Reading an answer's body within a limit: raw bytes counted as they arrive, gzip and
deflate decompressed here (never by httpx, whose decoders have no output limit) with at
most the limit's worth of output at any moment, and reading stopped as soon as either count
passes the limit. An endless chunked answer, a huge body or a gzip bomb costs at most a few
hundred KiB of memory.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import httpx

from ..domain.endpoint import ANSWER_MAX_BYTES

#: Content-codings read here; the client asks for no other (Accept-Encoding).
ACCEPT_ENCODING = "gzip, deflate"
#: More stacked codings than this is not an answer, it is an attack.
MAX_CODINGS = 3
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class CappedBody:
    """What was read of a body: its decoded bytes (at most the limit, plus one), and why
    reading stopped early if it did."""

    data: bytes
    too_large: bool = False
    """The body (raw or decoded) passed the limit; reading stopped there."""
    unreadable_coding: str | None = None
    """A Content-Encoding that could not be decoded (unknown, or broken data)."""


class _Inflater:
    """One gzip or deflate layer whose output never passes *room* bytes in all."""

    def __init__(self, coding: str, room: int) -> None:
        self._gzip = coding in ("gzip", "x-gzip")
        self._room = room
        self._first = True
        self._obj = self._new()

    def _new(self, wbits: int | None = None) -> zlib._Decompress:
        if wbits is None:
            wbits = zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS
        return zlib.decompressobj(wbits)

    def feed(self, data: bytes) -> bytes:
        """Decompress *data*; stops (keeping the rest unread) once the room is used up."""
        out: list[bytes] = []
        while data and self._room > 0:
            try:
                chunk = self._obj.decompress(data, self._room)
            except zlib.error:
                if self._gzip or not self._first:
                    raise
                # "deflate" is sent both with and without its zlib header.
                self._obj, self._first = self._new(-zlib.MAX_WBITS), False
                continue
            self._first = False
            self._room -= len(chunk)
            out.append(chunk)
            if self._obj.unconsumed_tail:
                data = self._obj.unconsumed_tail  # the room is used up: the loop ends
            elif self._gzip and self._obj.eof and self._obj.unused_data.startswith(_GZIP_MAGIC):
                data, self._obj = self._obj.unused_data, self._new()  # the next gzip member
            else:
                data = b""
        return b"".join(out)

    def flush(self) -> bytes:
        """What the layer still holds (bounded by the room left)."""
        return self._obj.flush()[: max(self._room, 0)] if self._room > 0 else b""

    @property
    def full(self) -> bool:
        """True once the layer's output reached its room (the body is too large)."""
        return self._room <= 0


def _codings(response: httpx.Response) -> list[str]:
    header = response.headers.get("content-encoding", "")
    return [c.strip().lower() for c in header.split(",")
            if c.strip() and c.strip().lower() != "identity"]


async def read_capped(response: httpx.Response, limit: int = ANSWER_MAX_BYTES) -> CappedBody:
    """Read *response*'s body (opened with ``client.stream``) up to *limit* bytes, raw and
    decoded; stop reading at once when either passes it."""
    if response.is_stream_consumed:
        # A response built in memory (httpx.MockTransport in tests): already read.
        data = response.content
        return CappedBody(data[: limit + 1], too_large=len(data) > limit)
    codings = _codings(response)
    unknown = [c for c in codings if c not in ("gzip", "x-gzip", "deflate")]
    if unknown or len(codings) > MAX_CODINGS:
        return CappedBody(b"", unreadable_coding=", ".join(unknown or codings))
    # Codings are listed in the order they were applied: undo them from the last.
    layers = [_Inflater(c, limit + 1) for c in reversed(codings)]
    parts: list[bytes] = []
    raw_total = total = 0
    try:
        async for raw in response.aiter_raw():
            raw_total += len(raw)
            data = raw
            for layer in layers:
                data = layer.feed(data)
            parts.append(data)
            total += len(data)
            if raw_total > limit or total > limit or any(layer.full for layer in layers):
                return CappedBody(b"".join(parts)[: limit + 1], too_large=True)
        data = b""
        for layer in layers:
            data = layer.feed(data) + layer.flush()
        parts.append(data)
        total += len(data)
    except zlib.error:
        return CappedBody(b"".join(parts)[: limit + 1], unreadable_coding=", ".join(codings))
    body = b"".join(parts)
    if total > limit or any(layer.full for layer in layers):
        return CappedBody(body[: limit + 1], too_large=True)
    return CappedBody(body)
