"""``python -m zalo_composer.sandbox [--port N] …``: the eSMS stand-in in the foreground."""

from __future__ import annotations

import sys

from .command import main

if __name__ == "__main__":
    sys.exit(main())
