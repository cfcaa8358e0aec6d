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

OD, CR = Category.OVERDOSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    "pd_eyes_closing": ("dole mitat", "डोळे मिटतायत", "डोळे मिटत", "dole mittat", "आँखें बंद हो रही", "aankhen band ho rahi",
                        "आंखें बंद हो रही", "eyes closing", "eyes are closing", "cant keep my eyes open",
                        "can't keep my eyes open"),
    "pd_pay_came": ("pagar", "पगार", "payment", "pay came", "pay day", "payday", "तनख्वाह", "tankhwah",
                    "पैसे हातात", "paise haatat", "paisa haath", "पैसा हाथ", "salary"),
    "pd_drawn_to_it": ("gutthyakade", "guttyakade", "गुत्त्याकडे", "गुत्याकडे", "pay gutth", "theke par atka",
                       "ठेके पर अटका", "walking to the theka", "feet are walking", "देशी आठवते", "desi aathvate",
                       "desi yaad", "देसी याद", "daru yaad", "दारू आठवते", "ओढतंय", "odhtay", "pay valtat", "पाय वळतायत",
                       "पाय वळतात"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # Tobacco chewed, which a centre counts as using: "gutkha parat chalu zala".
    # (not "kharra", "खर्रा": it folds onto "kar", do)
    "drugs": ("gutkha", "गुटखा", "gutka", "गुटका"),
    "opioids": ("khokla syrup", "खोकला सिरप", "khoklyacha syrup", "खोकल्याचं सिरप", "खोकल्याचा सिरप", "khokla cha syrup",
                "खोकल्याच्या औषधाच्या", "khoklyachya aushadhachya", "खाँसी की शीशी", "खांसी की शीशी", "khansi ki shishi"),
}

PAY_DAY_AND_SYRUP: tuple[Combination, ...] = (
    Combination(OD, (_g("opioids", "sedatives", "pills"), _g("count", "more_than_one", "a_great_many"),
                     _g("pd_eyes_closing")), 14, across=True),
    Combination(CR, (_g("pd_pay_came"), _g("pd_drawn_to_it")), 12, across=True),
)
