"""The cobbler's and the dismantler's solution glue on the mind (the reading of rounds 76-77): the
tube or its smell at work and the writer restless or unable to stop thinking of it ("सोल्युशनची ट्यूब
बघून अस्वस्थ वाटतंय", "solution ki smell ... dimaag me wahi ghoom raha hai", "cant stop thinking about
solution"). Rounds 78-79 added its smell bringing the old days or the mind back to it ("ग्लूच्या वासाने
परत जुने दिवस आठवले", "glue ki smell aa rahi thi, dimaag seedha solution pe chala gaya"). A craving:
urgent, never a crisis.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # Glue in Marathi's case forms (widens the word as substances.py lists it).
    "inhalant_maybe": ("ग्लू", "ग्लूच्या", "ग्लूचा", "ग्लूचं", "ग्लूचे"),
    # The wish for it: "majha pan man hota" ("want" alone is also "going to", "will").
    "sm_wish": ("man hota", "मन होता", "मन होतं", "man hot", "man karta", "मन करता", "मन करतं", "dil karta",
                "दिल करता", "feel like having", "i want it"),
    # The mind gone straight to it.
    "sm_mind_went": ("dimaag seedha", "dimag seedha", "दिमाग सीधा", "dimaag sidha", "mind went straight",
                     "man titha gela", "मन तिथे गेलं", "man tikde gela", "मन तिकडे गेलं"),
    # Isopropyl alcohol (the phone repair bench's cleaner) and nail-polish remover (widens the solvents).
    "solvent_named": ("ipa", "isopropyl", "आयपीए", "रिमूव्हर", "रिमूव्हरची", "remover", "रिमूवर"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SOLUTION_ON_THE_MIND: tuple[Combination, ...] = (
    Combination(CR, (_g("solvent_named", "aq_solution", "inhalant_maybe", "inhalants"),
                     _g("restless", "longing", "wont_leave_mind", "thought_of")), 10, across=True,
                unless=_g("quit")),
    Combination(CR, (_g("solvent_named", "aq_solution", "inhalant_maybe", "inhalants"),
                     _g("smell", "smell_of_it", "smell_more", "solvent_cleaned"),
                     _g("remembering", "comes_to_mind", "aq_pull", "sm_wish", "sm_mind_went", "restless", "longing")), 12,
                across=True, unless=_g("quit", "negation")),
)
