"""The upload page: an editor stores articles; bad input gets a message and stores nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from briefings.models import Article, ArticleStatus
from tests.conftest import celery_broker, free_port

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
pytestmark = pytest.mark.django_db


def upload(client, **data):
    return client.post(reverse("briefings:upload"), data, follow=False)


def test_anonymous_reader_is_sent_to_log_in(client):
    response = client.get(reverse("briefings:upload"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_upload_page_offers_paste_and_files(editor_client):
    page = editor_client.get(reverse("briefings:upload")).content.decode()
    assert 'name="text"' in page and 'type="file"' in page and "multiple" in page


def test_pasted_article_is_stored_queued_and_shown(editor_client, editor):
    text = (ARTICLES / "ar_agreement.txt").read_text()
    response = upload(editor_client, text=text, source_name="Enab Baladi", published="2021-01-25")
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("briefings:article", args=[article.id])
    assert article.status == ArticleStatus.QUEUED
    assert article.text == text.replace("\r\n", "\n")
    assert article.uploaded_by == editor and article.source_name == "Enab Baladi"
    assert str(article.published) == "2021-01-25"


def test_same_text_twice_links_to_the_stored_article(editor_client):
    text = (ARTICLES / "en_agreement.txt").read_text()
    upload(editor_client, text=text)
    response = upload(editor_client, text=text.replace("\n", "\r\n") + "\n")
    assert Article.objects.count() == 1
    assert response["Location"] == reverse("briefings:article", args=[Article.objects.get().id])
    page = editor_client.get(response["Location"]).content.decode()
    assert "already uploaded" in page


def test_several_files_make_one_batch_with_progress(editor_client):
    files = [
        SimpleUploadedFile(f"{name}.txt", (ARTICLES / f"{name}.txt").read_bytes()) for name in ("ar_agreement", "en_agreement")
    ]
    response = upload(editor_client, files=files)
    assert Article.objects.count() == 2
    batch_id = Article.objects.first().batch_id
    assert response["Location"].endswith(f"?batch={batch_id}")
    page = editor_client.get(response["Location"]).content.decode()
    assert "0 of 2 files processed" in page


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary file"),
        ("bad.txt", b"Aghdam \xff\xfe handed", "not valid UTF-8"),
    ],
)
def test_bad_file_gets_a_message_and_stores_nothing(editor_client, name, data, message):
    response = upload(editor_client, files=[SimpleUploadedFile(name, data)])
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def zip_bomb() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (80 * 1024 * 1024))
    return buffer.getvalue()


def test_docx_zip_bomb_is_refused_on_the_page(editor_client):
    response = upload(editor_client, files=[SimpleUploadedFile("bomb.docx", zip_bomb())])
    assert response.status_code == 400
    assert "bomb.docx: the .docx would expand to 80.0 MB (limit 50.0 MB); refusing it." in response.content.decode()
    assert Article.objects.count() == 0


def test_docx_article_is_stored_as_text(editor_client):
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Armenia hands Aghdam to Azerbaijan")
    document.add_paragraph("The handover is due on 20 November.")
    buffer = io.BytesIO()
    document.save(buffer)
    upload(editor_client, files=[SimpleUploadedFile("aghdam.docx", buffer.getvalue())])
    article = Article.objects.get()
    assert article.text == "Armenia hands Aghdam to Azerbaijan\nThe handover is due on 20 November."
    assert article.title == "Armenia hands Aghdam to Azerbaijan" and article.original_filename == "aghdam.docx"


def test_file_over_the_limit_is_refused(editor_client, settings):
    settings.FAULTLINE_MAX_UPLOAD_BYTES = 1024
    response = upload(editor_client, files=[SimpleUploadedFile("long.txt", b"Kalbajar " * 200)])
    assert response.status_code == 400
    assert "long.txt: the file is 1.8 KB, over the 1.0 KB limit" in response.content.decode()
    assert Article.objects.count() == 0


def test_too_many_files_is_refused_before_reading_any(editor_client, settings):
    settings.FAULTLINE_MAX_FILES_PER_UPLOAD = 2
    files = [SimpleUploadedFile(f"{i}.txt", f"Article {i} about Lachin".encode()) for i in range(3)]
    response = upload(editor_client, files=files)
    assert response.status_code == 400
    assert "upload at most 2 at a time" in response.content.decode()
    assert Article.objects.count() == 0


def test_good_files_are_kept_when_another_in_the_upload_is_bad(editor_client):
    files = [SimpleUploadedFile("good.txt", (ARTICLES / "en_agreement.txt").read_bytes()), SimpleUploadedFile("bad.txt", b"")]
    response = upload(editor_client, files=files)
    page = response.content.decode()
    assert "bad.txt: the file is empty" in page and "These were stored" in page
    assert Article.objects.count() == 1


def test_upload_succeeds_while_the_broker_is_down(editor_client, django_capture_on_commit_callbacks):
    dead_broker = f"redis://127.0.0.1:{free_port()}/0"
    with celery_broker(dead_broker), django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = upload(editor_client, text=(ARTICLES / "en_agreement.txt").read_text())
    assert len(callbacks) == 1  # the job was offered to the broker after the commit
    assert response.status_code == 302
    assert Article.objects.get().status == ArticleStatus.QUEUED


def test_queue_lists_articles_and_polls_until_final(editor_client):
    upload(editor_client, text=(ARTICLES / "en_agreement.txt").read_text())
    page = editor_client.get(reverse("briefings:queue")).content.decode()
    assert "Azerbaijani troops enter Kalbajar" in page and 'hx-trigger="every 2s"' in page
    assert '<noscript><meta http-equiv="refresh"' in page  # without JavaScript the page reloads itself
    Article.objects.update(status=ArticleStatus.EXTRACTED)
    response = editor_client.get(reverse("briefings:queue"), headers={"HX-Request": "true"})
    assert response.status_code == 286  # htmx stops polling
    assert "hx-trigger" not in response.content.decode()


def test_failed_article_shows_its_error_and_can_run_again(editor_client):
    upload(editor_client, text="Lachin corridor reopened")
    article = Article.objects.get()
    Article.objects.update(status=ArticleStatus.FAILED, error="Extraction failed: boom")
    page = editor_client.get(reverse("briefings:queue")).content.decode()
    assert "Extraction failed: boom" in page and "Run again" in page
    editor_client.post(reverse("briefings:article_retry", args=[article.id]))
    article.refresh_from_db()
    assert article.status == ArticleStatus.QUEUED and article.error == ""


def test_a_signed_in_user_without_a_newsroom_role_is_refused(client, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="reader", password="pw"))
    assert client.get(reverse("briefings:upload")).status_code == 403
    assert client.get(reverse("briefings:queue")).status_code == 403


def test_arabic_desk_explains_a_bad_file_in_arabic(editor_client):
    editor_client.cookies["django_language"] = "ar"
    response = upload(editor_client, files=[SimpleUploadedFile("فارغ.txt", b"")])
    page = response.content.decode()
    assert response.status_code == 400 and '<html lang="ar" dir="rtl">' in page
    assert "فارغ.txt: الملف فارغ." in page


def test_arabic_queue_shows_counts_in_arabic_digits(editor_client):
    files = [
        SimpleUploadedFile(f"{name}.txt", (ARTICLES / f"{name}.txt").read_bytes()) for name in ("ar_agreement", "en_agreement")
    ]
    response = upload(editor_client, files=files)
    editor_client.cookies["django_language"] = "ar"
    page = editor_client.get(response["Location"]).content.decode()
    assert "عولج ٠ من ٢ ملفات" in page
