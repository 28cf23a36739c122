"""The long-lived parts a window or a CLI command needs, and where a profile sends.

`AppServices` makes profiles, secrets, the in-process sandbox, the one HTTP client and the
history when first used. `make_route` decides where a request goes (the profile's
endpoint, or the embedded sandbox started on demand) and which keys it carries
(environment, keyring, or the sandbox's demo keys).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.body import remember_secret
from ..domain.demo import DEMO_API_KEY, DEMO_CALLBACK_URL, DEMO_OAIDS, DEMO_SECRET_KEY
from ..domain.endpoint import DEFAULT_STATUS_URL, Timeouts
from ..domain.errors import EsmsAnswerError, SecretsError
from ..domain.model import Account
from ..store.profiles import (
    SANDBOX_ENDPOINT,
    SANDBOX_PROFILE_NAME,
    Profile,
    ProfileBook,
)

if TYPE_CHECKING:
    # httpx, the client, the sandbox, SQLite and the keyring are imported when first used:
    # the first window needs none of them (start-up time and memory).
    import httpx

    from ..domain.lifecycle import Observation
    from ..esms.client import EsmsClient
    from ..esms.queries import EsmsQueries, OfficialAccount
    from ..sandbox import Sandbox
    from ..store.history import History
    from ..store.secrets import SecretStore
    from .follow import Followed, FollowUp, OnChange

logger = logging.getLogger(__name__)

API_KEY_ENV = "ESMS_API_KEY"
SECRET_KEY_ENV = "ESMS_SECRET_KEY"


def sandbox_profile() -> Profile:
    """The profile a new user starts with: the embedded sandbox, no account needed, and a
    CallbackUrl so that Zalo's reason for a failure comes back (GetCallback)."""
    return Profile(
        name=SANDBOX_PROFILE_NAME, oaid=next(iter(DEMO_OAIDS)), endpoint=SANDBOX_ENDPOINT,
        callback_url=DEMO_CALLBACK_URL,
    )


def ensure_profiles(book: ProfileBook) -> bool:
    """On the first start (no profiles), create and save the Sandbox profile. True if created."""
    if book.profiles:
        return False
    book.put(sandbox_profile())
    book.active = SANDBOX_PROFILE_NAME
    book.save()
    logger.info("Created the %s profile", SANDBOX_PROFILE_NAME)
    return True


