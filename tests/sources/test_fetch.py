"""The safe fetcher: SSRF refusals, redirects, conditional requests, size and time bounds."""

import ipaddress
import time

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import SourceError
from detente.sources import fetch, inputs, read
from watch.feedserver import start

PUBLIC = "93.184.215.14"
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://wire.example/1</link>
<description>Peru and Chile signed a fisheries accord.</description></item>
</channel></rss>"""


@pytest.fixture
def server():
    state, httpd = start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def dns(monkeypatch, server):
    """Names resolve through ``answers``; sockets to PUBLIC reach the local server instead."""
    answers: dict[str, list[list[str]]] = {}
    lookups: list[str] = []
    connected: list[str] = []

    def resolve(host, port):
        lookups.append(host)
        replies = answers[host]
        return replies.pop(0) if len(replies) > 1 else replies[0]

    real_open = fetch.open_socket

    def open_socket(address, port, timeout):
        connected.append(address)
        if address != PUBLIC:
            raise AssertionError(f"connected to an unchecked address {address}")
        return real_open("127.0.0.1", server.port, timeout)

    monkeypatch.setattr(fetch, "resolve", resolve)
    monkeypatch.setattr(fetch, "open_socket", open_socket)
    return answers, lookups, connected


def public_url(server, path):
    return f"http://news.example:{server.port}{path}"


def test_local_server_is_read_when_private_addresses_are_allowed(server):
    url = server.serve("/feed", FEED)
    response = fetch.get(url, allow_private=True)
    assert response.status == 200 and response.body == FEED
    assert response.content_type == "application/rss+xml"
    assert response.etag == server.routes["/feed"].etag
    assert response.last_modified == server.routes["/feed"].last_modified


def test_loopback_is_refused_by_default_and_never_contacted(server):
    url = server.serve("/feed", FEED)
    with pytest.raises(SourceError, match="loopback") as info:
        fetch.get(url)
    assert info.value.origin == url
    assert server.requests == []


@pytest.mark.parametrize("validator", ["etag", "last_modified"])
def test_conditional_requests_answer_not_modified(server, validator):
    url = server.serve("/feed", FEED)
    first = fetch.get(url, allow_private=True)
    again = fetch.get(url, allow_private=True, **{validator: getattr(first, validator)})
    assert again.not_modified and again.body == b""
    header = {"etag": "If-None-Match", "last_modified": "If-Modified-Since"}[validator]
    assert server.requests[-1][1][header] == getattr(first, validator)
    server.serve("/feed", FEED + b" ")  # changed: new validators
    changed = fetch.get(url, allow_private=True, **{validator: getattr(first, validator)})
    assert changed.status == 200 and changed.body.endswith(b" ")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://2130706433/", "loopback"),
        ("http://0x7f.1/", "loopback"),
        ("http://0x7f000001/", "loopback"),
        ("http://017700000001/", "loopback"),
        ("http://127.1/", "loopback"),
        ("http://127.0.0.1:8080/feed", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://[::ffff:7f00:1]/", "loopback"),
        ("http://[2002:7f00:1::]/", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://0/", "unspecified"),
        ("http://[::]/", "unspecified"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[fe80::1%25eth0]/", "link-local"),
        ("http://224.0.0.1/", "multicast"),
        ("http://[ff02::1]/", "multicast"),
        ("http://10.0.0.1/", "private"),
        ("http://172.16.5.4/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://0xc0.0xa8.1.1/", "private"),
        ("http://[fc00::1]/", "private"),
        ("http://[64:ff9b::a00:1]/", "private"),
        ("http://240.0.0.1/", "reserved"),
        ("http://100.64.0.1/", "not a public"),
    ],
)
def test_non_public_addresses_in_any_notation_are_refused(monkeypatch, url, reason):
    def no_network(*args):
        raise AssertionError("a literal address must be neither resolved nor contacted")

    monkeypatch.setattr(fetch, "resolve", no_network)
    monkeypatch.setattr(fetch, "open_socket", no_network)
    with pytest.raises(SourceError, match=reason):
        fetch.get(url)


@pytest.mark.parametrize(
    "answer", [["10.0.0.7"], ["127.0.0.1"], ["::1"], [PUBLIC, "192.168.0.3"], ["::ffff:a00:1"]]
)
def test_names_resolving_to_private_addresses_are_refused(dns, answer):
    answers, _, connected = dns
    answers["intranet.example"] = [answer]
    with pytest.raises(SourceError, match="refused: intranet.example is"):
        fetch.get("http://intranet.example/feed")
    assert connected == []


def test_the_checked_address_is_the_one_connected_to(dns, server):
    answers, lookups, connected = dns
    server.serve("/feed", FEED)
    answers["news.example"] = [[PUBLIC], ["127.0.0.1"]]  # rebinding after the check
    response = fetch.get(public_url(server, "/feed"))
    assert response.body == FEED
    assert lookups == ["news.example"] and connected == [PUBLIC]
    assert server.requests[-1][1]["Host"] == f"news.example:{server.port}"


def test_redirects_are_checked_hop_by_hop(dns, server):
    answers, _, _ = dns
    answers["news.example"] = [[PUBLIC]]
    answers["intranet.example"] = [["10.1.1.1"]]
    server.serve("/secret", b"internal")
    server.redirect("/to-loopback", server.url("/secret"))
    server.redirect("/to-intranet", "http://intranet.example/secret", status=301)
    server.redirect("/to-file", "file:///etc/passwd", status=307)
    with pytest.raises(SourceError, match="loopback"):
        fetch.get(public_url(server, "/to-loopback"))
    with pytest.raises(SourceError, match="intranet.example is a private"):
        fetch.get(public_url(server, "/to-intranet"))
    with pytest.raises(SourceError, match="non-http"):
        fetch.get(public_url(server, "/to-file"))
    assert server.hits("/secret") == 0


def test_redirects_are_followed_up_to_the_limit(server):
    server.serve("/feed", FEED)
    for hop in range(6):
        server.redirect(f"/r{hop}", f"/r{hop + 1}" if hop < 5 else "/feed")
    response = fetch.get(server.url("/r1"), allow_private=True)
    assert response.body == FEED and response.url == server.url("/feed")
    with pytest.raises(SourceError, match="too many redirects"):
        fetch.get(server.url("/r0"), allow_private=True)


@pytest.mark.parametrize("length", [True, False])
def test_bodies_over_the_size_limit_are_refused(server, length):
    url = server.serve("/big", b"x" * 5000, length=length)
    with pytest.raises(SourceError, match="too large"):
        fetch.get(url, allow_private=True, max_bytes=4096)
    assert fetch.get(url, allow_private=True, max_bytes=5000).body == b"x" * 5000


def test_a_dripping_server_is_cut_at_the_time_limit(server):
    url = server.serve("/slow", b"y" * 400, drip=0.02, length=False)
    started = time.monotonic()
    with pytest.raises(SourceError, match="time limit"):
        fetch.get(url, allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://files.example/feed", "only http"),
        ("http:///feed", "no host"),
        ("http://news.example:99999/", "bad port"),
    ],
)
def test_malformed_urls_are_refused(url, reason):
    with pytest.raises(SourceError, match=reason):
        fetch.get(url)


def test_http_errors_are_source_errors(server):
    server.serve("/broken", b"", status=500)
    with pytest.raises(SourceError, match="HTTP 500"):
        fetch.get(server.url("/broken"), allow_private=True)
    with pytest.raises(SourceError, match="HTTP 404"):
        fetch.get(server.url("/missing"), allow_private=True)


def test_read_refuses_loopback_feeds_and_inputs_fetch_can_allow_them(server):
    url = server.serve("/feed", FEED)
    errors = []
    assert list(read([url], on_error=errors.append)) == []
    assert "loopback" in errors[0].reason
    body, content_type = inputs.fetch(url, allow_private=True)
    assert body == FEED and content_type == "application/rss+xml"


# -- XML entity declarations ---------------------------------------------------------------


def billion_laughs(levels: int = 9) -> bytes:
    entities = "".join(
        f'<!ENTITY l{i} "{(f"&l{i - 1};" if i else "lol") * 10}">' for i in range(levels)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]>'
        f"<rss><channel><item><description>&l{levels - 1};</description></item></channel></rss>"
    ).encode()


def quadratic_blowup(size: int = 50_000) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "{"A" * size}">\n]>\n'
        f"<rss><channel><item><description>{'&a;' * size}</description></item></channel></rss>"
    ).encode()


def external_entity(target: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{target}">]>\n'
        "<rss version='2.0'><channel><title>t</title><item><title>x</title>"
        "<link>https://a.example/1</link><description>a &xxe; b</description></item>"
        "</channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "document",
    [
        billion_laughs(),
        quadratic_blowup(),
        external_entity("file:///etc/passwd"),
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://10.0.0.1/x"> %p;]><r/>',
        b"<!doctype rss [<!entity a 'b'>]><rss/>",
        billion_laughs().decode().encode("utf-16"),
        billion_laughs().decode().encode("utf-32-be"),
        billion_laughs().decode().encode("cp037"),
    ],
    ids=["laughs", "quadratic", "xxe", "parameter", "lowercase", "utf16", "utf32", "ebcdic"],
)
def test_entity_declarations_are_refused(document):
    with pytest.raises(SourceError, match="declares entities"):
        fetch.refuse_entity_declarations(document, "feed.xml")


@pytest.mark.parametrize(
    "document",
    [
        FEED,
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"/>',
        b"<rss><item><description><![CDATA[XML has <!ENTITY x> declarations]]></description>"
        b"</item></rss>",
    ],
)
def test_ordinary_documents_pass_the_entity_check(document):
    fetch.refuse_entity_declarations(document, "feed.xml")


def test_feedparser_alone_expands_neither_bombs_nor_external_entities(tmp_path):
    """What the check guards in depth: feedparser's own handling of hostile DOCTYPEs."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-1234")
    parsed = feedparser.parse(external_entity(secret.as_uri()))
    assert "TOPSECRET" not in repr(parsed)
    started = time.monotonic()
    laughs = feedparser.parse(billion_laughs())
    assert time.monotonic() - started < 5
    assert max(len(e.get("summary", "")) for e in laughs.entries) < 1000


