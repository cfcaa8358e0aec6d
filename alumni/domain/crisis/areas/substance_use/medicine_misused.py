"""Using again told through a medicine (round 14): sleeping pills begun again without a
prescription ("बिना पर्चे की नींद की गोलियां फिर से", "प्रिस्क्रिप्शनशिवाय झोपेच्या गोळ्या परत सुरू",
"started the sleeping pills again without a script"), and a cough syrup counted in bottles by
the day ("cough syrup, 4 bottles in 3 days", "corex ki 3 bottle 2 din me", "दिवसाला दोन
बाटल्या कफ सिरप").

A doctor who starts or writes them ("doctor ne neend ki goli shuru ki", "the doctor wrote a
bottle of cough syrup") is the medicine taken as prescribed; a pill begun for the blood
pressure or the sugar is an illness's, which this rule leaves to the others. Words and the rules that read them (appended to the
area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Without the doctor's slip, in the words a chemist's customer uses.
    "without_doctor": ("bina parche", "बिना पर्चे", "bina parchi ke", "बिना पर्ची के", "bina parche ke",
                       "बिना पर्चे के", "parche ke bina", "पर्चे के बिना", "parchi ke bina", "पर्ची के बिना",
                       "prescription ke bina", "प्रिस्क्रिप्शन के बिना", "bina prescription ke",
                       "बिना प्रिस्क्रिप्शन के", "chitthi shivay", "chitthishivay", "चिठ्ठी शिवाय",
                       "chitthi nasta", "चिठ्ठी नसताना", "prescriptionshivay", "प्रिस्क्रिप्शनशिवाय",
                       "without a script", "without any script", "no script", "without rx"),
    # Begun again: the restart, the daily dose.
    "begun_again": ("phir shuru", "phir se shuru", "फिर शुरू", "फिर से शुरू", "dobara shuru", "दोबारा शुरू",
                    "parat suru", "परत सुरू", "पुन्हा सुरू", "punha suru", "parat chalu", "परत चालू",
                    "पुन्हा चालू", "punha chalu", "started again", "started them again", "started it again",
                    "again started", "back on the", "restarted"),
    # A medicine the illness needs: the pressure, the sugar, the thyroid, the heart.
    "chronic_illness": ("bp", "बीपी", "blood pressure", "pressure", "sugar", "शुगर", "diabetes", "thyroid",
                        "थायरॉइड", "heart", "dil ki", "दिल की", "vitamin*", "विटामिन", "calcium", "कैल्शियम",
                        "iron", "antibiotic*", "एंटीबायोटिक"),
    # A rate beside the count (the days themselves are on_it_for_days.py's "short_span"):
    # "a day", "daily", "दिवसाला", "din me".
    "per_span": ("a day", "per day", "din me", "दिन में", "dino me", "दिनों में", "divsala", "दिवसाला",
                 "dinala", "हफ्ते में", "aathavdyat", "आठवड्यात", "daily", "every day", "each day"),
    # Written by the doctor: "wrote", "likhi", "लिहून दिली".
    "wrote_it": ("wrote", "written", "likhi", "likha", "likhe", "लिखी", "लिखा", "लिखे", "lihun", "लिहून",
                 "lihili", "लिहिली", "lihilya", "लिहिल्या"),
    # The syrup by its street and shop names.
    "syrup_name": ("cough syrup", "cough syrups", "कफ सिरप", "kaf sirap", "cough sirap", "khansi ka syrup",
                   "खांसी का सिरप", "corex", "कोरेक्स", "phensedyl", "codeine syrup", "kodin"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_SYRUP = _g("syrup_name", "cough_medicine")
_COUNT = _g("small_count", "few_number", "count")
_RATE = _g("per_span", "short_span", "routine_use")
# The doctor, or the slip he wrote: "the doctor wrote 2 bottles", "doctor ne likhi".
_PRESCRIBER = _g("prescribed", "medical", "wrote_it")

MEDICINE_MISUSED: tuple[Combination, ...] = (
    # "bina parche ki neend ki goliyan phir shuru", "started the sleeping pills again without a script".
    Combination(RE, (_g("pills", "pill_count", "sedatives"), _g("without_doctor"),
                     _g("begun_again", "again", "again_strict", "took_up", "routine_use")), 6,
                unless=_g("chronic_illness", "prescribed")),
    # "cough syrup, 4 bottles in 3 days", "2 bottles of corex a day", "दिवसाला दोन बाटल्या
    # कोरेक्स": the count read where it stands, so that a doctor who wrote them is near it.
    Combination(RE, (_SYRUP, _COUNT, _g("bottle_word"), _RATE), 6, order=True, unless=_PRESCRIBER),
    Combination(RE, (_COUNT, _g("bottle_word"), _SYRUP, _RATE), 6, order=True, unless=_PRESCRIBER),
    Combination(RE, (_RATE, _COUNT, _g("bottle_word"), _SYRUP), 6, order=True, unless=_PRESCRIBER),
    # Bottles of it drunk at once (round 56: "khaansi ka bahana karke 3 bottle syrup pi gaya").
    Combination(RE, (_COUNT, _g("bottle_word"), _g("syrup_name", "cough_medicine", "syrup_named"),
                     _g("drank", "drank_bare", "dl_put_away")), 5, order=True, unless=_PRESCRIBER),
)
