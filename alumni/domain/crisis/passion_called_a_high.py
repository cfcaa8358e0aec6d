"""A passion called a high (the reading of rounds 62-63): "बेटे को पतंगबाजी का नशा चढ़ गया है",
"पोराला क्रिकेटची नशा चढलीय", "kaam ka nasha chadh gaya hai aajkal", "मोबाइल गेम का नशेड़ी": the
"high" or the "addict" of a passion named before it in the genitive (a game, kites, work, a phone,
love, money). Anything else named there keeps its high: "daru ka nasha chadh gaya", "thinner ka
nasha phir lene laga", "फेविकोलचा नशा"; so does a high with nothing named before it, and a passion's
high taken up "again". Read by alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.concepts import Concepts

_HIGH = ("nasha", "nashe", "nashaa", "नशा", "नशे", "नशेड़ी", "नशेडी", "nashedi", "नशेबाज", "nashebaj",
         "addict", "addiction")
# "of": the Hindi and Marathi genitive, alone or glued to the thing ("क्रिकेटची", "kaamachi").
_OF = frozenset({"ka", "ki", "का", "की", "cha", "chi", "चा", "ची", "of"})
_OF_GLUED = ("ची", "चा", "chi", "cha")
# The passions a high is said of, by their first letters (the glued genitive left on): a game,
# kites, work, a phone, love, money, power, music, the gym, studies. A thing not named here (a
# solvent, a glue, a pill) keeps its "nasha" a drug's.
_PASSIONS = ("cricket", "क्रिकेट", "kabaddi", "कबड्डी", "football", "game", "gaming", "गेम", "pubg", "ludo",
             "patang", "पतंग", "kite", "kites", "kaam", "काम", "kamach", "कामाच", "work", "mobile", "मोबाइल",
             "मोबाईल", "phone", "फोन", "reels", "रील", "instagram", "insta", "youtube", "pyaar", "pyar", "प्यार",
             "ishq", "इश्क", "prem", "प्रेम", "love", "paisa", "paise", "पैसा", "पैसे", "paishach", "पैशाच",
             "money", "satta", "सत्ता", "power", "taqat", "ताकत", "kursi", "कुर्सी", "jeet", "जीत", "jitn", "जिंकण",
             "winning", "success", "kamyabi", "कामयाबी", "shohrat", "शोहरत", "fame", "music", "sangeet", "संगीत",
             "gaana", "गाना", "gaan", "गाण", "dance", "naach", "नाच", "nach", "gym", "जिम", "padhai", "पढ़ाई",
             "पढाई", "abhyas", "अभ्यास", "shopping", "film", "फिल्म", "picture", "chess", "shatranj")
# Again, or begun: the high taken up again is a relapse whatever it is of.
_AGAIN = frozenset({"phir", "fir", "फिर", "parat", "परत", "punha", "पुन्हा", "again", "dobara", "दोबारा"})


def forget_passion_called_a_high(c: Concepts) -> None:
    if not c.may_hold(_HIGH):
        return
    words = c.words
    substance_at = {k for hit in c.of(*ANY) for k in range(hit.start, hit.end)}
    for k, token in enumerate(words):
        if not token.raw.startswith(_HIGH) or k == 0:
            continue
        before = words[k - 1]
        if before.raw in _OF and k >= 2:
            thing = k - 2
        elif before.raw.endswith(_OF_GLUED) and len(before.raw) > 4:
            thing = k - 1
        else:
            continue
        clause = [t for t in words if t.clause == token.clause]
        if thing in substance_at or words[thing].clause != token.clause \
                or not words[thing].raw.startswith(_PASSIONS) or any(t.raw in _AGAIN for t in clause):
            continue
        end = k + 1
        while end < len(words) and end <= k + 2 and words[end].clause == token.clause:
            end += 1
        c.drop_all(k, end)
        c.add("unmeant", k, end)
