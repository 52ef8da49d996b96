"""The countries and regions antidep records statuses and brands for (standard library only, cheap to import)."""

from __future__ import annotations

# EU member states, for national authorisations and brands (EU itself means a central authorisation).
MEMBER_STATES = frozenset(
    {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT"}
    | {"LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
)
COUNTRIES = frozenset({"US", "UK", "EU", "CA", "AU", "JP"}) | MEMBER_STATES
