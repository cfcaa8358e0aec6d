"""Using again told by a patient in treatment (round 21: opioid substitution, needle-syringe
programmes): the clinic's dose skipped or left for the street's drug ("dose chhod ke brown",
"methadone la gelo nahi, MD var hoto"), the take-home dose or pills crushed and injected, a
needle used again or used "by me too", a drug shot "into the vein" after months, an injected mix
(pheniramine, "avil"), a puff of chitta ("fukki"), chasing ("took 2 chases"), a drug named
after "again" once back from rehab, stuff taken told as a confession, two drugs that "both
happened".

Quiet: the dose taken at the clinic (no street drug, no needle, no injection), a needle by a
doctor or a nurse (medical), a skipped dose told by someone else (others, third_person), a
wish (want, craving), a police or a car chase. Words and the rules that read them (appended to
the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The treatment's own dose, by its drug or its place.
    "treatment_dose": ("dose", "doses", "डोस", "डोज", "डोज़", "dos", "doj", "methadone", "मेथाडोन", "methadon",
                       "bupe", "bupren*", "बुप्रे*", "suboxone", "ost", "ओएसटी", "clinic", "clinicla", "क्लिनिक",
                       "क्लिनिकला", "क्लिनिकमध्ये", "take home", "takehome", "टेक होम"),
    # The dose left, skipped or not gone for.
    "dose_left": ("skipped", "skip", "skip kiya", "skip kela", "skip केला", "missed", "bunked", "chhod ke", "chod ke",
                  "छोड़ के", "छोड़कर", "chhodkar", "chhod diya", "छोड़ दिया", "sodun", "सोडून", "sodla", "सोडला",
                  "gelo nahi", "गेलो नाही", "nahi gelo", "नाही गेलो", "gaya nahi", "गया नहीं", "nahi gaya", "नहीं गया",
                  "didn't go", "didnt go", "did not go", "instead of"),
    # What the street sells, named loosely ("brown" alone is a colour elsewhere).
    "street_drug": ("brown", "ब्राउन", "scored", "score kiya", "score kela", "from the street", "street se",
                    "street वरून", "street varun", "bahar se liya", "बाहर से लिया", "baherun ghetla", "बाहेरून घेतलं"),
    # Injected by oneself, said with the word itself.
    "injected_self": ("inject kelya", "inject केल्या", "inject keli", "inject केली", "inject kela", "inject केला",
                      "inject kiya", "inject किया", "inject ki", "inject की", "inject kiye", "inject किए", "injected",
                      "injecting", "इंजेक्ट केल्या", "इंजेक्ट केली", "इंजेक्ट किया", "इंजेक्ट की", "इंजेक्ट किए",
                      "shot it up", "shot them up", "banged it", "banged them"),
    # Into the vein: "शिरेत", "nas mein" (not Marathi "नसेत", which is "नशेत", drunk, already).
    "into_the_vein": ("शिरेत", "shiret", "shirat", "शिरेमध्ये", "nas mein", "nas me", "नस में",
                      "naso mein", "नसों में", "in the vein", "into the vein", "into a vein", "in my vein",
                      "into my vein", "vein mein", "vein me"),
    # Mixed into what is injected: pheniramine.
    "injected_mix": ("avil", "एविल", "ऐविल", "अविल", "phenergan", "फेनेरगन", "pentazocine", "पेंटाजोसिन"),
    # A puff of heroin off the foil.
    "puff_word": ("fukki", "phukki", "फुक्की", "fukkiyan", "फुक्कियां"),
    # Chasing the dragon.
    "chase_word": ("chases", "a chase", "2 chases", "the dragon", "chasing the dragon", "chased the dragon"),
    "chase_otherwise": ("police", "cops", "car", "cars", "bike", "thief", "dog", "dream", "dreams", "goal", "goals"),
    # Owning up to it: "sach bataun to", "चुकलं माझं".
    "confessing": ("sach bataun", "सच बताऊं", "सच बताऊँ", "sach bataun to", "sach kahun", "सच कहूं", "सच कहूँ",
                   "honestly", "to be honest", "tbh", "chukla majha", "चुकलं माझं", "chukla maza", "chukla maz",
                   "माझं चुकलं", "majha chukla", "my mistake", "my bad"),
    # Days that had not yet gone by (before "again" and the drug).
    "not_yet_passed": ("नहीं हुए", "nahi hue", "nahin hue", "नहीं हुआ", "nahi hua", "zale nahit", "झाले नाहीत",
                       "zale nahi", "झाले नाही", "jhale nahit", "hadn't passed", "had not passed", "hadn't gone by",
                       "wasn't even over", "nahi guzre", "नहीं गुज़रे", "नहीं गुजरे"),
    # Two drugs that both "happened".
    "both_happened": ("दोन्ही झालं", "donhi zala", "donhi zhala", "दोन्ही झाले", "donhi zale", "dono ho gaye",
                      "दोनों हो गए", "dono ho gae", "both happened"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_STREET = _g("street_drug", "opioids", "stimulants", "cannabis")
_NEEDLE_USED = _g("needle_verb", "inject", "used_outright", "use_strong", "took_neuter", "injected_self")
_NOT_MINE = _g("others", "third_person", "want", "craving")

BESIDE_THE_DOSE: tuple[Combination, ...] = (
    # "skipped the dose and scored from the street", "dose sodun gard ghetli", "OST chhod ke brown pe".
    Combination(RE, (_g("treatment_dose"), _g("dose_left"), _STREET), 14, across=True, unless=_NOT_MINE),
    # "take home chya golya crush karun inject kelya", "crushed the bupe and injected it".
    Combination(RE, (_g("treatment_dose", "pills"), _g("injected_self")), 10, across=True,
                unless=_NOT_MINE + ("medical", "prescribed")),
    # "parat sui marli", "NSP chi needle ... mi pan use keli", "नवी सुई दिली म्हणून घेतलं, चुकलं माझं".
    Combination(RE, (_g("needle"), _NEEDLE_USED, _g("again_strict", "after_period", "me_too", "fault_owned",
                                                    "confessing", "apology")), 12, across=True,
                unless=_NOT_MINE + ("medical", "prescribed")),
    # "काल परत शिरेत टोचलं", "shot it into the vein again".
    Combination(RE, (_g("into_the_vein"), _g("pricked", "inject", "needle_verb", "injected_self")), 4,
                unless=_NOT_MINE + ("medical", "prescribed", "negation")),
    # "फिर से एविल मिला के लगा लिया": the mix injected.
    # (Latin "avil" folds to "will", a want: no want among the cancels.)
    Combination(RE, (_g("injected_mix"), _g("inject", "needle_verb", "injected_self")), 6,
                unless=_g("others", "third_person", "craving", "medical", "prescribed", "negation")),
    # "fukki maar li".
    Combination(RE, (_g("puff_word"), _g("down_it", "line_verb", "took", "smoke_verb", "eat")), 3, order=True,
                unless=_NOT_MINE + ("negation",)),
    # "took 2 chases on the way back".
    Combination(RE, (_g("took", "eat", "use"), _g("chase_word")), 3, order=True,
                unless=_NOT_MINE + ("negation", "chase_otherwise")),
    # "नशा मुक्ति केंद्र से लौटे दस दिन भी नहीं हुए और फिर से चरस": back from rehab, the drug again.
    Combination(RE, (_g("sober_vow", "after_period", "after_clean"), _g("again_strict"), ANY), 14, order=True,
                across=True, unless=_NOT_MINE + ("remembering", "beverage")),
    # "दस दिन भी नहीं हुए और फिर से चरस", "a week hadn't gone by and again the brown": the days
    # not yet passed is the negation, not the drug's.
    Combination(RE, (_g("period", "short_span"), _g("not_yet_passed"), _g("again_strict", "again"), ANY), 8,
                order=True, unless=_NOT_MINE + ("remembering", "beverage", "quit")),
    # "सच बताऊं तो दो बार माल लिया".
    Combination(RE, (_g("confessing", "in_earnest"), _g("stuff_maybe"), _g("took", "eat", "use")), 10,
                order=True, across=True, unless=_NOT_MINE + ("negation", "quit")),
    # "जत्रेत ताडी आणि गांजा दोन्ही झालं".
    Combination(RE, (ANY, _g("both_happened")), 6, order=True,
                unless=_NOT_MINE + ("negation", "quit", "beverage")),
)
