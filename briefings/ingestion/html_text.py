"""Reduce an HTML page to its article text with the standard library's parser.

Scripts, styles and page furniture are dropped; nothing from the page is ever rendered.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_WHITESPACE = re.compile(r"\s+")

SKIPPED = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "iframe", "head"}
BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "pre",
    "figcaption",
}


class _ArticleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._article_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in SKIPPED:
            self._skip_depth += 1
        if tag == "article":
            self._article_depth += 1
            if self.article_parts is None:
                self.article_parts = []
        if tag in BLOCKS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        if tag in BLOCKS:
            self._emit("\n")
        if tag == "article" and self._article_depth:
            self._article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if not self._skip_depth:
            # In HTML a line break in the source is just a space; blocks make the lines.
            self._emit(_WHITESPACE.sub(" ", data))

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self._article_depth and self.article_parts is not None:
            self.article_parts.append(text)


def html_to_text(html: str) -> tuple[str, str]:
    """Return (text, title). Prefer the <article> element when the page has one."""
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    chosen = parser.article_parts if parser.article_parts else parser.parts
    return _tidy("".join(chosen)), " ".join("".join(parser.title_parts).split())


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n".join(paragraphs)
