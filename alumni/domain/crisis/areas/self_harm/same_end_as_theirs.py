"""Suicide said as taking the same way as others who died: the village's men who hang from a
tree, three farmers gone before the writer, and the writer's turn now or the same to be done
("माणूस झाडाला लटकतो. मी पण तेच करणार", "majhya aadhi gavatle tin gele. ata majhi paali").

What keeps it quiet is named beside it: a game, a match, a queue or a shift (a turn that is
one's own in play or in line).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Others gone before the writer: "majhya aadhi ... gele", "mere pehle ... chale gaye".
    "hinted_gone_before_me": (
        "majhya aadhi", "माझ्या आधी", "mazya aadhi", "mere pehle", "मेरे पहले", "mujhse pehle", "मुझसे पहले",
        "before me", "tin gele", "तीन गेले", "don gele", "दोन गेले", "teen chale gaye", "तीन चले गए",
        "latakto", "लटकतो", "latakte", "लटकते", "latak jata", "लटक जाता", "hang themselves", "hangs himself",
    ),
    # The same, or the writer's turn now: "mi pan tech karnar", "ata majhi paali".
    "hinted_my_turn_same": (
        "mi pan tech karnar", "मी पण तेच करणार", "mi pan tech karen", "मी पण तेच करेन", "main bhi wahi karunga",
        "मैं भी वही करूंगा", "मैं भी वही करूँगा", "main bhi yahi karunga", "i'll do the same", "ill do the same",
        "i will do the same", "ata majhi paali", "आता माझी पाळी", "ata majhi vel", "आता माझी वेळ",
        "ab meri baari", "अब मेरी बारी", "my turn now", "next is me", "agla main", "अगला मैं",
    ),
    # A turn in play or in line.
    "hinted_turn_in_play": (
        "game", "match", "khel", "खेळ", "खेल", "queue*", "line*", "raang*", "रांग*", "shift", "batting", "bowling",
        "chance", "number", "token", "counter", "interview", "dance", "gaana", "गाणं", "song", "speech",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SAME_END_AS_THEIRS: tuple[Combination, ...] = (
    # Others who hanged or went before, and the same or the writer's turn now.
    Combination(S, (_g("hinted_gone_before_me", "hang"), _g("hinted_my_turn_same")), 20, across=True,
                unless=_g("hinted_turn_in_play"), unless_reach=8),
)