def test_fetched_documents_declaring_entities_are_refused_by_inputs_fetch(server):
    url = server.serve("/bomb", billion_laughs())
    with pytest.raises(SourceError, match="declares entities"):
        inputs.fetch(url, allow_private=True)


# -- properties ------------------------------------------------------------------------------


@settings(deadline=None)  # the first example may load tables
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_decimal_and_hex_hosts_are_the_addresses_they_encode(number):
    address = ipaddress.IPv4Address(number)
    assert fetch.literal_address(str(number)) == address
    assert fetch.literal_address(hex(number)) == address


@settings(deadline=None)  # the first example may load tables
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_mapped_ipv6_is_judged_as_its_ipv4_address(number):
    address = ipaddress.IPv4Address(number)
    mapped = ipaddress.IPv6Address(f"::ffff:{address}")
    assert fetch.refusal(mapped) == fetch.refusal(address)


@settings(deadline=None)  # the first example may load tables
@given(
    st.sampled_from(
        [
            "10.0.0.0/8",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "192.168.0.0/16",
            "172.16.0.0/12",
            "0.0.0.0/8",
            "224.0.0.0/4",
            "fc00::/7",
            "fe80::/10",
        ]
    ),
    st.integers(min_value=0),
)
def test_every_address_of_a_non_public_network_is_refused(network, offset):
    net = ipaddress.ip_network(network)
    assert fetch.refusal(net[offset % net.num_addresses]) is not None


def test_https_goes_through_the_same_pinned_connection(dns, server):
    answers, _, connected = dns
    answers["news.example"] = [[PUBLIC]]
    server.serve("/feed", FEED)
    with pytest.raises(SourceError, match="fetch failed"):  # the server speaks plain HTTP
        fetch.get(f"https://news.example:{server.port}/feed")
    assert connected == [PUBLIC]
