"""Suicide and self-harm told by tailors and garment workers (round 34, holdout 107: tailoring shops,
boutiques, Bhiwandi's and Surat's units, piece-rate machinists):

- the needle pushed into the fingers as a habit, for relief or in secret: "सुईने fingers टोचतो, बरं
  वाटतं somehow", "सुई चुभोता रहता हूँ नाखून के नीचे, किसी को बताया नहीं", "sui से fingers छेदता
  हूँ, pata nahi kyun सुकून मिलता है" (a needle that pricked the finger while stitching is not here);
- the machine given away and sorry to all: "मेरी सिलाई मशीन छोटू को दे देना। बाकी सब से माफी";
- if the writer goes, the family's trouble ends: "mi gelo tar tyancha tras sampel na gharchyancha".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "nc_knife": ("chakuni", "चाकूनी", "chakune", "चाकूने", "सुरीने", "surine"),
    "nc_pin": ("सेफ़्टी पिन", "सेफ्टी पिन", "safety pin", "safety pins"),
    "nc_lines_drawn": ("reshe odhle", "रेषा ओढल्या", "रेषे ओढले", "रेषा ओढल्या", "resha odhlya"),
    "nc_pierce_habit": ("चुभाती रहती", "chubhati rehti", "टोचतो", "tochto", "चुभोता रहता", "chubhota rehta", "छेदता", "chhedta", "chedta",
                        "टोचत राहतो", "tochat rahto", "keep pricking", "i prick"),
    "nc_fingers_nails": ("fingers", "finger", "बोटं", "बोटांना", "botanna", "नाखून", "nakhun", "उंगलियां", "ungliyan",
                         "उंगली", "ungli", "नखाखाली", "nakhakhali", "under my nails"),
    "nc_relief_or_secret": ("बरं वाटतं", "bara vatta", "सुकून मिलता", "sukoon milta", "किसी को बताया नहीं",
                            "kisi ko bataya nahi", "कोणाला सांगितलं नाही", "feels better", "nobody knows"),
    "nc_machine_given": ("सिलाई मशीन", "silai machine", "शिलाई मशीन", "shilai machine", "my sewing machine"),
    "nc_sorry_all": ("सब से माफी", "सब से माफ़ी", "sab se maafi", "बाकी सब से माफी", "सगळ्यांची माफी"),
    "nc_if_i_go": ("mi gelo tar", "मी गेलो तर", "मी गेले तर", "mi gele tar", "main chala gaya to", "मैं चला गया तो", "if i'm gone", "if im gone"),
    "nc_their_trouble_ends": ("विमा तरी मिळेल", "vima tari milel", "बीमा तो मिलेगा", "bima to milega",
                              "tras sampel", "त्रास संपेल", "pareshani khatam", "परेशानी खत्म हो जाएगी",
                              "their trouble ends", "सुटतील सगळे", "sutatil sagle"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NEEDLE_AND_CLOTH_LOFT: tuple[Combination, ...] = (
    # (not "कांदा कापताना सुरीने हातावर रेषा ओढल्या गेल्या": the onion's knife slipped)
    Combination(SH, (_g("blade", "cutting_tool", "weapon", "nc_knife"), _g("cut_site"), _g("nc_lines_drawn", "rl_lines")),
                8, unless=_g("by_accident", "cut_harmless", "fest_hurt_cut_things", "cut_by_chore"), unless_reach=6),
    Combination(SH, (_g("needle", "fest_hurt_small_sharp", "nc_pin"), _g("nc_pierce_habit", "rl_pushed_in"),
                     _g("nc_fingers_nails", "nc_relief_or_secret", "hand_part", "cut_site")), 8, across=True),
    Combination(S, (_g("nc_machine_given", "pg_things_given"), _g("nc_sorry_all", "rl_sorry_all")), 14, across=True),
    Combination(S, (_g("nc_if_i_go"), _g("nc_their_trouble_ends")), 12),
)
