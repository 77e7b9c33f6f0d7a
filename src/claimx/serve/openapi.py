"""The OpenAPI 3.1 description of ``claimx serve``'s API (``GET /openapi.json``).

The record's schema is ``claimx schema``'s own (``claimx.schema``), so the description follows
the records as they change.
"""

from __future__ import annotations

from typing import Any

from claimx import __version__
from claimx.inputs import format_size
from claimx.schema import json_schema

_RECORD = {"$ref": "#/components/schemas/ArticleRecord"}
_ERROR_REF = {"$ref": "#/components/schemas/Error"}
_HEALTH_REF = {"$ref": "#/components/schemas/Health"}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR_REF}}}


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


def openapi(max_bytes: int) -> dict[str, Any]:
    record = json_schema()
    record.pop("$schema", None)
    date = {"type": "string", "format": "date", "example": "2026-03-05"}
    article = {
        "type": "object",
        "required": ["text"],
        "additionalProperties": False,
        "properties": {
            "text": {"type": "string", "description": "The article: plain text, or a page's HTML."},
            "published": {
                **date,
                "type": ["string", "null"],
                "description": "Publication date, for resolving relative dates.",
            },
            "id": {"type": ["string", "null"], "description": "The record's input (else '-')."},
            "input_format": {
                "enum": ["auto", "text", "html"],
                "default": "auto",
                "description": "auto: HTML if it starts <!doctype html or <html.",
            },
        },
    }
    form = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "file": {"type": "string", "format": "binary", "description": "A .txt or .html file."},
            "published": date,
            "id": {"type": "string"},
            "input_format": {"enum": ["auto", "text", "html"]},
        },
    }
    limit = format_size(max_bytes)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "claimx",
            "version": __version__,
            "description": "Attributed claims (who said what, through which cue), entities, dates "
            "and money figures in a news article: the records of `claimx extract`.",
        },
        "paths": {
            "/extract": {
                "post": {
                    "summary": "The record of one article (as `claimx extract --format json`)",
                    "parameters": [
                        _query(
                            "format",
                            "json: the record; html: the HTML report of it.",
                            {"enum": ["json", "html"], "default": "json"},
                        ),
                        _query(
                            "min_confidence",
                            "Only the claims at least this confident.",
                            {"type": "number", "minimum": 0, "maximum": 1, "default": 0},
                        ),
                        _query("published", "Publication date (a body's own field wins).", date),
                        _query("id", "The record's input, for a raw body.", {"type": "string"}),
                    ],
                    "requestBody": {
                        "required": True,
                        "description": f"At most {limit} (--max-size).",
                        "content": {
                            "application/json": {"schema": article},
                            "text/plain": {"schema": {"type": "string"}},
                            "text/html": {"schema": {"type": "string"}},
                            "multipart/form-data": {"schema": form},
                            "application/x-www-form-urlencoded": {"schema": form},
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The article's record (or its report, format=html).",
                            "content": {
                                "application/json": {"schema": _RECORD},
                                "text/html": {"schema": {"type": "string"}},
                            },
                        },
                        "400": _error("A malformed body or parameter."),
                        "408": _error("A body that stopped arriving (--body-timeout)."),
                        "413": _error(f"A body over {limit}."),
                        "415": _error("A body of another type."),
                        "422": _error("An article that could not be read or processed."),
                    },
                }
            },
            "/health": {
                "get": {
                    "summary": "The server is up: its model and version",
                    "responses": {
                        "200": {
                            "description": "Up.",
                            "content": {"application/json": {"schema": _HEALTH_REF}},
                        }
                    },
                }
            },
            "/schema": {
                "get": {
                    "summary": "The JSON Schema of a record (as `claimx schema`)",
                    "responses": {
                        "200": {
                            "description": "A JSON Schema.",
                            "content": {"application/json": {}},
                        }
                    },
                }
            },
            "/openapi.json": {
                "get": {
                    "summary": "This description",
                    "responses": {
                        "200": {"description": "OpenAPI 3.1.", "content": {"application/json": {}}}
                    },
                }
            },
            "/": {
                "get": {
                    "summary": "A page with a form to paste an article into",
                    "responses": {
                        "200": {"description": "The page.", "content": {"text/html": {}}}
                    },
                },
                "post": {
                    "summary": "The form's submission: the report, with the form for the next one",
                    "requestBody": {"content": {"multipart/form-data": {"schema": form}}},
                    "responses": {
                        "200": {"description": "The page.", "content": {"text/html": {}}}
                    },
                },
            },
        },
        "components": {
            "schemas": {
                "ArticleRecord": record,
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "string",
                            "description": "<input>: <problem> — <what to do>",
                        }
                    },
                },
                "Health": {
                    "type": "object",
                    "required": ["status", "model", "version"],
                    "properties": {
                        "status": {"const": "ok"},
                        "model": {"type": "string"},
                        "model_version": {"type": ["string", "null"]},
                        "version": {"type": "string"},
                        "workers": {"type": "integer"},
                    },
                },
            }
        },
    }