def secrets_from_env(env: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """ApiKey and SecretKey from ESMS_API_KEY / ESMS_SECRET_KEY, when both are set."""
    env = os.environ if env is None else env
    api_key, secret_key = env.get(API_KEY_ENV, ""), env.get(SECRET_KEY_ENV, "")
    if not (api_key and secret_key):
        return None
    remember_secret(api_key)
    remember_secret(secret_key)
    return api_key, secret_key


class SandboxHost:
    """The in-process sandbox, started on a free loopback port the first time it is needed."""

    def __init__(self) -> None:
        self._sandbox: Sandbox | None = None

    @property
    def running(self) -> Sandbox | None:
        """The sandbox if it has been started."""
        return self._sandbox

    def base_url(self) -> str:
        """The sandbox's base URL, starting it if needed."""
        if self._sandbox is None:
            from ..sandbox import Sandbox

            self._sandbox = Sandbox().start()
            logger.info("Sandbox started at %s", self._sandbox.base_url)
        return self._sandbox.base_url

    def status_url(self) -> str:
        """The sandbox's GetCallback URL, starting it if needed."""
        self.base_url()
        assert self._sandbox is not None
        return self._sandbox.status_url

    def stop(self) -> None:
        """Stop the sandbox if it runs."""
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None


@dataclass(frozen=True)
class Route:
    """Where and as whom a send goes."""

    profile: Profile
    account: Account
    base_url: str
    timeouts: Timeouts
    status_url: str = DEFAULT_STATUS_URL
    """Where GetCallback is asked (the profile's, an override, or the sandbox's own)."""


def make_route(
    profile: Profile,
    secrets: SecretStore,
    sandbox: SandboxHost,
    *,
    endpoint: str | None = None,
    env_secrets: tuple[str, str] | None = None,
    timeout: float | None = None,
    status_url: str | None = None,
) -> Route:
    """Resolve a profile into a route. Keys come from *env_secrets* when given, the demo keys
    for the sandbox, else the keyring. Raises SecretsError when a profile has no keys."""
    use_sandbox = endpoint is None and profile.uses_sandbox
    if env_secrets is not None:
        api_key, secret_key = env_secrets
    elif use_sandbox:
        api_key, secret_key = DEMO_API_KEY, DEMO_SECRET_KEY
    else:
        stored = secrets.load(profile.name)
        if stored is None:
            raise SecretsError(
                f"Profile “{profile.name}” has no ApiKey/SecretKey yet. Add them in the profile "
                f"dialog, or with: zalo-composer profile set-secrets {profile.name!r}"
            )
        api_key, secret_key = stored.api_key, stored.secret_key
    base_url = sandbox.base_url() if use_sandbox else (endpoint or profile.endpoint)
    timeouts = (Timeouts(timeout, timeout) if timeout
                else Timeouts(profile.connect_timeout, profile.read_timeout))
    account = Account(profile.oaid, api_key, secret_key, profile.callback_url,
                      profile.esms_test_mode)
    if status_url is None:
        status_url = (sandbox.status_url() if use_sandbox
                      else profile.status_url or DEFAULT_STATUS_URL)
    return Route(profile, account, base_url, timeouts, status_url)


class AppServices:
    """The long-lived parts a window needs, made when first used (not at start-up):
    profiles, secrets, the in-process sandbox, the one HTTP client and the history."""

    def __init__(
        self,
        book: ProfileBook | None = None,
        secrets: SecretStore | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.book = book if book is not None else ProfileBook.load_or_recover()
        ensure_profiles(self.book)
        if secrets is None:
            from ..store.secrets import SecretStore

            secrets = SecretStore()
        self.secrets = secrets
        self.sandbox = SandboxHost()
        self._transport = transport
        self._http: httpx.AsyncClient | None = None
        self._history: History | None = None
        self._follow: FollowUp | None = None
        self.follow_listeners: list[OnChange] = []
        """Told of each change the follow-up learns (the window's results, History)."""

    @property
    def history(self) -> History:
        """The send history (opened on first use; that also marks rows a crash left
        unfinished as "outcome unknown")."""
        if self._history is None:
            from ..store.history import History

            self._history = History.open()
        return self._history

    def queries(self) -> EsmsQueries:
        """Balance, status and OA-list calls on the same HTTP client."""
        from ..esms.queries import EsmsQueries

        self.client()
        assert self._http is not None
        return EsmsQueries(self._http)

    def client(self) -> EsmsClient:
        """The eSMS client on the program's one `httpx.AsyncClient` (made on first use)."""
        from ..esms.client import EsmsClient, make_http_client

        if self._http is None:
            self._http = make_http_client(self._transport)
        return EsmsClient(self._http)

    def follow_up(self) -> FollowUp:
        """The one follow-up of accepted messages (made on first use), reporting to
        `follow_listeners`."""
        if self._follow is None:
            from .follow import FollowUp

            self._follow = FollowUp(self.queries(), self._route_named, self.history,
                                    on_change=self._on_follow_change)
        return self._follow

    def resume_follow_up(self) -> int:
        """At start: follow again History's sends still waiting (up to 7 days old)."""
        return len(self.follow_up().resume(self.history.waiting()))

    def _route_named(self, name: str) -> Route:
        return self.route(self.book.get(name))

    def _on_follow_change(self, item: Followed, observed: Observation) -> None:
        for listener in list(self.follow_listeners):
            listener(item, observed)

    def route(self, profile: Profile) -> Route:
        """Where and as whom *profile* sends (starts the sandbox if it uses it)."""
        return make_route(profile, self.secrets, self.sandbox)

    async def aclose(self) -> None:
        """Close the HTTP client and stop the sandbox (at quit)."""
        if self._follow is not None:
            await self._follow.stop()
            self._follow = None
        if self._http is not None:
            await self._http.aclose()
            self._http = None
        self.sandbox.stop()
        if self._history is not None:
            self._history.close()
            self._history = None


async def fetch_official_accounts(
    services: AppServices, profile: Profile, api_key: str = "", secret_key: str = "",
) -> list[OfficialAccount]:
    """The OAs of *profile*'s account (ZNS/GetListZOA), with the keys typed (or, when none
    are, the stored ones). Raises ZaloComposerError with a plain reason."""
    from ..domain.codes import ACCEPTED, describe_code

    route = make_route(profile, services.secrets, services.sandbox,
                       env_secrets=(api_key, secret_key) if api_key and secret_key else None)
    code, accounts = await services.queries().official_accounts(
        route.base_url, route.account.api_key, route.account.secret_key, route.timeouts)
    if code != ACCEPTED:
        raise EsmsAnswerError(f"eSMS answered {code}: {describe_code(code)}.")
    if not accounts:
        raise EsmsAnswerError("eSMS lists no Official Account for these keys.")
    return accounts
