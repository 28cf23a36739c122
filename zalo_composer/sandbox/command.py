"""``zalo-composer sandbox`` and ``python -m zalo_composer.sandbox``: serve in the foreground
until Ctrl+C (or SIGTERM), with a banner of the demo account and one masked log line per
request."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import time
from collections.abc import Sequence

from ..domain.demo import DEMO_API_KEY, DEMO_OAIDS, DEMO_SECRET_KEY
from ..domain.endpoint import LOOPBACK_HOST, is_loopback
from .faults import FAULT_KINDS, Fault
from .rules import DEFAULT_REPORT_DELAY
from .server import Sandbox

DEFAULT_CLI_PORT = 8765

# The package's logger (zalo_composer.sandbox): every module of the sandbox logs under it.
logger = logging.getLogger(__name__.rpartition(".")[0])


def _fault_spec(spec: str) -> Fault:
    """``KIND`` or ``KIND:SECONDS`` as a Fault (argparse type)."""
    kind, _, seconds = spec.partition(":")
    try:
        return Fault(kind, float(seconds) if seconds else 0.0)  # type: ignore[arg-type]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zalo-composer sandbox",
        description="Run the eSMS sandbox (a local stand-in for eSMS) until Ctrl+C.",
    )
    parser.add_argument("--host", default=None,
                        help=f"address to listen on (default {LOOPBACK_HOST}; anything else "
                             "only when given here)")
    parser.add_argument("--port", type=int, default=DEFAULT_CLI_PORT,
                        help=f"port (default {DEFAULT_CLI_PORT}; 0 picks a free one)")
    parser.add_argument("--report-delay", type=float, default=DEFAULT_REPORT_DELAY,
                        metavar="SECONDS",
                        help="seconds an accepted message waits for its report (status 7 → 5)")
    parser.add_argument("--fault", type=_fault_spec, action="append", default=[],
                        metavar="KIND[:SECONDS]",
                        help="fault for the next request; repeat for the ones after. "
                             f"Kinds: {', '.join(FAULT_KINDS)}")
    parser.add_argument("--fault-always", type=_fault_spec, metavar="KIND[:SECONDS]",
                        help="fault for every request")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``zalo-composer sandbox``: serve in the foreground until Ctrl+C; the exit status."""
    args = _parser().parse_args(argv)
    host = args.host or LOOPBACK_HOST
    sandbox = Sandbox(host, args.port, report_delay=args.report_delay)
    for fault in args.fault:
        sandbox.inject(fault)
    if args.fault_always:
        sandbox.inject(args.fault_always, times=None)

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    saved = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        try:
            sandbox.start()
        except OSError as exc:
            print(f"zalo-composer sandbox: cannot listen on {host}:{args.port}: "
                  f"{exc.strerror or exc}", file=sys.stderr)
            return 1
        _print_banner(sandbox, host)
        in_main_thread = threading.current_thread() is threading.main_thread()
        if in_main_thread:  # `kill` stops it as cleanly as Ctrl+C
            previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            while True:
                time.sleep(0.5)
        except KeyboardInterrupt:
            print("Stopping the sandbox.", flush=True)
        finally:
            sandbox.stop()
            if in_main_thread:
                signal.signal(signal.SIGTERM, previous)
        return 0
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _print_banner(sandbox: Sandbox, host: str) -> None:
    oaids = ", ".join(f"{oaid} ({name})" for oaid, name in DEMO_OAIDS.items())
    lines = [
        "eSMS sandbox: a local stand-in for eSMS; nothing is delivered to Zalo.",
        f"Base URL:   {sandbox.base_url}",
        f"ApiKey:     {DEMO_API_KEY}   (demo values, not secrets)",
        f"SecretKey:  {DEMO_SECRET_KEY}",
        f"OAID:       {oaids}",
        "Press Ctrl+C to stop.",
    ]
    if not is_loopback(host):
        lines.insert(1, f"Warning: listening on {host}: other machines can reach the sandbox.")
    print("\n".join(lines), flush=True)
