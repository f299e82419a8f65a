"""TF-IDF rows of short texts, in numpy: reads the statements of the event candidates and adds
one L2-normalised row of character n-gram weights per statement.

The weighting is the usual one: n-grams of 3 to 5 characters inside each word padded with a
space (robust to German inflection and compounds), term frequency ``1 + ln(count)``, smoothed
inverse document frequency ``ln((1 + n) / (1 + df)) + 1``. Rows are kept in compressed sparse
row form (``indptr``, ``indices``, ``data``), which is all merging reads.
"""
from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

NGRAMS = (3, 5)


@dataclass(frozen=True, slots=True)
class SparseRows:
    """Rows of a sparse matrix in compressed form: row i holds ``indices[indptr[i]:indptr[i+1]]``
    with the weights ``data[...]``; ``shape`` is (rows, features)."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    shape: tuple[int, int]

    def row(self, i: int) -> dict[int, float]:
        span = slice(self.indptr[i], self.indptr[i + 1])
        return dict(zip(self.indices[span].tolist(), self.data[span].tolist(), strict=True))


def char_ngrams(text: str, sizes: tuple[int, int] = NGRAMS) -> Iterable[str]:
    """The character n-grams of each word of ``text`` (lower case), each word padded with a space
    on both sides; a padded word shorter than n is one n-gram of its own."""
    for word in text.lower().split():
        yield from _word_ngrams(word, sizes)


@functools.lru_cache(maxsize=1 << 17)
def _word_ngrams(word: str, sizes: tuple[int, int]) -> tuple[str, ...]:
    """The n-grams of one word (lower case), in the order :func:`char_ngrams` gives them; words
    recur, so each is cut once."""
    low, high = sizes
    padded = f" {word} "
    grams = []
    for n in range(low, high + 1):
        if len(padded) <= n:
            grams.append(padded)
            break
        grams.extend(padded[start:start + n] for start in range(len(padded) - n + 1))
    return tuple(grams)


def tfidf_rows(texts: Sequence[str], sizes: tuple[int, int] = NGRAMS) -> SparseRows:
    """One L2-normalised TF-IDF row per text (sublinear term frequency, smoothed idf)."""
    vocabulary: dict[str, int] = {}
    indptr, indices, counts = [0], [], []
    for text in texts:
        grams = Counter(char_ngrams(text, sizes))
        for gram, count in grams.items():
            indices.append(vocabulary.setdefault(gram, len(vocabulary)))
            counts.append(count)
        indptr.append(len(indices))
    index = np.asarray(indices, dtype=np.int64)
    tf = 1.0 + np.log(np.asarray(counts, dtype=np.float64))
    df = np.bincount(index, minlength=len(vocabulary))
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    data = tf * idf[index]
    pointers = np.asarray(indptr, dtype=np.int64)
    lengths = np.diff(pointers)
    squares = np.add.reduceat(data * data, pointers[:-1]) if len(data) else np.zeros(len(texts))
    norms = np.sqrt(np.where(lengths > 0, squares, 0.0))
    norms[norms == 0] = 1.0
    data = data / np.repeat(norms, lengths)
    return SparseRows(pointers, index, data, (len(texts), len(vocabulary)))


def cosine(a: dict[int, float], b: dict[int, float]) -> float:
    """The cosine of two sparse vectors given as feature -> weight."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(w * large.get(f, 0.0) for f, w in small.items())
    norm = math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0
