import pytest

from detente.errors import UnsupportedSource
from detente.sources import registry
from detente.sources.sniff import KINDS


def test_every_sniffed_kind_has_a_reader():
    assert set(KINDS) <= set(registry.known_kinds())


def test_unknown_kind_lists_known_kinds():
    with pytest.raises(UnsupportedSource) as info:
        registry.get_reader("binary", "x.bin")
    assert info.value.origin == "x.bin"
    for kind in KINDS:
        assert kind in info.value.reason


def test_register_a_reader(monkeypatch):
    monkeypatch.setattr(registry, "_READERS", dict(registry._READERS))

    @registry.reader("shout")
    def read_shout(source):
        yield from ()

    assert registry.get_reader("shout") is read_shout
    assert "shout" in registry.known_kinds()
