"""The memoised token-attribute step must annotate exactly like spaCy's own components."""

from __future__ import annotations

import pytest

from detente.nlp import FAST_COMPONENT, load_nlp

TEXTS = [
    "Norway's minister didn't meet Chile's envoy; they'd met before.",
    "There is no sign that Peru will ease the sanctions it imposed.",
    "I ain't gonna let 's go, y'all gotta c'm on.",
    "Somebody said  two  spaces\n\nand a line break were here.",
    "Kenyan troops were being withdrawn, officials said, as talks resumed.",
]


def _attrs(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    return load_nlp(), load_nlp(fast=False)


def test_fast_pipeline_swaps_the_two_components(pipelines):
    fast, stock = pipelines
    assert FAST_COMPONENT in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert FAST_COMPONENT not in stock.pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_the_shipped_components(pipelines, text):
    fast, stock = pipelines
    first, again = fast(text), fast(text)  # the second run is served from the memo
    expected = _attrs(stock(text))
    assert _attrs(first) == expected
    assert _attrs(again) == expected


def test_fast_pipeline_multiplies_with_serial_openblas(pipelines):
    import numpy
    from thinc.api import NumpyOps

    from detente.nlp import _set_blas_threads, serial_blas_ops

    ops = serial_blas_ops()
    if ops is None:
        pytest.skip("numpy has no OpenBLAS with openblas_set_num_threads_local here")
    fast, stock = pipelines
    assert fast.get_pipe("tok2vec").model.ops is ops
    assert fast.get_pipe("parser").model.ops is ops
    assert stock.get_pipe("tok2vec").model.ops is not ops
    rng = numpy.random.default_rng(3)
    x = rng.standard_normal((40, 96), dtype=numpy.float32)
    y = rng.standard_normal((288, 96), dtype=numpy.float32)
    set_threads = _set_blas_threads()
    previous = set_threads(2)
    try:
        product = ops.gemm(x, y, trans2=True)
        assert set_threads(2) == 2  # the caller's thread count is back after the product
    finally:
        set_threads(previous)
    expected = NumpyOps().gemm(x, y, trans2=True)  # thinc's default (BLIS)
    assert product.shape == (40, 288)
    numpy.testing.assert_allclose(product, expected, rtol=1e-4, atol=1e-4)


def test_serial_ops_maxout_matches_thincs():
    """Same largest pieces and the same piece indices as thinc's maxout, ties included (the
    first of equal pieces wins), and other shapes are left to thinc."""
    import numpy
    from thinc.api import NumpyOps

    from detente.nlp import serial_blas_ops

    ops = serial_blas_ops()
    if ops is None:
        pytest.skip("numpy has no OpenBLAS with openblas_set_num_threads_local here")
    rng = numpy.random.default_rng(5)
    pieces = rng.integers(-3, 4, size=(257, 96, 3)).astype(numpy.float32)  # many ties
    for X in (pieces, rng.standard_normal((64, 96, 3), dtype=numpy.float32)):
        best, which = ops.maxout(X)
        expected_best, expected_which = NumpyOps().maxout(X)
        assert best.dtype == expected_best.dtype and which.dtype == expected_which.dtype
        assert numpy.array_equal(best, expected_best)
        assert numpy.array_equal(which, expected_which)
    two = rng.standard_normal((8, 4, 2), dtype=numpy.float32)
    assert numpy.array_equal(ops.maxout(two)[1], NumpyOps().maxout(two)[1])
