"""Send path: one send through the program's client against a raw httpx POST of the same body
to the same loopback server, alternating, median per message.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench bench_send_path

The server is the eSMS sandbox in a process of its own (one connection per request, as it
answers HTTP/1.0). The program's send is the whole path of one message: the body built by
`build_request_body`, then `EsmsClient.send` on the client `make_http_client` makes (secrets
masked for the record, endpoint check, deadline, answer read and described). The raw send is
``await http.post(url, json=body)`` and ``response.json()`` on a default `httpx.AsyncClient`.
Both run on one asyncio loop, one message at a time, in alternating order; every answer is
checked to be CodeResult 100, so neither side can win by failing fast.
"""

from __future__ import annotations

import asyncio
import time

from .common import Figure, median
from .sandbox_process import sandbox_process

MESSAGES = 300
WARM_UP = 20
TARGET = 1.15


async def _measure(base_url: str) -> tuple[list[float], list[float]]:
    import httpx

    from zalo_composer.domain.body import build_request_body, new_request_id
    from zalo_composer.domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
    from zalo_composer.domain.model import Account, Message, PhoneButton, UrlButton
    from zalo_composer.esms.client import (
        SEND_PATH,
        EsmsClient,
        Timeouts,
        join_url,
        make_http_client,
    )

    account = Account(next(iter(DEMO_OAIDS)), DEMO_API_KEY, DEMO_SECRET_KEY)
    message = Message(
        text="Xin chào anh/chị, đơn hàng DH-2026-118374 đã được xác nhận.\nCảm ơn anh/chị!",
        buttons=(UrlButton(title="Theo dõi đơn hàng", url="https://shop.example.vn/don/1"),
                 PhoneButton(title="Gọi tổng đài", phone_code="1800 6868")))
    recipient = "1234567890123456"
    url = join_url(base_url, SEND_PATH)
    timeouts = Timeouts(5.0, 5.0)
    program_ms: list[float] = []
    raw_ms: list[float] = []
    async with make_http_client() as program_http, httpx.AsyncClient() as raw_http:
        client = EsmsClient(program_http)

        async def program() -> float:
            start = time.perf_counter()
            body = build_request_body(message, account=account, recipient=recipient,
                                      request_id=new_request_id())
            result = await client.send(base_url, body, timeouts=timeouts)
            elapsed = time.perf_counter() - start
            assert result.code == "100", result.summary
            return elapsed

        async def raw() -> float:
            # The same body, built outside the timing: only the HTTP exchange is timed.
            body = build_request_body(message, account=account, recipient=recipient,
                                      request_id=new_request_id())
            start = time.perf_counter()
            response = await raw_http.post(url, json=body, timeout=5.0)
            answer = response.json()
            elapsed = time.perf_counter() - start
            assert answer["CodeResult"] == "100", answer
            return elapsed

        for i in range(WARM_UP + MESSAGES):
            pair = (program, raw) if i % 2 == 0 else (raw, program)
            for side in pair:
                seconds = await side()
                if i >= WARM_UP:
                    (program_ms if side is program else raw_ms).append(seconds * 1000)
    return program_ms, raw_ms


def run() -> list[Figure]:
    """Median per message of both, and their ratio."""
    with sandbox_process() as base_url:
        program_ms, raw_ms = asyncio.run(_measure(base_url))
    program, raw = median(program_ms), median(raw_ms)
    return [
        Figure("send path: raw httpx POST to the sandbox (other process)", raw, "ms"),
        Figure("send path: build_request_body + EsmsClient.send", program, "ms"),
        Figure("send path: program / raw httpx, median per message", program / raw, "x",
               TARGET),
    ]
