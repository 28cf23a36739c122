"""How a profile is named in the switcher and the profile list."""

from __future__ import annotations

from ...store.profiles import Profile
from ..i18n import translate


def profile_label(profile: Profile) -> str:
    """How a profile is named in lists: a sandbox profile says it sends nothing for real, and
    eSMS's own test mode shows when it is on."""
    if profile.uses_sandbox:
        label = translate("ProfileManagerDialog", "{profile} (built-in sandbox, test only)")
    else:
        label = "{profile}"
    if profile.esms_test_mode:
        label += translate("ProfileManagerDialog", " · eSMS test mode")
    return label.format(profile=profile.name)
