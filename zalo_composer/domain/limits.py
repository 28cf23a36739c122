"""Every limit of a consultation message, named once.

The counters, the validator, the sandbox and the tests all read these names.
Lengths are counted the way eSMS's .NET service counts them: in UTF-16 code units
of the text as sent (NFC-normalised, line breaks as CRLF), so an emoji counts 2.
"""

from __future__ import annotations

TEXT_MAX = 2000
BUTTONS_MAX = 5
BUTTON_TITLE_MAX = 100
QUERY_PAYLOAD_MAX = 1000
SMS_CONTENT_MAX = 160
REQUEST_ID_MAX = 50

#: A counter turns amber at this fraction of its limit.
NEAR_LIMIT_FRACTION = 0.9

SEND_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
# [0-9], not \d: \d also matches full-width and Arabic-Indic digits, which
# strptime accepts and eSMS would not.
SEND_DATE_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}"
