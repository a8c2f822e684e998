"""The API object's conventions: readable operation ids (``application_create``, the
handler's name, which the generated clients use as function names) and 4xx responses
declared as ``application/problem+json``, the media type they are sent with."""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI

from interviews.api import problems


class TrackerAPI(NinjaAPI):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        problems.install(self)

    def get_openapi_operation_id(self, operation) -> str:
        return operation.view_func.__name__

    def get_openapi_schema(self, *args: Any, **kwargs: Any):
        schema = super().get_openapi_schema(*args, **kwargs)
        for path in schema["paths"].values():
            for operation in path.values():
                for status, answer in operation.get("responses", {}).items():
                    content = answer.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        content[problems.CONTENT_TYPE] = content.pop("application/json")
        return schema
