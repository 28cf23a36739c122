"""Entry point: a CLI command when one is given, the GUI otherwise."""

from __future__ import annotations

import sys
from collections.abc import Sequence

EXIT_INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; returns the process exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--smoke" in args and args[0].startswith("-"):  # a GUI option, not a CLI command's
        # Before the log: a smoke run writes nothing to the user's folders.
        from .ui.app import run_smoke

        return run_smoke([a for a in args if a != "--smoke"])
    try:
        _start_log()
        wants_help = any(a in ("-h", "--help", "--version") for a in args)
        if (args and not args[0].startswith("-")) or wants_help:
            from .cli import run_cli

            return run_cli(args)  # its own boundary: every failure is a line and a status
        from .ui.app import run_gui

        return run_gui(args)
    except KeyboardInterrupt:
        # Ctrl+C outside a command's own handling (while importing, in the window's start).
        print("zalo-composer: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED


def _start_log() -> None:
    # A log that cannot be opened (read-only home …) must not stop the program, and one that
    # cannot be written to later (a full disk) must not print tracebacks into its output.
    import logging

    from .logs import configure_logging

    logging.raiseExceptions = False

    try:
        configure_logging()
    except OSError as exc:
        print(f"zalo-composer: no log file ({exc})", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
