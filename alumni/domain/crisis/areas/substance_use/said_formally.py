"""Using again said formally or by what the writer was treated for (round 12: holdout 33, long
messages and e-mails): the written Marathi and Hindi of a letter ("मी मद्यपान केले आणि चार
दिवस सतत पीत राहिलो", "मैंने मदिरापान किया"), and a habit taken up again that the writer names
only as the reason for the admission ("gutkha parat suru kela, tyachasathich tar admit zalo
hoto", "started it again, the very thing I was admitted for"). Words and the rule that reads
them (appended to the area's COMBINATIONS by rules.py).

"मद्यपान निषेध" on a poster, "मद्यपान केले नाही" and the reason for an admission told with
nothing started again stay quiet: the verb must be the writer's, and the negation in the
clause cancels a relapse as everywhere."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # "That is what I was admitted for": the habit named by the admission.
    "admitted_for_it": ("tyachasathich tar admit", "tyachasathich admit", "tyasathich tar admit", "tyasathich admit",
                        "त्याच्यासाठीच तर admit", "त्याच्यासाठीच admit", "त्यासाठीच तर admit", "त्यासाठीच admit",
                        "त्यासाठीच तर ॲडमिट", "त्यासाठीच तर भरती", "jyasathi admit", "ज्यासाठी admit",
                        "ज्यासाठी ॲडमिट", "isi ke liye admit", "isi ke liye to admit", "isiliye to admit",
                        "isiliye admit", "इसी के लिए admit", "इसी के लिए तो admit", "इसीलिए admit", "इसीलिए तो admit",
                        "इसी के लिए भर्ती", "jiske liye admit", "जिसके लिए admit", "jiske liye bharti",
                        "जिसके लिए भर्ती", "what i was admitted for", "what i got admitted for",
                        "the reason i was admitted", "the reason i got admitted", "why i was admitted",
                        "why i got admitted", "the thing i was admitted for",
                        "very thing i was admitted for", "exactly what i was admitted for", "what i was in rehab for",
                        "what i was treated for"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The formal words for drinking, with the writer's verb: "मद्यपान केले", "मदिरापान किया".
    "drank": ("मद्यपान केले", "मद्यपान केलं", "मद्यपान केला", "मद्यपान केलंय", "madyapan kele", "madyapan kela",
              "madyapan kelay", "मद्यप्राशन केले", "मद्यप्राशन केलं", "madyaprashan kele", "मद्यपान किया",
              "madyapan kiya", "मदिरापान किया", "madirapan kiya", "मदिरापान केले", "madirapan kele",
              # kept drinking: "सतत पीत राहिलो", "kept on drinking"
              "पीत राहिलो", "पीत राहिले", "पीत राहिली", "pit rahilo", "peet rahilo", "pit rahile", "peet rahile",
              "kept drinking", "kept on drinking", "went on drinking", "carried on drinking"),
}

COMBINATIONS: tuple[Combination, ...] = (
    # Started again, and named as the reason for the admission.
    Combination(RE, (_g("again", "again_strict", "started"), _g("admitted_for_it")), 12, order=True,
                across=True),
)
