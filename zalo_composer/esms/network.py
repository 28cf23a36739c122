"""Where the program's requests go: the environment's proxy settings and CA file, read once
when the HTTP client is made.

- Loopback requests (the built-in sandbox, a local stand-in) never go through a proxy: a
  proxy would see the keys, sent over plain http on loopback.
- Other requests follow HTTP_PROXY / HTTPS_PROXY / ALL_PROXY and NO_PROXY, as httpx would.
- Settings that cannot be used (a SOCKS proxy without the socksio package, a malformed
  proxy URL, an SSL_CERT_FILE that cannot be read) do not raise where the client is made:
  every request that would need them fails with `NetworkSettingsError`, one plain sentence,
  and loopback requests still work.
"""

from __future__ import annotations

import os
import ssl
import urllib.request
from urllib.parse import urlsplit

import certifi
import httpx

from ..domain.endpoint import is_loopback
from ..domain.errors import NetworkError

_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


class NetworkSettingsError(NetworkError):
    """The environment's proxy or certificate settings cannot be used."""


def _without_password(url: str) -> str:
    """*url* with any user name and password left out (they are secrets too)."""
    try:
        parts = urlsplit(url)
        if parts.username is None and parts.password is None:
            return url
        host = parts.hostname or ""
        return parts._replace(netloc=f"…@{host}" + (f":{parts.port}" if parts.port else ""))\
            .geturl()
    except ValueError:
        return "(a value that is not a URL)"


def _unusable_reason(name: str, value: str, reason: str) -> str:
    """Why the certificate setting *name* cannot be used, in one sentence."""
    return f"{name} is set to {value}, which cannot be used ({reason}): fix or unset {name}."


def tls_context() -> tuple[ssl.SSLContext, str | None]:
    """The context verifying servers (SSL_CERT_FILE / SSL_CERT_DIR when set, else certifi's
    bundle), and why the environment's setting could not be used, or None."""
    for name, kind in (("SSL_CERT_FILE", "cafile"), ("SSL_CERT_DIR", "capath")):
        value = os.environ.get(name)
        if not value:
            continue
        try:
            if kind == "cafile":
                return ssl.create_default_context(cafile=value), None
            return ssl.create_default_context(capath=value), None
        except (OSError, ssl.SSLError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or "it holds no usable certificates"
            return (ssl.create_default_context(cafile=certifi.where()),
                    _unusable_reason(name, value, reason))
    return ssl.create_default_context(cafile=certifi.where()), None


def _proxy_transport(name: str, url: str, context: ssl.SSLContext) -> httpx.AsyncBaseTransport:
    """A transport through the proxy at *url*; `NetworkSettingsError` if it cannot be used."""
    if "://" not in url:
        url = f"http://{url}"  # what httpx and curl assume
    shown = _without_password(url)
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        raise NetworkSettingsError(f"The proxy setting {name} cannot be used: it is not a "
                                   "valid proxy URL.") from None
    if scheme not in _PROXY_SCHEMES:
        raise NetworkSettingsError(f"The proxy setting {name}={shown} cannot be used: it is "
                                   "not an http://, https:// or socks5:// URL.")
    try:
        return httpx.AsyncHTTPTransport(proxy=httpx.Proxy(url), verify=context, trust_env=False)
    except ImportError:
        raise NetworkSettingsError(
            f"The proxy setting {name}={shown} cannot be used: SOCKS proxies need the "
            "socksio package, which is not installed.") from None
    except (ValueError, TypeError, httpx.InvalidURL):
        raise NetworkSettingsError(f"The proxy setting {name}={shown} cannot be used: it is "
                                   "not a valid proxy URL.") from None


def _bypassed(host: str, no_proxy: str) -> bool:
    """True when NO_PROXY names *host* (curl's rules: ``*``, a name, or a domain with or
    without its leading dot)."""
    host = host.lower().rstrip(".")
    for entry in (e.strip().lower().lstrip(".").rstrip(".") for e in no_proxy.split(",")):
        if entry == "*" or (entry and (host == entry or host.endswith("." + entry))):
            return True
    return False


class _UnusableTransport(httpx.AsyncBaseTransport):
    """Fails every request with the reason the settings cannot be used."""

    def __init__(self, reason: str) -> None:
        self._reason = reason

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise NetworkSettingsError(self._reason)


class RoutingTransport(httpx.AsyncBaseTransport):
    """Sends loopback requests directly and the others as the environment says."""

    def __init__(self, environ_proxies: dict[str, str] | None = None) -> None:
        context, tls_problem = tls_context()
        self._direct = httpx.AsyncHTTPTransport(verify=context, trust_env=False)
        self._proxies = urllib.request.getproxies() if environ_proxies is None \
            else environ_proxies
        self._by_scheme: dict[str, httpx.AsyncBaseTransport] = {}
        problem = tls_problem
        for scheme in ("http", "https"):
            name, url = next(((f"{key.upper()}_PROXY", self._proxies[key])
                              for key in (scheme, "all") if self._proxies.get(key)),
                             ("", ""))
            if not url or problem:
                continue
            try:
                self._by_scheme[scheme] = _proxy_transport(name, url, context)
            except NetworkSettingsError as exc:
                problem = str(exc)
        self._unusable = _UnusableTransport(problem) if problem else None

    def _transport_for(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        host = url.host
        if is_loopback(host):
            return self._direct
        if self._unusable is not None:
            return self._unusable
        if _bypassed(host, self._proxies.get("no", "")):
            return self._direct
        return self._by_scheme.get(url.scheme, self._direct)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send *request* on the transport its host calls for."""
        return await self._transport_for(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        """Close every connection pool."""
        await self._direct.aclose()
        for transport in {id(t): t for t in self._by_scheme.values()}.values():
            await transport.aclose()
