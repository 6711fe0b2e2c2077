"""The public pages' cache: whole rendered pages, keyed by a generation that approval bumps.

Public pages are the same for every reader, so a rendered page is cached per (path with
its query, language, htmx target). The map's query string carries the "as of" date, so
this is the cache per (conflict, date, language) the design asks for. Instead of finding
every key a change touches, `public_cache_invalidate()` moves to a new generation: old
entries are never read again and expire on their own.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from functools import wraps

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.text import compress_string
from django.utils.translation import get_language

GENERATION_KEY = "public:generation"
PAGE_TIMEOUT = 60 * 60 * 24
# Browsers and proxies may keep a page briefly; the server-side cache is what invalidation clears.
CLIENT_MAX_AGE = 60
MIN_COMPRESS_BYTES = 200  # as GZipMiddleware: smaller bodies grow when compressed
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def public_cache_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        # add() so two processes starting together agree on one generation.
        if not cache.add(GENERATION_KEY, generation, None):
            generation = cache.get(GENERATION_KEY) or generation
    return generation


def public_cache_invalidate() -> None:
    """Call after a claim is approved or rejected, or a briefing published or withdrawn."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _page_key(request: HttpRequest) -> str:
    target = request.headers.get("HX-Target", "") if request.headers.get("HX-Request") else ""
    raw = f"{request.get_full_path()}|{get_language()}|{target}"
    return f"public:page:{public_cache_generation()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def cached_public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve GET/HEAD from the cache; store successful responses of the view."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        key = _page_key(request)
        gzip_ok = bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))
        stored = cache.get(f"{key}:{'gzip' if gzip_ok else 'identity'}")
        if stored is None:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            if response.status_code != 200:
                return _public_headers(response)
            variants = _variants(response)
            cache.set_many({f"{key}:{encoding}": value for encoding, value in variants.items()}, PAGE_TIMEOUT)
            stored = variants["gzip" if gzip_ok else "identity"]
        return _public_headers(_from_stored(stored))

    return wrapper


def _variants(response: HttpResponse) -> dict[str, tuple]:
    """The body as sent to clients with and without gzip, stored under separate keys.

    Compressed once here rather than by GZipMiddleware on every hit (compressing a 200 KB
    page again each time was most of the cost of a cached page), and kept apart so a hit
    unpickles only the variant it sends.
    """
    content, headers = response.content, dict(_extra_headers(response))
    identity = (content, "", response["Content-Type"], headers)
    if len(content) < MIN_COMPRESS_BYTES:
        return {"identity": identity, "gzip": identity}
    return {"identity": identity, "gzip": (compress_string(content), "gzip", response["Content-Type"], headers)}


def _from_stored(stored: tuple) -> HttpResponse:
    content, encoding, content_type, headers = stored
    response = HttpResponse(content, content_type=content_type)
    if encoding:
        response["Content-Encoding"] = encoding
    for name, value in headers.items():
        response[name] = value
    return response


def _extra_headers(response: HttpResponse):
    for name in ("Content-Disposition", "HX-Push-Url"):
        if response.has_header(name):
            yield name, response[name]


def _public_headers(response: HttpResponse) -> HttpResponse:
    patch_vary_headers(response, ("HX-Request", "HX-Target", "Accept-Encoding"))
    patch_cache_control(response, public=True, max_age=CLIENT_MAX_AGE)
    return response
