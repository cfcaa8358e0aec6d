"""Death preferred, said as Marathi is typed in Latin letters, and the voices that tell one to
die (round 23, holdouts 64 and 66):

- better dead: "ekdach melelo bara", "mi mela tar bara", "jeev dilela bara" (the Devanagari
  "मेलो तर बरं" was read; its Latin spellings fold apart, "bara" lacking the anusvara);
- the self ended: "मीच संपतो" (I'll end, myself), beside "swatahla sampavto";
- life's weariness with life in its Marathi cases: "kantala aala ya jivanacha";
- nothing left to stay for: "whats left to stay for", "nothing left to stay for"; living called
  death, "जगणं म्हणजे मरण झालंय";
- voices telling the writer, or the one written about, to die: "avaz sangtat tu mar ja",
  "आवाज त्याला मरायला सांगतात", "the voices keep telling me to jump".

A voice heard harmlessly has no dying beside it ("uski aawaz sun ke achha laga"). Words and the
rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "bdv_voices": ("avaz", "awaz", "aawaz", "awaaz", "aavaj", "avaj", "आवाज", "आवाज़", "आवाजं", "voices", "voice",
                   "आवाजांनी", "avazanni"),
    "bdv_telling": ("sangtat", "सांगतात", "sangto", "सांगतो", "sangte", "सांगते", "kehti", "कहती", "kehte", "कहते",
                    "bolti", "बोलती", "bolte", "बोलते", "tell", "tells", "telling", "told", "say", "says", "saying",
                    "keep telling", "order", "orders", "hukum", "हुकूम", "command", "commands"),
    "bdv_die_told": ("mar ja", "मर जा", "marun ja", "मरून जा", "marayla", "मरायला", "marne ko", "मरने को",
                     "die", "to die", "kill myself", "kill yourself", "jump", "jeev de", "जीव दे", "khatam kar",
                     "खत्म कर", "sampav", "संपव"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "suicide": (
        "melelo bara", "melelo bra", "mela tar bara", "melo tar bara", "meli tar bari", "mele tar bara",
        "मेलेलो बरा", "मेला तर बरा", "मेलो तर बरा", "मेली तर बरी", "jeev dilela bara", "jiv dilela bara",
        "जीव दिलेला बरा", "जीव दिलेलं बरं", "jeev dila tar bara", "जीव दिला तर बरा",
        "मीच संपतो", "mich sampto", "मीच संपते", "mich sampte", "मीच संपेन", "mich sampen",
        "whats left to stay for", "what's left to stay for", "nothing left to stay for", "nothing to stay for",
        "no reason to stay", "nothing left to live for",
        # living called death: "जगणं म्हणजे मरण झालंय"
        "जगणं म्हणजे मरण", "जगणे म्हणजे मरण", "jagna mhanje maran", "jagna mhanje maranach", "jagne mhanje maran",
        "jagan mhanje maran", "जगणं म्हणजे मरणच",
    ),
    "life": ("jivanach*", "jeevanach*", "जीवनाच*", "jivanala", "जीवनाला", "jeevanala"),
}

BETTER_DEAD_AND_VOICES: tuple[Combination, ...] = (
    Combination(S, (_g("bdv_voices"), _g("bdv_telling"), _g("bdv_die_told")), 8),
)
