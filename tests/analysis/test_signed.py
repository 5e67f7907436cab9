import pytest

from detente.analysis import signed


@pytest.mark.parametrize(
    ("coop", "conflict", "margin", "sign"),
    [
        (3, 0, 0.2, 1),
        (0, 3, 0.2, -1),
        (2, 2, 0.0, 0),
        (6, 4, 0.2, 1),  # net 2 of 10 events: exactly at the margin, so signed
        (6, 5, 0.2, 0),
        (7, 3, 0.2, 1),
        (3, 7, 0.5, 0),
    ],
)
def test_edge_sign_threshold(coop, conflict, margin, sign):
    assert signed.edge_sign(coop, conflict, min_margin=margin) == sign


@pytest.mark.parametrize(
    ("signs", "expected"),
    [
        ((1, 1, 1), None),
        ((1, -1, -1), None),
        ((-1, -1, -1), ("all-negative", None)),
    ],
)
def test_classify_balanced_and_all_negative(signs, expected):
    table = {("A", "B"): signs[0], ("B", "C"): signs[1], ("A", "C"): signs[2]}
    assert signed.classify(("A", "B", "C"), table) == expected


@pytest.mark.parametrize("negative", [("A", "B"), ("B", "C"), ("A", "C")])
def test_cross_pressured_actor_is_opposite_the_negative_edge(negative):
    table = {("A", "B"): 1, ("B", "C"): 1, ("A", "C"): 1}
    table[negative] = -1
    (pivot,) = {"A", "B", "C"} - set(negative)
    assert signed.classify(("A", "B", "C"), table) == ("cross-pressure", pivot)


def test_triads_need_three_signed_edges_and_are_listed_once():
    table = {("A", "B"): 1, ("C", "B"): -1, ("A", "C"): 1, ("C", "D"): 1, ("B", "D"): 0}
    assert list(signed.triads(table)) == [("A", "B", "C")]


def test_actor_balance_counts_shares():
    counts = signed.actor_balance([("A", "B", "C"), ("A", "B", "D")], [("A", "B", "C")])
    assert counts == {"A": (2, 1), "B": (2, 1), "C": (1, 1), "D": (1, 0)}
