import os

from detente.scale import list_inputs, make_partitions


def _tree(tmp_path, names):
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"text of {name}\n")
    return tmp_path


def test_inputs_are_listed_in_reading_order_without_hidden_entries(tmp_path):
    root = _tree(tmp_path, ["b.txt", "a.txt", "sub/z.txt", "sub/.hidden", ".git/x", "sub/c.txt"])
    found = [os.path.relpath(p, root) for p in list_inputs([root])]
    assert found == ["a.txt", "b.txt", os.path.join("sub", "c.txt"), os.path.join("sub", "z.txt")]


def test_urls_pass_through_and_files_become_absolute(tmp_path, monkeypatch):
    _tree(tmp_path, ["one.txt"])
    monkeypatch.chdir(tmp_path)
    assert list_inputs(["one.txt", "https://feeds.example/rss"]) == [
        str(tmp_path / "one.txt"),
        "https://feeds.example/rss",
    ]


def test_partitions_cover_every_input_once_and_are_stable(tmp_path):
    root = _tree(tmp_path, [f"doc{i:02d}.txt" for i in range(30)])
    inputs = list_inputs([root])
    first, again = make_partitions(inputs, 4), make_partitions(list_inputs([root]), 4)
    assert first == again
    members = [target for part in first for _, target in part.inputs]
    assert sorted(members) == sorted(inputs) and len(members) == len(inputs)
    ranks = {target: rank for part in first for rank, target in part.inputs}
    assert [ranks[t] for t in inputs] == list(range(len(inputs)))


def test_editing_a_file_changes_only_its_partition_key(tmp_path):
    root = _tree(tmp_path, [f"doc{i:02d}.txt" for i in range(12)])
    before = make_partitions(list_inputs([root]), 3)
    (root / "doc05.txt").write_text("an edited and longer text\n")
    after = make_partitions(list_inputs([root]), 3)
    changed = [a.key != b.key for a, b in zip(before, after, strict=True)]
    assert sum(changed) == 1
    edited = next(b for b, c in zip(after, changed, strict=True) if c)
    assert str(root / "doc05.txt") in {t for _, t in edited.inputs}


def test_default_count_is_bounded_by_inputs(tmp_path):
    root = _tree(tmp_path, ["a.txt", "b.txt"])
    assert 1 <= len(make_partitions(list_inputs([root]))) <= 2


def test_a_corpus_moved_elsewhere_keeps_its_partitions(tmp_path):
    here = _tree(tmp_path / "here", [f"doc{i:02d}.txt" for i in range(20)] + ["sub/a.txt"])
    before = make_partitions(list_inputs([here]), 4)
    there = tmp_path / "elsewhere" / "deeper"
    there.parent.mkdir()
    os.rename(here, there)
    after = make_partitions(list_inputs([there]), 4)
    assert [p.key for p in before] == [p.key for p in after]
    assert [[os.path.relpath(t, here) for _, t in p.inputs] for p in before] == [
        [os.path.relpath(t, there) for _, t in p.inputs] for p in after
    ]
