from claimwatch.dedup import (
    NearDuplicateIndex, content_hash, find_near_duplicates, shingles, signature, signature_bytes,
    signature_from_bytes,
)

STORY = ("Rescue teams in the hill town of Carrow pulled nine people from the rubble of a collapsed "
         "apartment block on Sunday, the regional governor said, adding that the search for at least "
         "four residents still missing would go on through the night despite the freezing rain. "
         "Engineers blamed a gas explosion on the ground floor, and the building's owner said the "
         "boiler had passed its last inspection in the spring.")
# The same wire story as another outlet re-publishes it: a new first word, one number changed, a tag line.
REPUBLISHED = (STORY.replace("Rescue teams", "Emergency teams").replace("nine people", "ten people")
               + " Reporting by the agency desk.")
OTHER = ("The city council approved a new cycling lane along the river on Tuesday after a debate that "
         "lasted almost four hours, with shopkeepers warning that the loss of parking spaces would hurt "
         "trade and residents saying the road had become too dangerous for children walking to school.")


def test_content_hash_ignores_spacing_but_not_words():
    assert content_hash("Two  ships\nsank.") == content_hash(" Two ships sank. ")
    assert content_hash("Two ships sank.") != content_hash("Three ships sank.")


def test_shingles_are_lowercased_word_triples():
    assert shingles("The Port closed, today.") == {"the port closed", "port closed today"}
    assert shingles("Two words") == {"two words"}
    assert shingles("  ") == set()


def test_a_republished_wire_story_links_to_its_original():
    index = NearDuplicateIndex()
    assert index.add_text("first", STORY) is None
    match = index.add_text("copy", REPUBLISHED)
    assert match is not None and match.original == "first"
    assert 0.7 <= match.similarity < 1.0


def test_an_unrelated_story_is_an_original():
    index = NearDuplicateIndex()
    index.add_text(1, STORY)
    assert index.add_text(2, OTHER) is None


def test_a_copy_of_a_copy_links_to_the_first_original():
    found = find_near_duplicates([(1, STORY), (2, OTHER), (3, REPUBLISHED), (4, REPUBLISHED + " Updated.")])
    assert {key: match.original for key, match in found.items()} == {3: 1, 4: 1}


def test_signatures_survive_a_round_trip_through_bytes():
    sig = signature(STORY)
    back = signature_from_bytes(signature_bytes(sig))
    assert back.jaccard(sig) == 1.0
    assert back.jaccard(signature(REPUBLISHED)) == sig.jaccard(signature(REPUBLISHED))


def test_an_index_rebuilt_from_stored_signatures_finds_the_same_original():
    stored = {7: signature_bytes(signature(STORY)), 8: signature_bytes(signature(OTHER))}
    index = NearDuplicateIndex()
    for key, data in stored.items():
        index.add(key, signature_from_bytes(data))
    match = index.find(signature(REPUBLISHED))
    assert match is not None and match.original == 7


def _stories(count: int) -> list[str]:
    """Short stories from a few templates, a third of them edited copies of an earlier one."""
    import random

    rng = random.Random(3)
    words = "port ship storm flood minister police council bridge rescue school road fire".split()
    texts: list[str] = []
    for n in range(count):
        if texts and n % 3 == 0:
            copy = rng.choice(texts).split()
            for _ in range(rng.randint(0, 5)):
                copy[rng.randrange(len(copy))] = rng.choice(words)
            texts.append(" ".join(copy))
        else:
            texts.append(" ".join(rng.choice(words) for _ in range(40)) + f" report {n}")
    return texts


def test_the_index_finds_the_originals_minhash_lsh_finds():
    """The compact index bands as datasketch's MinHashLSH does: the same candidates, so the same originals
    (with the band hashes both looked up sorted and, for the latest documents, compared directly)."""
    from datasketch import MinHashLSH

    from claimwatch.dedup import LSH_THRESHOLD, THRESHOLD

    index = NearDuplicateIndex()
    index.MERGE_EVERY = 7
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=index.num_perm)
    signatures, original_of, found = {}, {}, 0
    for key, text in enumerate(_stories(120)):
        sig = signature(text)
        similar = [(sig.jaccard(signatures[k]), -k) for k in lsh.query(sig)]
        best = max((s for s in similar if s[0] >= THRESHOLD), default=None)
        expected = (original_of[-best[1]], best[0]) if best else None
        match = index.add_text(key, text)
        assert ((match.original, match.similarity) if match else None) == expected
        lsh.insert(key, sig)
        signatures[key] = sig
        original_of[key] = expected[0] if expected else key
        found += expected is not None
    assert found >= 20  # the copies were there to be found


def test_the_index_holds_about_a_kilobyte_a_document():
    """A store's index stays in memory for as long as a watch runs and grows with every document it takes
    in; MinHashLSH's dicts of sets held ~8.8 KB a document (issue 14)."""
    import tracemalloc

    import numpy as np
    from datasketch import LeanMinHash

    rng = np.random.default_rng(1)
    signatures = [LeanMinHash(seed=1, hashvalues=rng.integers(0, 2**32, 128, dtype=np.uint64), scheme="affine32")
                  for _ in range(3000)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = NearDuplicateIndex()
        for key, sig in enumerate(signatures):
            index.add(key, sig)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(index) == 3000
    assert held / 3000 < 2000
