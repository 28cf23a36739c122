"""The program's exception tree.

    ZaloComposerError            base: the UI and CLI catch only this
     ├── DraftError              a draft file that cannot be read or is not ours
     ├── SecretsError            no usable keyring, or a secret that cannot be stored
     ├── ConfigError             a profile or settings file that cannot be used
     ├── NetworkError            the request did not get an HTTP answer
     └── EsmsAnswerError         an HTTP answer that is not a usable eSMS reply

Invalid *user input* is not an exception: validation returns problems as data.
"""

from __future__ import annotations


class ZaloComposerError(Exception):
    """Base of every error the program raises on purpose; its text is for the user."""


class DraftError(ZaloComposerError):
    """A draft (or imported request body) could not be loaded."""


class SecretsError(ZaloComposerError):
    """Secrets could not be read from or written to the OS keyring."""


class ConfigError(ZaloComposerError):
    """A profile or settings file could not be read or written."""


class NetworkError(ZaloComposerError):
    """The request did not reach eSMS or no HTTP answer came back."""


class EsmsAnswerError(ZaloComposerError):
    """eSMS answered, but not with a JSON object carrying a result code."""
