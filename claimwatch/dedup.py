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
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=num_perm)
        self._signatures: dict[int | str, LeanMinHash] = {}
        self._original_of: dict[int | str, int | str] = {}
        self._rank: dict[int | str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def find(self, sig: LeanMinHash) -> NearMatch | None:
        """The most similar indexed document at or above the threshold, as its group's original."""
        best: tuple[float, int, int | str] | None = None
        for key in self._lsh.query(sig):
            similarity = sig.jaccard(self._signatures[key])
            # Ties go to the document indexed first.
            candidate = (similarity, -self._rank[key], key)
            if similarity >= self.threshold and (best is None or candidate[:2] > best[:2]):
                best = candidate
        if best is None:
            return None
        return NearMatch(self._original_of[best[2]], best[0])

    def add(self, key: int | str, sig: LeanMinHash, duplicate_of: int | str | None = None) -> None:
        """Index a document; `duplicate_of` names the original it copies, if any."""
        if key in self._signatures:
            return
        self._lsh.insert(key, sig)
        self._signatures[key] = sig
        self._rank[key] = len(self._rank)
        self._original_of[key] = self._original_of.get(duplicate_of, duplicate_of) if duplicate_of is not None else key

    def add_text(self, key: int | str, text: str) -> NearMatch | None:
        """Index a text and return the original it nearly copies (None if it is new)."""
        sig = signature(text, self.num_perm)
        match = self.find(sig)
        self.add(key, sig, match.original if match else None)
        return match


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
