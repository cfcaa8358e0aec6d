"""Using again told in the words of chemsex (round 21, holdout 61): the party drugs by their
street names, "tina" (crystal meth), "G" (GHB or GBL), mephedrone as "meow meow" typed in
Devanagari, poppers, and "slamming" (injecting at a session).

"tina" and "slam" fold to the skeletons of "teen"/"तीन" (three) and "सलाम", so both are read
by the letters typed (alumni.domain.crisis.chems_typed adds the concepts "tina_chem" and
"slam_chem"). "Tina" is also a woman's name and "G"/"जी" the honorific, so neither is a substance alone:
"tina" counts beside a verb of taking ("tina li", "टिना घेतली", "did too much tina") or beside
another of the party drugs ("tina aur G", "meth ani G"), and "G" only beside another of them
or as the thing that was too much ("G ज़्यादा हो गया"). Tina the person is read by her case
ending or a verb of her own ("tina ne li", "टीनाला दिली", "tina said"), which cancels. "Slam"
is injecting only beside the session, a drug or "again": a door or one's head slammed stays
with the self-harm area. Words and the rules that read them (in the area's rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, OD = Category.RELAPSE, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # GHB and GBL; "G" alone is the honorific "ji", so only in company.
    "g_chem": ("g", "जी", "gee", "ghb", "gbl", "जीएचबी", "जीबीएल", "g b l", "g h b"),
    # "G" after a conjunction, beside the other drug: "tina aur G", "meth ani G", "टिना आणि जी".
    "and_g_chem": ("aur g", "और जी", "ani g", "aani g", "आणि जी", "and g", "n g", "& g", "aur ghb", "ani ghb",
                   "and ghb", "aur gbl", "and gbl", "plus g", "+ g", "with g"),
    # Too much of it taken: "G ज़्यादा हो गया", "जी जास्त झालं".
    "too_much_became": ("zyada ho gaya", "jyada ho gaya", "ज़्यादा हो गया", "ज्यादा हो गया", "zyada ho gayi",
                        "ज़्यादा हो गई", "jast zala", "jast jhala", "jasta zala", "जास्त झालं", "जास्त झाला",
                        "जास्त झाली", "jast zali", "too much", "way too much"),
    # Tina the person: her case endings, the honorific and her own verbs.
    "tina_person": ("tina ji", "टीना जी", "टिना जी", "tina g", "tina ne", "टीना ने", "टिना ने", "tina ko", "टीना को", "tina ki", "tina ka", "tina ke",
                    "टीना की", "टीना का", "टीना के", "tinala", "टीनाला", "टिनाला", "tinane", "टीनाने", "टिनाने",
                    "tinakade", "टीनाकडे", "tina di", "tina didi", "tina madam", "tina ma'am", "tina's",
                    "tina said", "tina says", "tina called", "tina came", "tina aunty", "tina mavshi",
                    "tina tai", "टीना ताई", "tina bai"),
    # Where the party drugs go round: the chill, the session, the chemsex party, the hookup.
    "chem_scene": ("chill", "chills", "session", "sessions", "सेशन", "sesh", "chemsex", "chem sex", "केमसेक्स",
                   "chem party", "pnp", "party n play", "hookup", "hook up", "hookups", "play party",
                   "sex party", "after party", "afterparty"),
    # The body failing after it: seizures, passing out, limbs that do not move.
    "body_failing_after": ("jhatke", "झटके", "jhatke yetayt", "झटके येतायत", "झटके आ रहे", "jhatke aa rahe",
                           "seizure", "seizures", "seizing", "convulsing", "convulsions", "fitting", "fits aa rahe",
                           "फिट्स", "beshuddh", "बेशुद्ध", "behosh", "बेहोश", "passed out", "unconscious",
                           "not waking up", "won't wake up", "uthat nahi", "उठत नाही", "hatpay halat nahit",
                           "हातपाय हलत नाहीत", "saans nahi", "साँस नहीं", "shwas ghet nahi", "श्वास घेत नाही"),
    # What a slammed door or head is: no needle.
    "slam_object": ("door", "darwaza", "दरवाज़ा", "दरवाजा", "darvaja", "दार", "head", "sir", "सिर", "dok", "डोकं",
                    "phone", "fist", "wall", "deewar", "भिंत", "brakes", "brake", "table", "dunk", "poetry"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "stimulants": ("म्याऊ म्याऊ", "म्याव म्याव", "myau myau", "myaav myaav", "meow", "मेफेड्रोन", "मेफ",
                   "crystal meth", "ghb", "gbl", "जीएचबी", "chems", "chemsex drugs"),
    "inhalants": ("poppers", "popper", "पॉपर्स", "पॉपर", "popperz", "rush poppers", "amyl nitrite"),
}

_TAKE = _g("use", "use_strong", "took", "drank")
_CHEMS = ANY + ("tina_chem", "g_chem")
_NOT_HER = _g("tina_person", "others", "third_person")

CHEMS_NAMED: tuple[Combination, ...] = (
    # "tina li", "टिना घेतली", "took tina".
    Combination(RE, (_g("tina_chem"), _TAKE), 3, unless=_NOT_HER, unless_reach=2),
    # At the session, "टीना, जी, सब कुछ लिया": the honorific reading has no session.
    Combination(RE, (_g("chem_scene"), _g("tina_chem", "g_chem"), _TAKE), 8, unless=_g("third_person")),
    # "did way too much tina", "G ज़्यादा हो गया": too much of it is an overdose.
    Combination(OD, (_g("too_much"), _g("tina_chem")), 2, order=True, unless=_NOT_HER),
    Combination(OD, (_g("g_chem"), _g("too_much_became")), 1, order=True, unless=_NOT_HER),
    # "tina aur G", "meth ani G", "टिना आणि जी": two party drugs named together.
    Combination(RE, (ANY + ("tina_chem",), _g("and_g_chem")), 2, order=True, unless=_NOT_HER),
    # "came back from a chemsex party and is having seizures": the body failing after the drugs.
    Combination(OD, (_g("chem_scene") + _CHEMS, _g("body_failing_after")), 10),
    # "ended up slamming at the chill", "session madhe slam kela parat".
    Combination(RE, (_g("slam_chem"), _g("chem_scene", "again") + _CHEMS), 8, unless=_g("slam_object")),
)
