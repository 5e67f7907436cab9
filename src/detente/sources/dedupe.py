"""Near-duplicate stories: MinHash signatures over word shingles, and an LSH index.

The same story reposted with a site's header and footer, or with one paragraph rewritten, keeps
most of its 3-word shingles (Jaccard similarity 0.5-0.9), while two different stories on the same
topic share only stock phrases (under 0.1). :data:`THRESHOLD` sits between the two, on the low
side, because an edited short story loses a large share of its shingles; :meth:`StoryIndex.match`
re-checks each LSH candidate's estimated similarity against it.

Signatures are stable across runs and machines: the shingles are hashed with CRC-32 (fast and
fixed; datasketch's affine schemes mix each hash before permuting it), and the permutations come
from the fixed :data:`SEED` and :data:`SCHEME`.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from detente.sources.ids import normalise

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
SHINGLE = 3
THRESHOLD = 0.4
# LSH banding: the optimum datasketch picks for THRESHOLD at NUM_PERM (a test checks it)
BANDS, ROWS = 32, 4
_WORD = re.compile(r"\w+")
_DTYPE = np.dtype("<u4")


def shingles(text: str) -> set[bytes]:
    """The word ``SHINGLE``-grams of the normalised text (single words for very short texts)."""
    tokens = _WORD.findall(normalise(text))
    if len(tokens) < SHINGLE:
        return {token.encode("utf-8") for token in tokens}
    return {
        " ".join(tokens[i : i + SHINGLE]).encode("utf-8") for i in range(len(tokens) - SHINGLE + 1)
    }


def signature(text: str) -> bytes:
    """The MinHash of ``text`` as ``NUM_PERM`` little-endian 32-bit integers."""
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        scheme=SCHEME,
        hashfunc=zlib.crc32,
        permutations=_permutations(),
    )
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(_DTYPE).tobytes()


@cache
def _permutations():
    """The permutations of :data:`SEED`, built once instead of for every signature."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _minhash(sig: bytes) -> LeanMinHash:
    values = np.frombuffer(sig, dtype=_DTYPE)
    if values.size != NUM_PERM:
        raise ValueError(f"a signature holds {NUM_PERM} values, this one {values.size}")
    return LeanMinHash(seed=SEED, hashvalues=values.astype(np.uint32), scheme=SCHEME)


def band_keys(sig: bytes) -> list[int]:
    """One key per LSH band (``BANDS`` bands of ``ROWS`` values): two signatures that share a
    key in the same band are candidates, as in :class:`StoryIndex`. Keys are non-negative 63-bit
    integers, so a database can hold them in a BIGINT column."""
    data = _minhash(sig).hashvalues.astype(_DTYPE).tobytes()
    width = ROWS * _DTYPE.itemsize
    return [
        int.from_bytes(
            hashlib.blake2b(data[b * width : (b + 1) * width], digest_size=8).digest(), "little"
        )
        >> 1
        for b in range(BANDS)
    ]


def similarities(sig: bytes, others: list[bytes]) -> np.ndarray:
    """The estimated Jaccard similarity of ``sig``'s text with each of ``others`` at once: the
    share of equal MinHash values (what :func:`similarity` computes, vectorised)."""
    if not others:
        return np.zeros(0)
    mine = np.frombuffer(sig, dtype=_DTYPE)
    theirs = np.frombuffer(b"".join(others), dtype=_DTYPE).reshape(len(others), -1)
    if theirs.shape[1] != mine.size:
        raise ValueError(f"signatures of different sizes: {mine.size} and {theirs.shape[1]}")
    return (theirs == mine).mean(axis=1)


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """The Jaccard similarity of two texts, estimated from their signatures."""
    return _minhash(sig_a).jaccard(_minhash(sig_b))


class StoryIndex:
    """Signatures of the stories seen so far, for finding near-duplicates of a new one."""

    def __init__(self, *, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._minhashes: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._minhashes)

    def add(self, doc_id: str, sig: bytes) -> None:
        """Index ``sig`` under ``doc_id``; adding an id twice keeps the first signature."""
        if doc_id in self._minhashes:
            return
        minhash = _minhash(sig)
        self._minhashes[doc_id] = minhash
        self._lsh.insert(doc_id, minhash)

    def remove(self, doc_id: str) -> None:
        """Forget ``doc_id`` (a story whose write failed); an unknown id is ignored."""
        if self._minhashes.pop(doc_id, None) is not None:
            self._lsh.remove(doc_id)

    def match(self, sig: bytes) -> str | None:
        """The id of the most similar indexed story at or above the threshold, if any."""
        minhash = _minhash(sig)
        best_id, best = None, self.threshold
        for doc_id in sorted(self._lsh.query(minhash)):
            score = minhash.jaccard(self._minhashes[doc_id])
            if score >= best:
                best_id, best = doc_id, score
        return best_id
