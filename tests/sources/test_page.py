import datetime as dt

from detente.sources import read

from .conftest import RESOURCES


def read_one(name):
    docs = list(read([RESOURCES / name]))
    assert len(docs) == 1
    return docs[0]


def test_article_main_text_and_metadata():
    doc = read_one("article.html")
    assert doc.kind == "html"
    assert doc.title == "Norway and Chile agree on krill quotas"
    assert doc.source == "Harbour Ledger"
    assert doc.url == "https://ledger.example.org/2019/04/krill-quotas"
    assert doc.date == dt.date(2019, 4, 17) and doc.date_source == "metadata"
    assert doc.text.startswith("The fisheries ministers of Norway and Chile")
    for chrome in ("Home", "ferry tickets", "Recently Viewed", "Weather for", "©", "Privacy"):
        assert chrome not in doc.text
    assert doc.language == "en"


def test_time_tag_date():
    doc = read_one("timetag.html")
    assert doc.date == dt.date(2021, 11, 2) and doc.date_source == "metadata"
    assert doc.source == "Coast Daily"


def test_no_metadata_date_is_never_guessed():
    doc = read_one("dateline.html")
    # The dateline has no year and a page gives no publication context: unknown.
    assert doc.date is None and doc.date_source == "unknown"
    assert doc.title == "Talks on river water resume"
    assert doc.text.startswith("DHAKA, Oct. 9")


def test_pasted_mail_in_html():
    doc = read_one("pasted_mail.html")
    assert doc.title == "Finland and Estonia Plan a Rail Tunnel"
    assert doc.date == dt.date(2014, 6, 4) and doc.date_source == "header"
    assert doc.source == "Baltic Brief"
    assert doc.text.startswith("Finland and Estonia announced on Tuesday")
    for chrome in ("Recently Viewed", "Posted on", "©", "PasteBoardHub", "0800 GMT"):
        assert chrome not in doc.text


def test_meta_charset_is_honoured(tmp_path):
    page = (
        "<html><head><meta charset='windows-1251'><title>Вести</title></head><body><article>"
        "<p>Москва и Минск подписали соглашение о торговле во вторник.</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("windows-1251"))
    doc = list(read([path]))[0]
    assert "Москва и Минск" in doc.text
    assert doc.language is None
