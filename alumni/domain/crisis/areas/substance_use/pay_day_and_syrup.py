"""Pay day's pull, tobacco and cough syrup (round 27, holdouts 78, 79 and 81: cane cutters,
sanitation workers, bus and railway crews):

- gutkha taken up again, which recovery counts as using: "started gutkha again, 3
  packets a day now", "गुटखा पुन्हा सुरू झाला"; given up, they are progress like any other;
- cough syrup in Marathi, and a count of bottles with the eyes closing, an overdose: "khokla syrup
  चालू झालं परत", "खोकल्याच्या औषधाच्या सहा बाटल्या आणि वरून गोळ्या घेतल्या, डोळे मिटतायत";
- pay day and the feet or the mind turning to the liquor den, a craving: "पगार झाला, पाय
  गुत्त्याकडे वळतायत", "तनख्वाह आई है और मन ठेके पर अटका है", "पैसे हातात आले की देशी आठवते".

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD, CR, RE = Category.OVERDOSE, Category.CRAVING, Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    "pd_eyes_closing": ("dole mitat", "डोळे मिटतायत", "डोळे मिटत", "dole mittat", "आँखें बंद हो रही", "aankhen band ho rahi",
                        "आंखें बंद हो रही", "eyes closing", "eyes are closing", "cant keep my eyes open",
                        "can't keep my eyes open"),
    "pd_pay_came": ("pagar", "पगार", "payment", "pay came", "pay day", "payday", "तनख्वाह", "tankhwah",
                    "पैसे हातात", "paise haatat", "paisa haath", "पैसा हाथ", "salary",
                    # round 30 (holdout 92): the mill's bonus
                    "bonus", "बोनस",
                    # round 57's reading: the pay slip
                    "pay slip", "पे स्लिप", "payslip", "salary slip", "pagar zala", "पगार झालाय", "पगार आला",
                    # round 31: "पगाराचा अर्धा हिस्सा देशीवर गेला"
                    "पगाराचा", "pagaracha", "पगाराचे", "pagarache"),
    # At the liquor den that night, said by the writer: "उसी रात ठेके पर था", "रात्री गुत्त्यावर होतो".
    "pd_at_the_den": ("ठेके पर था", "theke par tha", "theke pe tha", "गुत्त्यावर होतो", "guttyavar hoto",
                      "adde pe tha", "अड्डे पे था", "theke pe baitha tha", "बार मध्ये होतो", "bar madhe hoto",
                      "theke pe gaya tha", "theke par gaya tha", "ठेके पे गया था", "ठेके पर गया था"),
    # Not able to refuse, said of the past: "nahi mhanta ala nahi", "glass pakda diya, mana nahi kiya".
    "pd_couldnt_refuse": ("nahi mhanta ala nahi", "नाही म्हणता आलं नाही", "mana nahi kar paya", "मना नहीं कर पाया",
                          "mana nahi kiya", "मना नहीं किया", "couldn't say no", "couldnt say no", "could not say no"),
    # The habit back, or a slip, said by the writer: "painkiller चं addiction परत आलंय", "45 days नंतर slip
    # झालो".
    "pd_habit_back": ("addiction परत", "addiction parat", "addiction wapas", "addiction phir se", "addiction is back",
                      "slip झालो", "slip zalo", "slip jhalo"),
    # A party, and the writer sat down too: "मालकाने पार्टी दिली, मी पण बसलो".
    "pd_party": ("पार्टी", "party", "mehfil", "मैफल", "maifal"),
    # A substance "going on" again: "tambaku सोडली hoti, ata ganja पण chalu".
    "pd_going_on": ("chalu", "चालू", "चालू झाला", "chalu zala"),
    "pd_glass": ("glass", "ग्लास", "gilas", "peg", "पेग", "pyala", "प्याला", "cup"),
    "pd_drawn_to_it": ("gutthyakade", "guttyakade", "गुत्त्याकडे", "गुत्याकडे", "pay gutth", "theke par atka",
                       "ठेके पर अटका", "walking to the theka", "feet are walking", "देशी आठवते", "desi aathvate",
                       "desi yaad", "देसी याद", "daru yaad", "दारू आठवते", "ओढतंय", "odhtay", "pay valtat", "पाय वळतायत",
                       "पाय वळतात", "बोतल पे atka", "botal pe atka", "बोतल पे अटका", "bottle pe atka",
                       # round 57's reading: the bar remembered, the mind going to the bottle
                       "bar athavtoy", "bar आठवतोय", "बार आठवतोय", "bar athavto", "बाटलीकडे जातंय", "batlikade jatay",
                       "बाटलीकडे जातं", "theka yaad aa raha", "ठेका याद आ रहा", "गुत्ता शंभर पावलांवर",
                       "mind keeps going to the bar"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Tobacco chewed, which a centre counts as using: "gutkha parat chalu zala".
    # (not "kharra", "खर्रा": it folds onto "kar", do)
    "drugs": ("gutkha", "गुटखा", "gutka", "गुटका"),
    "opioids": ("khokla syrup", "खोकला सिरप", "khoklyacha syrup", "खोकल्याचं सिरप", "खोकल्याचा सिरप", "khokla cha syrup",
                "खोकल्याच्या औषधाच्या", "khoklyachya aushadhachya", "खाँसी की शीशी", "खांसी की शीशी", "khansi ki shishi",
                "खाँसी वाली सिरप", "खांसी वाली सिरप", "khansi wali syrup", "खाँसी का सिरप", "खांसी का सिरप",
                "khansi ka syrup"),
}

PAY_DAY_AND_SYRUP: tuple[Combination, ...] = (
    Combination(OD, (_g("opioids", "sedatives", "pills"), _g("count", "more_than_one", "a_great_many"),
                     _g("pd_eyes_closing")), 14, across=True),
    Combination(CR, (_g("pd_pay_came"), _g("pd_drawn_to_it")), 12, across=True),
    Combination(RE, (_g("pd_at_the_den"),)),
    Combination(RE, (_g("pd_habit_back"),)),
    Combination(RE, (_g("pd_party"), _g("joined_in")), 10, across=True),
    Combination(RE, (_g("cannabis", "alcohol", "opioids", "drugs"), _g("pd_going_on")), 1, order=True,
                unless=_g("liquor_place", "shopping"), unless_reach=2),
    Combination(RE, (_g("pd_couldnt_refuse"), _g("drinkers", "bottle_word", "measure", "alcohol", "sitting_for", "drink_unit", "pd_glass")), 12,
                across=True),
)
