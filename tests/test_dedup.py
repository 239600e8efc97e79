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
