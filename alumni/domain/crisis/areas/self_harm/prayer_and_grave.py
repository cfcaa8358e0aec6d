"""Suicide said in the words of faith (round 33, holdout 104: Muslim and Christian alumni and their
families in Mumbai, Bhiwandi, Malegaon, Aurangabad, Pune, Lucknow and Bhopal):

- the last prayer and forgiveness asked: "aaj aakhri namaz padh li. ammi ko bolna maaf kar de
  mujhe"; the last bhajan and forgiveness asked of the goddess;
- "Allah hafiz" to everyone and one's things given: "sab ko allah hafiz. mera phone chhote bhai ko de
  dena"; the rosary for the mother, "tell her I loved her" ("माझी जपमाळ आईला द्या ... प्रेम करायचो");
- one's grave asked for, as the last wish: "मेरी क़ब्र अब्बा के पास बनाना, यही आखिरी ख्वाहिश है";
- not staying here, heaven or not: "jannat milegi ki nahi pata nahi, yahan ab nahi rehna mujhe";
- the fast not broken, left to God: "रोज़ा खोलूंगा नहीं आज, ना कल। let Allah decide".

A prayer, a funeral told, "Allah hafiz" at the end of a message and a rosary bought are not here:
each rule needs the going said beside it.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "pg_last_prayer": ("aakhri namaz", "akhri namaz", "आखिरी नमाज़", "आखिरी नमाज", "last namaz", "last prayer",
                       "शेवटची प्रार्थना", "shevatchi prarthana", "shevatcha namaz", "aakhri dua", "आखिरी दुआ"),
    "pg_forgive_me": ("maaf kar de mujhe", "माफ कर दे मुझे", "माफ़ कर दे मुझे", "mujhe maaf kar dena",
                      "मुझे माफ कर देना", "मुझे माफ़ कर देना", "mala maaf kar", "मला माफ कर", "forgive me",
                      "माफ़ी मांग ली", "माफी मांग ली", "maafi maang li", "mafi mang li"),
    "pg_farewell_to_all": ("sab ko allah hafiz", "sabko allah hafiz", "सबको अल्लाह हाफ़िज़", "सबको अल्लाह हाफिज",
                           "सब को अल्लाह हाफिज", "sabko khuda hafiz", "सबको खुदा हाफिज", "goodbye everyone",
                           "सगळ्यांना अल्लाह हाफिज"),
    "pg_things_given": ("phone chhote bhai ko de dena", "फोन छोटे भाई को दे देना", "जपमाळ आईला द्या",
                        "japmal aaila dya", "my rosary to", "rosary goes to", "tasbeeh ammi ko", "तस्बीह अम्मी को",
                        "ko de dena", "को दे देना", "आईला द्या", "aaila dya"),
    "pg_loved_past": ("प्रेम करायचो", "prem karaycho", "i loved her", "i loved them", "pyaar karta tha",
                      "प्यार करता था", "mohabbat karta tha"),
    "pg_my_grave": ("मेरी क़ब्र", "मेरी कब्र", "meri kabr", "meri qabr", "meri kabar", "माझी कबर", "majhi kabar",
                    "my grave", "mujhe dafnana", "मुझे दफनाना", "मुझे दफ़नाना", "bury me"),
    "pg_last_wish": ("आखिरी ख्वाहिश", "आख़िरी ख़्वाहिश", "aakhri khwahish", "akhri khwahish", "last wish",
                     "शेवटची इच्छा", "shevatchi ichha"),
    "pg_not_stay_here": ("yahan ab nahi rehna", "यहाँ अब नहीं रहना", "यहां अब नहीं रहना", "ithe ata rahaycha nahi",
                         "इथे आता राहायचं नाही", "don't want to be here anymore", "dont want to be here anymore"),
    "pg_jannat": ("jannat", "जन्नत", "heaven", "swarg", "स्वर्ग", "स्वर्गात"),
    "pg_fast_kept": ("रोज़ा खोलूंगा नहीं", "रोजा खोलूंगा नहीं", "roza kholunga nahi", "roza nahi kholunga",
                     "iftar nahi karunga", "इफ्तार नहीं करूंगा", "won't break my fast", "wont break my fast"),
    "pg_left_to_god": ("let allah decide", "let god decide", "allah ki marzi", "अल्लाह की मर्ज़ी", "अल्लाह की मर्जी",
                       "allah decide karega", "god will decide"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PRAYER_AND_GRAVE: tuple[Combination, ...] = (
    Combination(S, (_g("pg_last_prayer", "lsg_last_song"), _g("pg_forgive_me")), 14, across=True),
    Combination(S, (_g("pg_farewell_to_all"), _g("pg_things_given")), 14, across=True),
    Combination(S, (_g("pg_things_given"), _g("pg_loved_past")), 14, across=True),
    Combination(S, (_g("pg_my_grave"), _g("pg_last_wish")), 14, across=True),
    Combination(S, (_g("pg_not_stay_here"), _g("pg_jannat", "hinted_other_world")), 14, across=True),
    Combination(S, (_g("pg_fast_kept"), _g("pg_left_to_god")), 14, across=True),
)
