"""What a person reads instead of ids: actor names, country names, event types in words,
numbers with separators, and links that change one filter and keep the others.

The store keeps ids (``islamic_state``, ``IQ``, ``non_state_overtakes_territory``);
pages show "Islamic State", "Iraq", "Non-state overtakes territory", and keep the
id in the URL so filters stay exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request

from frontlines.resolve.place.countries import countries
from frontlines.vocab.actors import ActorDictionary

__all__ = ["Names", "claim_value", "href", "number", "precision", "web_url", "words"]


def words(value: str | None) -> str:
    """``non_state_overtakes_territory`` -> "Non-state overtakes territory"."""
    if not value:
        return ""
    text = value.replace("_", " ").replace("non state", "non-state")
    return text[:1].upper() + text[1:]


def number(value: Any) -> str:
    """1234 -> "1,234"; a float without a fraction loses its ".0"; None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.4g}"
    return f"{value:,}" if isinstance(value, int) else str(value)


_CHANGE = {"=": "", "~": "about ", "<": "less than ", ">": "more than ", "up": "up ",
           "down": "down "}  # fmt: skip


def claim_value(claim: Any) -> str:
    """A claim's figure (its JSON or the ``Claim``) as a sentence would say it: "less than
    500,000", "35 %", "20,000–30,000" (never "< 500000.0 count")."""
    if not isinstance(claim, dict):
        claim = claim.__dict__
    value, lower, upper = claim.get("value"), claim.get("lower"), claim.get("upper")
    if value is not None:
        figure = number(value)
    elif lower is not None and upper is not None:
        figure = f"{number(lower)}–{number(upper)}"
    elif upper is not None:
        figure = "at most " + number(upper)
    elif lower is not None:
        figure = "at least " + number(lower)
    else:
        figure = "?"
    unit = claim.get("unit") or ""
    unit = " %" if unit in {"percent", "%"} else "" if unit in {"count", ""} else " " + words(
        unit).lower()  # fmt: skip
    return _CHANGE.get(claim.get("change") or "=", "") + figure + unit


def precision(geo_precision: int | None, feature_code: str | None) -> str:
    """How exactly a place is known, in the words the map's legend uses: a country or
    province centroid is not a town, and must not look like one."""
    code = feature_code or ""
    if code.startswith("PCL"):
        return "country"
    if code == "ADM1" or geo_precision == 3:
        return "province"
    if code.startswith("ADM") or geo_precision == 2:
        return "district"
    return "town" if geo_precision == 1 or code.startswith("PPL") else "unknown"


def web_url(url: str | None) -> str:
    """An article's original address if it is a web address, else "": a stored
    ``javascript:`` or ``data:`` URL must never become a link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return ""


def href(path: str, asked: dict[str, str], **changes: Any) -> str:
    """``path`` with the request's filters ``asked``, ``changes`` applied (None or ""
    removes one); the page offset is dropped unless given, as a new filter starts at 1."""
    params = {k: v for k, v in asked.items() if k != "offset"}
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return path + ("?" + urlencode(params) if params else "")


@dataclass(frozen=True)
class Names:
    """Names for the ids of one server (its actor dictionary)."""

    actors: ActorDictionary

    @classmethod
    def of(cls, request: Request) -> Names:
        return cls(request.app.state.actors)

    def actor(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        known = self.actors.get(actor_id)
        return known.name if known else actor_id

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        known = countries().get(code.upper())
        return known.name if known else code

    def event_item(self, item: dict[str, Any]) -> dict[str, Any]:
        """A merged event's JSON with what a reader needs beside the ids: actor and
        country names and how exactly its place is known (what popups and tables show)."""
        return item | {
            "actor1_name": self.actor(item.get("actor1")) or None,
            "actor2_name": self.actor(item.get("actor2")) or None,
            "country_name": self.country(item.get("country")) or None,
            "precision": precision(item.get("geo_precision"), item.get("feature_code")),
        }

    def facet(self, facet: str, value: str) -> str:
        """A facet value as read: actor and country names, types in words."""
        if facet == "actor":
            return self.actor(value)
        if facet == "country":
            return self.country(value)
        if facet == "type":
            return words(value)
        return value
