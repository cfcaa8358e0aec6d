"""The writer's absence said in Marathi and Hindi turns of phrase (round 21, holdout 61, queer
and trans alumni pressed to marry or thrown out): this world left ("he jag sodnar", "हे जग पण
सोडणार", "is duniya se chala jaunga"), better if the writer were not there ("मी नसलेलं बरं",
"mera na hona hi behtar"), the decision to make an end firm ("शेवट करायचा विचार पक्का झालाय",
"khatam karne ka faisla pakka"), and the crematorium where the writer will be seen instead of
the wedding ("स्मशानात दिसेन", "shamshan mein milunga").

Quiet: a relationship, a project or a series brought to an end; a relative's cremation that
the writer will attend; the world praised ("he jag sundar ahe"). Words and the rules that read
them (in the area's rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SU = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # This world, in Marathi and Hindi.
    "this_world_here": ("he jag", "हे जग", "ya jagala", "या जगाला", "ya jagatun", "या जगातून", "is duniya",
                        "इस दुनिया", "is duniya se", "इस दुनिया से", "ye jahan", "यह जहान"),
    "world_left": ("sodnar", "सोडणार", "sodun janar", "सोडून जाणार", "sodto", "सोडतो", "sodaycha", "सोडायचं",
                   "sodaychay", "सोडायचंय", "chhod dunga", "chhod dungi", "छोड़ दूंगा", "छोड़ दूंगी", "chala jaunga",
                   "chali jaungi", "चला जाऊंगा", "चली जाऊंगी", "leave", "leaving", "sodun jaycha", "सोडून जायचं"),
    # Better if the writer were not there.
    "better_not_here": ("nasalela bara", "naslela bara", "नसलेलं बरं", "नसलेलंच बरं", "naslelach bara",
                        "नसलेला बरा", "नसलेली बरी", "naslo tar bara", "नसलो तर बरं", "nasle tar bara",
                        "नसले तर बरं", "na hona behtar", "na hona hi behtar", "न होना बेहतर", "न होना ही बेहतर",
                        "na rahun to behtar", "न रहूं तो बेहतर", "better if i wasnt here", "better if i weren't here",
                        "better if i wasn't here", "better if i weren't around", "better if i wasn't around"),
    "writer_self": ("मी", "mi", "me", "mera", "मेरा", "main", "मैं", "i", "majha", "माझं"),
    # The end, to be made: "शेवट करायचा", "khatam karne ka", "to end it".
    "end_to_make": ("shevat karaycha", "शेवट करायचा", "शेवट करायचं", "shevat karaychay", "शेवट करायचाय",
                    "sagla sampvaycha", "सगळं संपवायचं", "khatam karne ka", "खत्म करने का", "sab khatam karne",
                    "सब खत्म करने", "end it all", "to end it"),
    "made_firm": ("pakka", "पक्का", "pakka zalay", "पक्का झालाय", "tharavlay", "ठरवलंय", "tharavla", "ठरवला",
                  "faisla", "फैसला", "decided", "final", "firm", "made up my mind"),
    # Whose end it is when it is not the writer's.
    "end_of_a_thing": ("relationship", "नातं", "naata", "nata", "नात्या*", "natya*", "nate", "नाते", "rishta", "रिश्ता", "breakup", "project",
                       "प्रोजेक्ट", "kaam", "काम", "series", "serial", "season", "book", "story", "कथा", "course",
                       "job", "नोकरी", "naukri", "business", "dhanda", "धंदा", "chapter", "movie", "film"),
    # Seen at the crematorium, not the wedding.
    "at_the_pyre": ("smashanat disen", "स्मशानात दिसेन", "smashanat bhetin", "स्मशानात भेटेन", "masnat disen",
                    "मसणात दिसेन", "shamshan mein milunga", "श्मशान में मिलूंगा", "shamshan me milungi",
                    "श्मशान में मिलूंगी", "shamshan mein dikhunga", "श्मशान में दिखूंगा", "shamshan ghat pe milunga",
                    "see me at the crematorium", "see me at my funeral"),
    "relative_cremated": ("antyasanskar", "अंत्यसंस्कार", "antim sanskar", "अंतिम संस्कार", "funeral of",
                          "cremation of", "aajoba", "आजोबा", "आजोबांचे", "आजोबांच्या", "आजीचे", "आजीच्या",
                          "grandfather", "grandmother", "grandpa", "grandma", "dadaji ka", "दादाजी का",
                          "nanaji ka", "नानाजी का", "dadi ka", "दादी का", "nani ka", "नानी का"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

NOT_HERE_AFTER: tuple[Combination, ...] = (
    # "he jag sodnar", "ghar pan sodnar ani he jag pan", "is duniya se chala jaunga".
    Combination(SU, (_g("this_world_here"), _g("world_left")), 5),
    # "मी पण नसलेलं बरं", "mera na hona hi behtar".
    Combination(SU, (_g("writer_self"), _g("better_not_here")), 3, order=True, unless=_g("third_person")),
    # "शेवट करायचा विचार पक्का झालाय".
    Combination(SU, (_g("end_to_make"), _g("made_firm")), 5, unless=_g("end_of_a_thing", "third_person"),
                unless_reach=5),
    # "मी मांडवात नाही, स्मशानात दिसेन".
    Combination(SU, (_g("at_the_pyre"),), 0, unless=_g("relative_cremated", "third_person"), unless_reach=10),
)
