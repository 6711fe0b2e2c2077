"""Files become article text, or a clear message; never a crash."""

from __future__ import annotations

import io
import zipfile

import pytest

from briefings.ingestion.readers import Limits, UnreadableFile, read_document, read_text


def test_utf8_text_is_kept_exactly():
    text = "كلبجار وأغدام ولاتشين\nسطر ثان"
    assert read_document("a.txt", text.encode()).text == text


def test_byte_order_mark_and_windows_line_ends_are_removed():
    result = read_document("a.txt", "\ufeffBaku\r\nYerevan".encode())
    assert result.text == "Baku\nYerevan"
    assert result.title == "Baku"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "no article text"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("latin1.txt", "Kəlbəcər café".encode("latin-1", "replace") + b"\xe9\xff", "not valid UTF-8"),
        ("image.png", b"\x89PNG....", "unsupported file type"),
        ("broken.docx", b"not a zip", "not a valid .docx"),
        ("broken.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
    ],
)
def test_bad_files_get_a_clear_message(name, data, message):
    with pytest.raises(UnreadableFile, match=message):
        read_document(name, data)


def test_file_over_the_size_limit_is_refused_with_both_sizes():
    with pytest.raises(UnreadableFile, match=r"2\.0 MB, over the 1\.0 MB limit"):
        read_document("big.txt", b"a" * (2 * 1024 * 1024), limits=Limits(max_bytes=1024 * 1024))


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_become_lines():
    result = read_document("note.docx", _docx(["Aghdam handed over", "أغدام"]))
    assert result.text == "Aghdam handed over\nأغدام"


def test_docx_zip_bomb_is_refused_before_inflating():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024  # small on disk
    with pytest.raises(UnreadableFile, match="would expand to 60.0 MB"):
        read_document("bomb.docx", data)


def test_html_keeps_the_article_and_drops_scripts_and_menus():
    html = """<html><head><title>Lachin corridor</title><script>alert(1)</script></head>
    <body><nav>Home | World</nav><article><h1>Peacekeepers deploy</h1><p>Russian <b>troops</b> entered
    the Lachin corridor.</p></article><footer>© outlet</footer></body></html>"""
    result = read_document("page.html", html.encode())
    assert result.text == "Peacekeepers deploy\nRussian troops entered the Lachin corridor."
    assert result.title == "Lachin corridor"
    assert "alert" not in result.text


def test_pasted_text_must_not_be_empty():
    with pytest.raises(UnreadableFile, match="empty"):
        read_text("   ")
