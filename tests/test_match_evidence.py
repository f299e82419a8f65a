"""The agreement of two sentences beyond the capped strength: what ranks many strong matches."""
from chrono.events.features import Rarity, compare, features


def test_more_shared_names_and_place_agree_more_though_both_strengths_are_full() -> None:
    rarity = Rarity()
    own = features("Der Stadtrat von Ostlaroda hat am Sonntag über den neuen Haushalt und die Schulreform abgestimmt.")
    same = features("Am Sonntag stimmte der Stadtrat von Ostlaroda über den Haushalt und die Schulreform ab.")
    other = features("Der Stadtrat hat am Montag über den Haushalt abgestimmt.")
    for feats in (own, same, other):
        rarity.add(feats)
    close, loose = compare(own, same, rarity), compare(own, other, rarity)
    assert close.evidence > loose.evidence
    assert close.strength == min(1.0, close.evidence)
