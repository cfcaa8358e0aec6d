"""Self-harm told as a hurt done on purpose at work, or a blow kept up till blood (the second
reading of rounds 58-59): "गरम rod हाताला मुद्दाम लावला, relief वाटलं", "grinder pe ungli jaan
ke laga di kal, sabko bola accident tha", "enclosure च्या gate मध्ये हात मुद्दाम अडकवला", "cut my
palm on the broken boom barrier on purpose", "पिंजरे की सलाखों पे सर मारता रहा जब तक खून नहीं
आया", "कांटेदार झाड़ियों में हाथ रगड़ता रहा जब तक खून नहीं निकला".

"हात लावला नाही" (not touched) is sobriety's idiom, and a negation or a substance beside the hand
keeps it quiet. On purpose is the whole of it: a hand caught in a gate, a finger on a grinder and a head struck
are the works' accidents, and read as such without it. Someone else who did it to the writer
("usne jaan ke haath daba diya") is harm against him, left to the rules that read it.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # On purpose, in the words the lists did not hold: "jaan ke", "jaanbujh ke".
    "hp_on_purpose": ("jaan ke", "jaanke", "jaan bujh ke", "jaanbujh ke", "jaan boojh ke", "जान बूझ के",
                      "जानबूझ के", "जानबूझकर", "jaanbujhkar", "deliberately", "purposely", "intentionally"),
    # Put to, caught in, rubbed on: the contact itself.
    "hp_put_to": ("lavla", "लावला", "lavli", "लावली", "lavle", "लावले", "laga di", "लगा दी", "laga diya",
                  "लगा दिया", "lagaya", "लगाया", "lagai", "लगाई", "adakavla", "अडकवला", "adkavla", "adakavli",
                  "अडकवली", "daba diya", "दबा दिया", "dabaya", "दबाया", "ghasla", "घासला", "ghasun", "घासून",
                  "ragad diya", "रगड़ दिया", "ragadta", "रगड़ता", "rubbed", "pressed", "touched", "let it touch",
                  "held it", "cut", "burnt", "burned", "jaalla", "जाळला", "ghatla", "घातला", "bandhi", "बाँधी", "बांधी", "dabata raha", "दबाता रहा",
                  "khada raha", "खड़ा रहा", "held my palm", "held my hand", "bandhli", "बांधली", "bandhla", "बांधला"),
    # Till blood came: "जब तक खून नहीं आया", "khoon nikal aaya", "till my knuckles split".
    "hp_till_blood": ("jab tak khoon", "जब तक खून", "khoon nikal aaya", "खून निकल आया", "khoon nikla", "खून निकला",
                      "rakta aala", "रक्त आलं", "raktaa yeiparyant", "रक्त येईपर्यंत", "till it bled", "till i bled",
                      "until it bled", "till my knuckles", "knuckles split", "till blood"),
    # Hitting, banging, punching, kept up.
    "hp_kept_hitting": ("maarta raha", "मारता रहा", "marta raha", "मारत राहिलो", "marat rahilo", "maarta rehta",
                        "मारता रहता", "banging", "kept banging", "kept punching", "punching", "ragadta raha",
                        "रगड़ता रहा", "ghasat rahilo", "घासत राहिलो", "de maara", "दे मारा", "aapatla", "आपटलं",
                        "hit my own", "hit myself", "beat myself", "apne hi", "अपने ही", "apni hi", "अपनी ही",
                        "dabata raha", "दबाता रहा"),
    # Him, the one a blow kept up on is someone else's ("usko maarta raha").
    "hp_him": ("usko", "उसको", "tyala", "त्याला", "him", "unko", "उनको"),

    # Till the harm shows: bruised, blistered, split, unable to walk (round 60-61's reading).
    "hp_till_marked": ("jab tak neela", "जब तक नीला", "jab tak chhale", "जब तक छाले", "till it blistered",
                       "till blistered", "till it bruised", "जब तक छिल", "jab tak chhil", "jab tak nishan",
                       "जब तक निशान", "till i couldnt walk", "till i could not walk", "ओठ फुटला", "oth phutla",
                       "निळं होईपर्यंत", "nila hoiparyant", "लाल होईपर्यंत", "lal hoiparyant"),
    # Punishment given to oneself: "khud ko saza di", "i deserved it".
    "hp_punished": ("khud ko saza", "खुद को सजा", "खुद को सज़ा", "swatala shiksha", "स्वतःला शिक्षा",
                    "i deserved it", "i deserve it", "felt like i deserved", "deserved the pain", "hech payje hota",
                    "हेच पाहिजे होतं", "hech pahije hota", "mala hech pahije", "saza mili", "punish myself",
                    "punished myself", "punishing myself"),
    # Parts a blow is dealt with or to, beside the lists' own.
    "hp_body": ("skin", "chamdi", "चमडी", "चमड़ी", "knuckles", "fist", "fists", "muthi", "मुट्ठी", "forehead"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_BODY = _g("hand_part", "head", "body_part_other", "bo_own_part", "hands", "hp_body")
# "दारूला हात लावला नाही" (didn't touch the drink) is the idiom of not drinking, not a hand put to
# anything; someone else's doing is his.
_NOT_TOUCHED = _g("negation", "alcohol", "cannabis", "drugs", "opioids", "third_person", "hp_him", "laugh")

HURT_ON_PURPOSE: tuple[Combination, ...] = (
    # A part of oneself put to the work's hot, sharp or moving thing, on purpose.
    Combination(SH, (_g("on_purpose", "hp_on_purpose"), _BODY, _g("hp_put_to")), 6,
                unless=_NOT_TOUCHED, unless_reach=2),
    Combination(SH, (_BODY, _g("hp_put_to"), _g("on_purpose", "hp_on_purpose")), 8, order=True,
                unless=_NOT_TOUCHED, unless_reach=2),
    # Struck or rubbed, kept up, till blood.
    Combination(SH, (_BODY, _g("hp_kept_hitting", "cs_kept_hitting", "hp_put_to"),
                     _g("hp_till_blood", "st_till_blood", "hp_till_marked")), 10,
                unless=_g("hp_him", "laugh"), unless_reach=2),
    # "kept punching the barrier till my knuckles split": the part named in the blood itself; a blow
    # kept up on someone else ("usko maarta raha") is his.
    Combination(SH, (_g("hp_kept_hitting", "hp_put_to"), _g("hp_till_blood", "hp_till_marked")), 12, order=True,
                unless=_g("third_person", "hp_him", "named_target", "laugh"), unless_reach=4),
    # Punishment given to oneself, with the hurt: "khud ko saza di", "i deserved it", "hech payje hota mala".
    Combination(SH, (_g("hp_put_to", "hp_kept_hitting", "cs_kept_hitting", "hp_till_blood", "on_purpose",
                        "hp_on_purpose"), _g("hp_punished")), 14, across=True,
                unless=_g("third_person", "hp_him", "laugh"), unless_reach=3),
)
