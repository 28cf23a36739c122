"""zalo-composer: compose and send Zalo OA consultation messages through eSMS."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "zalo-composer"
APP_DISPLAY_NAME = "Zalo Composer"
