"""Finding copies: exact ones by content hash, near ones (wire stories re-published
with small edits) by MinHash LSH over word shingles.

Pure functions and a small in-memory index, usable without a database; the store
persists each signature's hash values so the index can be rebuilt in a later run.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3
# Two texts sharing at least this share of their word 3-grams are the same story;
# a handful of edited words in an 80-word story still leaves it above 0.8.
THRESHOLD = 0.7
# The LSH bands are tuned lower than THRESHOLD so that candidates near it are not
# missed; each candidate's similarity is then checked against THRESHOLD itself.
LSH_THRESHOLD = 0.5
SEED = 1
SCHEME = "affine32"  # stored hash values are only comparable within one scheme

_WORD = re.compile(r"\w+", re.UNICODE)


def normalize(text: str) -> str:
    """The text with Unicode forms unified and all whitespace runs made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """SHA-256 of the normalized text: equal for texts that differ only in spacing."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams; a text shorter than n words is one shingle."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> LeanMinHash:
    """The MinHash of the text's shingles (deterministic: fixed seed and hash)."""
    minhash = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    return LeanMinHash(minhash)


def signature_bytes(sig: LeanMinHash) -> bytes:
    """The signature's hash values as bytes, for storing beside the document."""
    return np.asarray(sig.hashvalues, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes) -> LeanMinHash:
    """A signature back from `signature_bytes`."""
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(data, dtype="<u4").astype(np.uint32), scheme=SCHEME)


@dataclass(frozen=True)
class NearMatch:
    """The earlier document a new one nearly copies, and the estimated Jaccard similarity."""

    original: int | str
    similarity: float


class NearDuplicateIndex:
    """Documents seen so far, queryable for near-copies of a new text.

    Each key maps to its original: a copy of a copy links to the first document of
    the group, so counting independent sources counts each group once.

    LSH banding as datasketch's MinHashLSH does it (the same bands, so the same
    candidates), kept in numpy arrays: each document's hash values, one 64-bit hash
    per band, and those hashes sorted for lookup (the latest documents' are compared
    directly until MERGE_EVERY of them are sorted in). A store's index lives as long
    as its process and grows with every document a watch takes in; MinHashLSH's
    dicts of sets took ~8.8 KB a document, these arrays ~1.2 KB (issue 14).
    """

    MERGE_EVERY = 1024

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=num_perm)  # its bands, for its recall
        self._bands, self._rows = lsh.b, lsh.r
        self._keys: list[int | str] = []  # position -> key, in the order indexed (ties go to the first)
        self._position: dict[int | str, int] = {}
        self._original_of: list[int | str] = []  # position -> the key of its group's original
        self._hashvalues = np.zeros((0, num_perm), dtype=np.uint32)
        self._band_hashes = np.zeros((0, self._bands), dtype=np.uint64)
        self._merged = 0  # documents whose band hashes are in the sorted arrays
        self._sorted_hashes = np.zeros(0, dtype=np.uint64)
        self._sorted_positions = np.zeros(0, dtype=np.int32)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._position

    def find(self, sig: LeanMinHash) -> NearMatch | None:
        """The most similar indexed document at or above the threshold, as its group's original."""
        n = len(self._keys)
        values = _values(sig, self.num_perm)
        bands = self._band_hash(values)
        low = np.searchsorted(self._sorted_hashes, bands, "left")
        high = np.searchsorted(self._sorted_hashes, bands, "right")
        recent = np.flatnonzero((self._band_hashes[self._merged:n] == bands).any(axis=1)) + self._merged
        candidates = np.unique(np.concatenate([*(self._sorted_positions[a:b] for a, b in zip(low, high) if b > a),
                                               recent]))  # sorted: in indexed order
        if not len(candidates):
            return None
        similarity = np.count_nonzero(self._hashvalues[candidates] == values, axis=1) / self.num_perm
        best = int(np.argmax(similarity))  # the first of the most similar: candidates are in indexed order
        if similarity[best] < self.threshold:
            return None
        return NearMatch(self._original_of[candidates[best]], float(similarity[best]))

    def add(self, key: int | str, sig: LeanMinHash, duplicate_of: int | str | None = None) -> None:
        """Index a document; `duplicate_of` names the original it copies, if any."""
        if key in self._position:
            return
        n = len(self._keys)
        if n == len(self._hashvalues):  # grown by half again, so adding stays cheap on average
            size = max(64, n + n // 2)
            self._hashvalues = _grown(self._hashvalues, size)
            self._band_hashes = _grown(self._band_hashes, size)
        values = _values(sig, self.num_perm)
        self._hashvalues[n] = values
        self._band_hashes[n] = self._band_hash(values)
        self._keys.append(key)
        self._position[key] = n
        if duplicate_of is None:
            self._original_of.append(key)
        else:  # a copy of a copy links to the first document; an original not indexed is named as given
            at = self._position.get(duplicate_of)
            self._original_of.append(duplicate_of if at is None else self._original_of[at])
        if n + 1 - self._merged >= self.MERGE_EVERY:
            self._merge(n + 1)

    def _merge(self, n: int) -> None:
        """Sort the band hashes of the documents up to the `n`th into the sorted arrays, for lookup."""
        hashes = self._band_hashes[self._merged:n].ravel()
        order = np.argsort(hashes)
        hashes = hashes[order]
        at = np.searchsorted(self._sorted_hashes, hashes)
        self._sorted_hashes = np.insert(self._sorted_hashes, at, hashes)
        self._sorted_positions = np.insert(self._sorted_positions, at,
                                           (order // self._bands + self._merged).astype(np.int32))
        self._merged = n

    def add_text(self, key: int | str, text: str) -> NearMatch | None:
        """Index a text and return the original it nearly copies (None if it is new)."""
        sig = signature(text, self.num_perm)
        match = self.find(sig)
        self.add(key, sig, match.original if match else None)
        return match

    def _band_hash(self, values: np.ndarray) -> np.ndarray:
        """One 64-bit hash per band of `rows` values: equal bands hash equal (the LSH candidates); a
        rare collision only adds a candidate, which the similarity check then turns down."""
        bands = values[:self._bands * self._rows].reshape(self._bands, self._rows).astype(np.uint64)
        mixed = np.arange(self._bands, dtype=np.uint64)  # the band's place too: bands match only their own
        for k in range(self._rows):
            mixed = mixed * np.uint64(0x100000001B3) + bands[:, k] + np.uint64(k + 1)  # wraps around 2**64
        return mixed


def _values(sig: LeanMinHash, num_perm: int) -> np.ndarray:
    values = np.asarray(sig.hashvalues)
    if len(values) != num_perm:
        raise ValueError(f"a signature of {len(values)} hash values, the index takes {num_perm}")
    return values.astype(np.uint32)  # affine32 values: 32 bits, as signature_bytes stores them


def _grown(array: np.ndarray, size: int) -> np.ndarray:
    grown = np.zeros((size, array.shape[1]), dtype=array.dtype)
    grown[:len(array)] = array
    return grown


def find_near_duplicates(texts: Iterable[tuple[int | str, str]],
                         threshold: float = THRESHOLD) -> dict[int | str, NearMatch]:
    """For (key, text) pairs in order: each key that nearly copies an earlier one, with its original."""
    index = NearDuplicateIndex(threshold)
    found = {}
    for key, text in texts:
        match = index.add_text(key, text)
        if match is not None:
            found[key] = match
    return found
