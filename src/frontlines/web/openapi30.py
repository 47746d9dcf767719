"""Our OpenAPI document in the 3.0 dialect it declares.

FastAPI writes JSON Schema 2020-12 (OpenAPI 3.1) constructs, but the app states
3.0.3 because the offline Swagger UI we ship reads only 3.0.x. Tools that check the
document against 3.0 (the API fuzz test's schemathesis) reject 3.1 forms, so they
are rewritten to their 3.0 equivalents: numeric ``exclusiveMinimum`` /
``exclusiveMaximum`` become ``minimum`` / ``maximum`` with a boolean flag, and an
``anyOf`` with ``{"type": "null"}`` becomes ``nullable``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["as_openapi_30"]


def as_openapi_30(node: Any) -> Any:
    """``node`` (a whole document or any part) with 3.1-only forms rewritten, in place."""
    if isinstance(node, list):
        for item in node:
            as_openapi_30(item)
        return node
    if not isinstance(node, dict):
        return node
    for bound, flag in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = node.get(bound)
        if isinstance(value, int | float) and not isinstance(value, bool):
            node[flag] = value
            node[bound] = True
    options = node.get("anyOf")
    if isinstance(options, list) and {"type": "null"} in options:
        rest = [o for o in options if o != {"type": "null"}]
        node.pop("anyOf")
        if len(rest) == 1 and isinstance(rest[0], dict) and "$ref" not in rest[0]:
            node.update(rest[0])
        else:
            node["anyOf"] = rest
        node["nullable"] = True
    if node.get("type") == "null":
        node.pop("type")
        node["nullable"] = True
    for value in node.values():
        as_openapi_30(value)
    return node
