"""Round 14: using again told without the usual verb of using, in Hindi, Marathi and English,
both scripts. Being "on" a substance for a span of days (Hindi "par tha", Marathi's glued
"-वर होतो", the drink that "was going on"); sleeping pills begun again without a
prescription; a cough syrup counted in bottles by the day; a pill or a drink handed over by
friends and taken, and the writer's few after the others opened the bottles; the use told by
its excuse (in the name of prasad, on the pretext of a festival), by the limit it went past,
or by the memory it took ("then I don't remember"); the country-liquor den (guttha) gone to;
and a reason after "because" that a negation before it does not cancel.

The sentences are this round's own, written from the classes, not taken from any set; the
quiet ones hold the same words in what is no relapse: medicine a doctor started or wrote, a
span of days on an antibiotic or a duty, years told as the past, bhang refused, the den walked
past, prasad with no substance in it, the taste of a drink no longer remembered. Read by the
rules alone (second_opinion=False) so the classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

RE = Category.RELAPSE

USING_AGAIN: tuple[str, ...] = (
    # on it for a span of days: Hindi's postposition and copula
    "2 din se charas pe hu, kisi ka phone nahi uthaya",
    "pichle hafte se daru par hoon",
    "teen din se smack pe thi, isliye group me nahi aayi",
    "4 दिन से दारू पर हूं",
    "हफ्ते भर से एमडी पे था",
    # Marathi's "on" glued to the name, and the two-word name ending on it
    "दोन दिवस गांज्यावर होतो",
    "teen divas ganjyavar hoto mhanun phone uchalla nahi",
    "आठवडाभर स्मॅकवर होतो",
    "4 दिवसांपासून दारूवर आहे",
    "तीन दिवस ब्राउन शुगरवर होते",
    # the drink that was going on for days
    "2 दिवस ganja चालू होता",
    "चार दिवस दारू चालू होती म्हणून उत्तर दिलं नाही",
    "teen din se daru chal rahi thi",
    "since friday i've been on the bottle",
    # a reason after "because", the negation before it the consequence's
    "sir ko message nahi kiya kyunki 2 din se ganja pe tha",
    "group la aalo nahi karan 2 divas daruvar hoto",
    # sleeping pills begun again without a prescription
    "neend ki goli bina prescription ke dobara shuru kar di",
    "रोज़ दो तीन बिना पर्चे की नींद की गोलियां फिर से ले रहा हूं",
    "prescriptionshivay zopechya golya parat suru kelya",
    "restarted the sleeping pills without a script",
    # a cough syrup counted in bottles by the day
    "corex ki 3 bottle 2 din me",
    "cough syrup, 4 bottles in 3 days",
    "दिवसाला दोन बाटल्या कोरेक्स",
    "cough syrup 4 bottles this week",
    # handed over by friends and taken
    "yaar ne ek goli di, maine le li",
    "ek ladke ne goli di, maine kha li",
    "कोणीतरी गोळी दिली, मी खाल्ली",
    "mitrane goli dili ani mi khalli",
    "a friend gave me a pill and i took it",
    # the writer's few after the others' bottles
    "the cousins opened bottles and i had a few",
    "uncles brought whisky after the prayer meet and i had a couple",
    # the excuse it was taken under
    "prasad ke bahane bhang ki goli",
    "दिवाळीच्या बहाण्याने दारू",
    "Mahashivratri pe prasad ke naam par bhaang",
    # the limit it went past
    "charas limit se jyada ho gaya",
    "bhang li, limit se bahut jyada",
    "beer, way over my limit",
    # bhang eaten: "khai" read after the substance
    "prasad ke naam par afeem khai",
    "kal bhaang khai",
    # the memory it took
    "bhang wali lassi then two beers, then i dont remember anything",
    "after the third beer i cant remember a thing",
    "दारू, नंतर काहीच आठवत नाही",
    "beer aur bhang, uske baad kuch yaad nahi",
    # the den gone to, straight
    "दशक्रियेनंतर थेट गुत्त्यावर गेलो",
    "kamavarun sarla guttyavar gelo",
    "गुत्त्यात गेलो काल",
    "headed straight to the theka after work",
)

QUIET: tuple[str, ...] = (
    # a span of days on something that is no substance
    "3 din se antibiotic par tha",
    "teen din se duty par tha",
    "do din se diet par hoon",
    "2 दिवस सलाईनवर होतो",
    "mi 2 divas kamavar hoto",
    "एक आठवडा माळावर होतो",
    # the substance's years told as the past, or its state denied or talked about
    "10 saal daru pe tha, ab 2 saal se clean hun",
    "५ वर्ष दारूवर होतो, आता ३ वर्ष झाले सोडून",
    "3 din se daru par koi baat nahi hui",
    "3 दिवस दारूवर बोललो नाही",
    "teen din se shaadi ki taiyari chal rahi thi",
    "3 दिवस लग्नाची गडबड चालू होती",
    # a medicine the doctor started or wrote
    "doctor ne neend ki goli shuru ki",
    "doctor ne neend ki goli dobara shuru ki, roz ek",
    "chemist bina parchi ke neend ki goli nahi deta",
    "the doctor wrote 2 bottles of cough syrup for 5 days",
    "khansi ke liye doctor ne 2 bottle corex likhi, 3 din me",
    "doctor ne cough syrup ki ek bottle likhi",
    # a pill from family, for a pain, or refused
    "papa ne sir dard ki goli di, maine kha li",
    "bayko ne tapachi goli dili, mi ghetli",
    "a friend gave me a pill for my headache and i took it",
    "dost ne goli di par maine nahi khayi",
    # the others' bottles, and the writer's soft drink or sweets
    "friends opened bottles of cola and i had some",
    "the neighbours opened bottles and i had a few sweets",
    # bhang refused, prasad without a substance, the trade judged
    "होली पे भांग वाली ठंडाई को मना कर दिया, सिर्फ गुझिया खाई",
    "holi pe bhang ko haath nahi lagaya",
    "शिवरात्रि पे प्रसाद खाया और घर आ गया",
    "prasad ke naam pe sirf laddu khaya",
    "bhang nahi khai",
    "log prasad ke naam pe bhang baant rahe the, maine nahi li",
    "dharm ke naam pe nasha bechna galat hai",
    # a limit that is no drink's
    "limit se zyada kaam kiya aaj",
    "speed limit se zyada chala raha tha",
    # the drink remembered, not the memory lost to it
    "i dont remember the last time i had a beer",
    "i cant remember the taste of daru anymore",
    "daru kab chhodi yaad nahi, itna time ho gaya",
    "after the funeral i dont remember much, everything was a blur",
    # the den walked past
    "गुत्त्यावरून पुढे निघून गेलो",
    # a negation before "because" that is the writer's own abstinence
    "mentor ko reply nahi kiya kyunki network nahi tha",
    "daru nahi pi kyunki 60 din ho gaye",
)


@pytest.mark.parametrize("text", USING_AGAIN)
def test_using_again_told_without_its_verb_is_relapse(text: str) -> None:
    assert_rules_find(text, RE)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_without_a_use_stay_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)
