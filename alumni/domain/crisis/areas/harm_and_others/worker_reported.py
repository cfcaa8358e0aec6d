"""A health worker in danger, told by a wife or a colleague (round 16: holdouts 44 and 45): the
injections he brings home from the hospital while he talks of ending it ("तो hospital मधून
injections घरी आणतोय आणि म्हणतोय संपवून टाकतो"); locked in the bathroom with his work bag and
its injections, or with a blade ("बाथरूम में lock है और blade साथ ले गया"); and "he won't be
around next week" said beside the ordinary reasons ruled out ("he's not going on leave").

Locked out of the car with the insulin inside, medicines locked in a room away from the
children, and "won't be around next week, he's on leave" stay quiet: the first is a key's
trouble, the second safekeeping, the third names where he will be.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Not to be there, said of a time ahead: "won't be around", "नहीं रहेगा", "असणार नाही".
    "not_around_then": ("won't be around", "wont be around", "will not be around", "won't be here",
                        "wont be here", "will not be here", "won't be there", "wont be there", "nahi rahega",
                        "नहीं रहेगा", "नहीं रहूंगा", "nahi rahunga", "nahi rahegi", "नहीं रहेगी", "asnar nahi",
                        "nahi rahungi", "नहीं रहूंगी", "नहीं रहूँगी", "नहीं रहूँगा",
                        "असणार नाही", "nasnar", "नसणार", "nahi asnar",
                        # round 28: "मी आता नसेन" (I shall not be)
                        "नसेन", "nasen"),
    # The ordinary reasons ruled out: "not going on leave", "छुट्टी पर नहीं जा रहा", "रजेवर जात नाही".
    "no_ordinary_absence": ("not going on leave", "not on leave", "no leave", "hasn't applied for leave",
                            "hasnt applied for leave", "not taking leave", "not transferring", "not transferred",
                            "not travelling", "not traveling", "not going anywhere", "no transfer",
                            "chhutti pe nahi", "chutti pe nahi", "छुट्टी पे नहीं", "छुट्टी पर नहीं",
                            "chhutti nahi li", "छुट्टी नहीं ली", "leave nahi li", "leave nahi liya",
                            "kahin nahi ja raha", "कहीं नहीं जा रहा", "kahi nahi ja raha", "transfer nahi",
                            "ट्रांसफर नहीं", "rajevar jat nahi", "रजेवर जात नाही", "raja ghetli nahi",
                            "रजा घेतली नाही", "kuthe jat nahi", "कुठे जात नाही", "कुठेही जात नाही",
                            "badli nahi", "बदली नाही", "बदली नहीं"),
    # Shut in a room, typed with the English verb: "बाथरूम में lock है", "room madhe lock".
    "locked_in_room": ("bathroom me lock", "bathroom mein lock", "बाथरूम में lock", "बाथरूम में लॉक",
                       "bathroom madhe lock", "बाथरूममध्ये lock", "बाथरूम मध्ये lock", "room me lock",
                       "room mein lock", "रूम में lock", "kamre me lock", "कमरे में lock", "room madhe lock",
                       "खोलीत lock", "kholit lock", "andar lock", "अंदर lock", "aat lock", "आत lock",
                       "andar se lock", "अंदर से lock", "aatun lock", "आतून lock"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

WORKER_REPORTED: tuple[Combination, ...] = (
    # Injections brought home and talk of ending it: "injections घरी आणतोय ... म्हणतोय संपवून टाकतो".
    Combination(S, (_g("injectable", "theatre_drug"), _g("end_bare", "end", "die", "suicide"), _g("talk_of")), 14,
                across=True),
    # Shut in with injections or a blade: "locked himself in the bathroom ... injections in it".
    Combination(S, (_g("locked_in", "locked_in_room"), _g("injectable", "theatre_drug", "paraphernalia",
                                                          "cutting_tool", "weapon", "pills", "poison")),
                12, across=True, unless=_g("locked_out", "safekeeping", "kept_away"), unless_reach=6),
    # "he won't be around next week. he's not going on leave".
    Combination(S, (_g("not_around_then"), _g("no_ordinary_absence")), 24, across=True),
)
