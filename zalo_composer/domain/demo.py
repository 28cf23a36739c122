"""The sandbox's demo account: public values (not secrets) that the sandbox accepts and the
Sandbox profile sends with."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

DEMO_API_KEY = "sandbox-demo-api-key"
"""The sandbox's built-in ApiKey: a public demo value, not a secret."""
DEMO_SECRET_KEY = "sandbox-demo-secret-key"
"""The sandbox's built-in SecretKey: a public demo value, not a secret."""
DEMO_OAIDS: Mapping[str, str] = MappingProxyType({"1234567890123456789": "Sandbox OA"})
"""OAID → name of the Official Accounts the demo account owns."""
