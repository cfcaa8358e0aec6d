"""Suicide told as what comes after (round 42, holdouts 139-141): freed by dying ("सोसायटीचं कर्ज,
सावकाराचं व्याज ... मेलो तर सुटलो"), left alone at last once dead ("melyavar tari sodtil"), the
children to be looked after once the writer has gone ("मी गेल्यावर पोरांची काळजी घ्याल ना"),
"I'll finish myself" ("खुद को finish कर दूंगा"), and not being there tomorrow morning ("kal
subah nahi rahunga"; not when a place or an errand is named: "kal subah ghar pe nahi rahunga,
gaon ja raha hu"). Words and the rules that read them (appended to the area's COMBINATIONS by
rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Freed, or left alone at last: "सुटलो", "sodtil".
    "aig_freed": ("सुटलो", "sutlo", "सुटेन", "suten", "सुटका होईल", "chhoot jaunga", "छूट जाऊंगा", "chhut jaunga",
                  "sodtil", "सोडतील", "sodtal", "पीछा छूटेगा", "peecha chhutega",
                  "free ho jaunga", "be free"),
    # Once the writer has gone: "मी गेल्यावर", "mere jaane ke baad".
    "aig_after_i_go": ("मी गेल्यावर", "mi gelyavar", "mi gelya var", "मेरे जाने के बाद", "mere jaane ke baad",
                       "mere jane ke baad", "after i am gone", "after im gone", "after i'm gone", "when i am gone",
                       "when im gone", "when i'm gone", "मैं नहीं रहूंगा तो", "main nahi rahunga to"),
    # The ones left to be looked after: "काळजी घ्याल ना", "dhyan rakhna".
    "aig_look_after": ("काळजी घ्याल", "kalji ghyal", "kalaji ghyal", "काळजी घ्या", "kalji ghya", "ध्यान रखना",
                       "dhyan rakhna", "ध्यान रखियेगा", "take care of", "look after", "सांभाळा", "sambhala",
                       "संभाल लेना", "sambhal lena", "देखभाल करना"),
    # The writer as the one finished: "खुद को finish" (not "apne haath se finish", with his own hands).
    "aig_myself": ("khud ko", "खुद को", "apne aap ko", "अपने आप को", "swatahla", "स्वतःला", "myself"),
    # Not to remain, in Hindi's first person (Marathi's "मी नसेन" has its own reading, with its own
    # errands).
    "aig_wont_remain": ("nahi rahunga", "nahi rahungi", "नहीं रहूंगा", "नहीं रहूंगी", "नहीं रहूँगा", "नहीं रहूँगी",
                        "nahi rahuga", "nai rahunga"),
    # Somewhere to be, so an absence and not an end: "kal subah ghar pe nahi rahunga".
    "aig_somewhere": ("ghar pe", "ghar par", "घर पे", "घर पर", "gharat", "घरात", "ghari", "घरी", "office me",
                      "ऑफिस में", "duty pe", "ड्यूटी पर", "shift", "gaon", "गांव", "gavala", "गावाला", "bahar",
                      "बाहर", "station", "depot", "डेपो", "available", "network"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_PLACE_OR_ERRAND = _g("aig_somewhere", "errand_place", "summons_errand", "staying_place", "leave_harmless",
                      "away_trip", "commute", "gone_travelling", "wedding", "absent_from", "calm_ordinary_absence",
                      "hinted_ordinary_absence", "gb_away_tomorrow", "break_from")

AFTER_I_AM_GONE: tuple[Combination, ...] = (
    Combination(S, (_g("die_if", "if_i_were_dead", "after_death"), _g("aig_freed")), 3, order=True,
                unless=_g("third_person", "other_target")),
    Combination(S, (_g("aig_after_i_go"), _g("aig_look_after")), 6, order=True),
    Combination(S, (_g("aig_myself"), _g("ps_finish")), 0, order=True, unless=_g("task", "work_load")),
    Combination(S, (_g("tomorrow_word", "by_morning"), _g("aig_wont_remain")), 3, order=True,
                unless=_PLACE_OR_ERRAND, unless_reach=8),
)
