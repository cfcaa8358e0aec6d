"""Using again told by how much was taken (round 19): the amount drunk that one cannot
remember ("किती प्यायलो आठवत नाही", "kitni pi yaad nahi", "don't remember how much I drank"),
and joints by their count ("2 joints", "do joint", "teen joints maare").

Quiet: water or tea by the amount (beverage), a joint wished or longed for ("ek joint ke liye
kuch bhi", "do joint ka mann": the craving rules read those), and joints of the body ("2 joints me dard",
"knee joints": ailment, the body's words). Words and the rules that read them (appended to
the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "joints_smoked": ("joint", "joints", "जॉइंट", "जॉइंट्स", "जॉईंट"),
    # The digit 2 reads as "to": "2 joints" is its own phrase.
    "two_joints": ("2 joints", "2 joint", "2 जॉइंट", "2 जॉइंट्स"),
    # The joints of a body.
    "body_joints": ("knee", "knees", "ghutne", "घुटने", "gudghe", "गुडघे", "pain", "dard", "दर्द", "dukhtat",
                    "दुखतात", "arthritis", "bones", "haddi", "हड्डी", "finger", "fingers", "swelling", "sujan",
                    "सूजन", "welding", "pipe", "pipes", "carpenter", "furniture", "wood"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_JOINT_NOT_SMOKED = _g("body_joints", "ailment", "body_part_other", "medical", "want", "craving", "longing",
                       "talap_felt", "fear", "for_sake", "use_future")

HOW_MUCH_TAKEN: tuple[Combination, ...] = (
    # "किती प्यायलो आठवत नाही", "kitni pi yaad nahi".
    Combination(RE, (_g("how_much"), _g("drank", "drank_bare", "drank_pilo"), _g("memory_lost")), 3, order=True,
                unless=_g("beverage", "medical", "pills_by_course")),
    # "don't remember how much I drank".
    Combination(RE, (_g("memory_lost"), _g("how_much"), _g("drank", "drank_bare")), 4, order=True,
                unless=_g("beverage", "medical", "pills_by_course")),
    # "2 joints", "do joint": a count of two or more. "ek joint" is as often wished for ("ek joint
    # ke liye kuch bhi kar dunga", a craving), and a wish or a longing beside the count is one.
    Combination(RE, (_g("small_count", "more_than_one", "few_count"), _g("joints_smoked")), 0, order=True,
                unless=_JOINT_NOT_SMOKED, unless_reach=5),
    Combination(RE, (_g("two_joints"),), unless=_JOINT_NOT_SMOKED, unless_reach=5),
)
