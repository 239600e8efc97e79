"""Actors: one per real-world source, with explainable and overridable merges."""
from __future__ import annotations

from pathlib import Path

from ostria_story import picture  # noqa: F401 (a fixture)

from claimwatch.consolidate import Mention, Picture, load_overrides, resolve_actors


def test_ryder_names_title_and_office_are_one_actor(picture: Picture) -> None:
    ryder = next(a for a in picture.actors if a.name == "Pat Ryder")
    assert set(ryder.names) >= {"Pat Ryder", "Patrick Ryder", "Maj. Gen. Ryder", "The Pentagon's press secretary"}
    assert (ryder.org, ryder.country, ryder.role) == ("Pentagon", "US", "press secretary")
    assert ryder.statements == 5


def test_every_merge_says_why(picture: Picture) -> None:
    reasons = next(a for a in picture.actors if a.name == "Pat Ryder").reasons
    assert any("'Pat' shortens 'Patrick'" in r for r in reasons)
    assert any("the only Ryder" in r for r in reasons)
    assert any("press secretary" in r and "Pentagon" in r for r in reasons)


def test_institution_aliases_resolve_to_one_institution_with_its_country() -> None:
    index = resolve_actors([Mention("U.S. Department of Defense", "a"), Mention("the Pentagon", "b"),
                            Mention("KCNA", "c")])
    pentagon = index.actor_for("the Pentagon", "b")
    assert pentagon is index.actor_for("U.S. Department of Defense", "a")
    assert (pentagon.name, pentagon.country, pentagon.kind) == ("Pentagon", "US", "institution")
    assert index.actor_for("KCNA", "c").kind == "media"


def test_two_people_who_share_a_surname_stay_apart_when_given_names_differ() -> None:
    index = resolve_actors([Mention("Kim Jong Un", "a", label="PERSON"), Mention("Kim Yo Jong", "a",
                                                                                  label="PERSON")])
    assert len(index.actors) == 2


def test_a_lone_surname_with_two_candidates_is_not_guessed() -> None:
    index = resolve_actors([Mention("Anna Berg", "a"), Mention("Lars Berg", "b"), Mention("Berg", "c")])
    assert len(index.actors) == 3


def test_unnamed_officials_are_a_group() -> None:
    index = resolve_actors([Mention("U.S. officials", "a")])
    assert index.actors[0].kind == "group"


def test_aliases_file_forces_and_forbids_merges(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("same:\n  Ana Varga: [The President]\ndistinct:\n  - [Pat Ryder, Patrick Ryder]\n")
    overrides = load_overrides(aliases)
    index = resolve_actors([Mention("Ana Varga", "a"), Mention("The President", "b"), Mention("Pat Ryder", "a"),
                            Mention("Patrick Ryder", "b")], overrides)
    assert index.actor_for("The President", "b").name == "Ana Varga"
    assert "aliases file" in index.actor_for("The President", "b").reasons[0]
    assert index.actor_for("Pat Ryder", "a") is not index.actor_for("Patrick Ryder", "b")


def test_aliases_tsv_and_extra_institutions(tmp_path: Path) -> None:
    tsv = tmp_path / "aliases.tsv"
    tsv.write_text("name\tactor\trelation\nthe interior minister\tDario Keln\tsame\n")
    index = resolve_actors([Mention("Dario Keln", "a"), Mention("the interior minister", "b")], load_overrides(tsv))
    assert len(index.actors) == 1
    yaml_file = tmp_path / "extra.yaml"
    yaml_file.write_text("institutions:\n  - {name: Lisk Basin Authority, aliases: [LBA], country: MV, kind: agency}\n")
    index = resolve_actors([Mention("LBA", "a"), Mention("the Lisk Basin Authority", "b")], load_overrides(yaml_file))
    assert len(index.actors) == 1 and index.actors[0].country == "MV"


def test_a_role_of_a_named_place_is_not_a_person_named_after_the_place() -> None:
    from claimwatch.consolidate.names import InstitutionIndex, parse_name
    from claimwatch.consolidate.tables import institutions

    index = InstitutionIndex(list(institutions()))
    inspector = parse_name("former inspector of the Torva Dam", index)
    assert (inspector.name, inspector.role) == ("", "former inspector")
    # a tail that names a body still makes the body the source, and titled offices keep their names
    assert parse_name("spokesman for the Lisk Basin Authority", index).name == "Lisk Basin Authority"
    assert parse_name("Secretary of State Ana Lopes", index).name.endswith("Ana Lopes")
