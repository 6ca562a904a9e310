"""Property-based test over the OpenAPI schema (schemathesis): no request makes the server fail (5xx),
and every response matches the schema (status codes, bodies). Few examples per operation, so it stays
around half a minute; POST /api/code runs the real pipeline on generated text."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from multipolar.web.app import create_app
from multipolar.web.settings import ServeSettings
from tests.web.conftest import write_store

pytestmark = pytest.mark.slow  # about 30 s of CPU: the coder runs on generated text

#: Examples per API operation (hypothesis); raise it locally for a deeper run.
EXAMPLES = 12


def _app():
    import tempfile
    from pathlib import Path

    db = write_store(Path(tempfile.mkdtemp(prefix="multipolar-schema-")) / "events.duckdb")
    return create_app(ServeSettings(db=db))


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schemathesis.serializer("application/x-ndjson")
def _ndjson(ctx, value):
    """POST /api/documents takes JSON Lines (a string in the schema)."""
    return value.encode("utf-8") if isinstance(value, str) else b""


@schemathesis.hook
def filter_query(ctx, query):
    """'from' after 'to' is a 400 that the schema cannot express (two parameters): not generated."""
    return not (query and query.get("from") and query.get("to") and str(query["from"]) > str(query["to"]))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_schema(case):
    case.call_and_validate()
