"""Round 10 idioms and benign news: a device dying or hanging, a dose a doctor changed, a
relative's medicine fetched, a song "poisoning the ears", traffic "pure murder", food so good
one "dies", no time to breathe, a scolding for a small lapse, an overdose in the news
(alumni.domain.crisis.calm_errands, small_figures, told_story). The rules alone are tested:
the classifier is retrained later on these sentences."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import detect

CALM = [
    # a device dying or hanging
    "laptop battery about to die, will finish the report tomorrow",
    "माझा फोन हँग होतोय, नंतर बोलतो",
    # a dose the doctor changed
    "doctor ne BP ki goli ka dose badha diya 25 se 50",
    "डॉक्टर ने शुगर की गोली का डोस बढ़ा दिया 500 से 1000",
    "doctoranni thyroid chi goli 50 varun 75 keli, dose vadhavla",
    # a relative's medicine fetched
    "papa ki BP ki dawai le aaya, bahut mehngi thi",
    "पापा की शुगर की दवा ले आया, बहुत भीड़ थी",
    # figures of speech
    "traffic at the signal was pure murder today",
    "ye gaana kaan me zeher ghol raha hai",
    "हे गाणं कानात विष ओततंय",
    "aai chi puranpoli, mar jaun",
    "मम्मी की बनाई बिरयानी, मर जावां",
    "kaam itna tha ki saans lene ki fursat nahi mili",
    "कामामुळे श्वास घ्यायला वेळ नाही",
    # a scolding promised for a lapse, with a laugh
    "saheb mala maarun taknar, report visarlo 😂",
    "आई मला मारणार, उशीर झाला 😅",
    # an overdose in the news, a stranger's
    "पेपरमध्ये वाचलं पुण्यात एकाचा ओव्हरडोसने मृत्यू झाला",
    "read about an overdose case in the newspaper today, so sad",
]

STILL_ALERTING = [
    "i want to die, my phone is dying too",
    "मला मरायचं आहे, फोन बंद करतो",
    "phone ki battery khatam, main bhi marna chahta hu",
    "going to hang myself from the fan tonight",
    "doctor ne dose badha diya par maine saari goliyan ek saath kha li",
    "डॉक्टरांनी डोस वाढवला, मी सगळ्या गोळ्या एकदम घेतल्या",
    "papa ki neend ki goliyan le aaya, aaj sab kha lunga",
    "gaana sun ke zeher kha liya",
    "khet ka keetnashak pi liya maine",
    "शेतातलं कीटकनाशक मी प्यायलो",
    "i read about an overdose case in the news and i want to do the same",
    "knife set le aaya, ab khud ko kaat lunga",
    "husband will kill me if i leave him",
]


@pytest.mark.parametrize("text", CALM)
def test_calm_errands_and_figures_are_not_a_crisis(text: str) -> None:
    assert not detect(text, second_opinion=False).crisis, detect(text).explain()


@pytest.mark.parametrize("text", STILL_ALERTING)
def test_the_same_words_in_danger_still_alert(text: str) -> None:
    assert detect(text).crisis, text
