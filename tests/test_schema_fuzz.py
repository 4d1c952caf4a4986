"""schemathesis against the API's own /openapi.json: no 5xx, every response matches the schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from liqaa.settings import Settings
from service.app import create_app


@pytest.fixture
def api_schema(settings: Settings):  # type: ignore[no-untyped-def]
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(settings))


# /readyz answers 503 by design here: these tests start no worker
schema = schemathesis.pytest.from_fixture("api_schema").exclude(path="/readyz")


@schema.parametrize()
@hypothesis_settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate()
