"""Where requests go: eSMS's paths, joining them to a base URL, and which URLs are allowed."""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from urllib.parse import urlsplit

SERVICE_PATH = "/MainService.svc/json/"
"""The path of eSMS's JSON service on its host; every call below is relative to it."""
SEND_PATH = "SendZaloFollowerMessage_V5_post_json/"
"""The consultation-message call (POST), relative to the base URL."""
BALANCE_PATH = "GetBalance_json/"
"""The account's balance (POST)."""
SEND_STATUS_PATH = "GetSendStatus"
"""What eSMS knows of a sent message (GET, the keys in the query string)."""
ZNS_STATUS_PATH = "QueryZnsStatus/"
"""What Zalo said of a message (POST)."""
LIST_OA_PATH = "ZNS/GetListZOA/"
"""The account's Official Accounts (POST)."""
GET_CALLBACK_PATH = "/ZaloCallback/GetCallback"
"""eSMS's pull of Zalo callbacks (POST), on its own host: a path from the host's root."""
DEFAULT_STATUS_URL = "https://status-sms.esms.vn" + GET_CALLBACK_PATH
"""Where eSMS documents GetCallback (a profile setting; the Sandbox points at itself)."""
GET_CALLBACK_BATCH = 200
"""SMSIDs (ListRefid) one GetCallback call answers for; more are cut off by eSMS."""
GET_CALLBACK_RATE = 20.0
"""GetCallback calls a second eSMS allows (20 TPS)."""
QUERY_LIST_UID_PATH = "QueryListUID/"
"""The users who interacted with an OA between two dates, paged (POST)."""
FOLLOWERS_PATH = "ZNS/GetFollowers/"
"""Every follower of an OA, paged (POST)."""
LOOPBACK_HOST = "127.0.0.1"
"""The address a local server (the sandbox) listens on unless told otherwise."""


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection and for the answer."""

    connect: float = 10.0
    read: float = 30.0

    @property
    def total(self) -> float:
        """Deadline for the whole exchange: connecting plus answering."""
        return self.connect + self.read


#: The longest connect or read timeout a profile or the command line may ask for, in seconds.
TIMEOUT_MAX_S = 3600.0


def timeout_problem(seconds: float) -> str | None:
    """Why *seconds* cannot be a timeout (not a finite number above 0 and at most
    `TIMEOUT_MAX_S`), or None."""
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        return f"The timeout {seconds!r} is not a number of seconds."
    if not math.isfinite(seconds) or seconds <= 0 or seconds > TIMEOUT_MAX_S:
        return (f"The timeout {seconds} is not a number of seconds above 0 and at most "
                f"{TIMEOUT_MAX_S:g}.")
    return None


def endpoint_problem(base_url: str) -> str | None:
    """Why *base_url* must not be used, or None. Plain http is allowed only on loopback,
    so credentials never cross a network unencrypted."""
    try:
        parts = urlsplit(base_url)
        host = parts.hostname or ""
    except ValueError:
        return f"The endpoint {base_url!r} is not a valid URL."
    try:
        port = parts.port  # ValueError when it is not a number of 0 to 65535
    except ValueError:
        port = 0
    if port == 0 or (port is None and parts.netloc.endswith(":")):
        return f"The endpoint {base_url!r} has no valid port (1 to 65535)."
    if parts.scheme not in ("http", "https") or not host:
        return f"The endpoint {base_url!r} must be an https:// URL."
    if parts.scheme == "http" and not is_loopback(host):
        return (f"The endpoint {base_url} uses plain http://, which would send the ApiKey and "
                "SecretKey unencrypted; use https:// (plain http is allowed only on loopback).")
    return None


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def join_url(base_url: str, path: str) -> str:
    """*base_url* with *path* appended, with exactly one slash between them; an empty
    *path* gives *base_url* itself (a full URL such as GetCallback's)."""
    if not path:
        return base_url
    return base_url.rstrip("/") + "/" + path.lstrip("/")


ANSWER_MAX_BYTES = 256 * 1024
"""The most of an answer the program reads (after decompression); eSMS's answers are a few
hundred bytes, so anything larger is not an eSMS answer and reading stops there."""

ANSWER_MAX_DEPTH = 64
"""The deepest nesting of JSON arrays and objects read in an answer (eSMS's are 2 deep)."""
