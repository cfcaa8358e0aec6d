"""Danger said in few words: a goods train waited for, one step left at a bridge or the tracks,
the gas turned on and someone sitting by it, a rope brought, death the only option, "udya me
nasnar"; a push under a train and burning alive threatened. Each beside its everyday twin."""
import pytest

from alumni.domain.crisis import Category, detect


@pytest.mark.parametrize("text, category", [
    ("kurla yard madhe basloy, malgadi yeychi vaat baghtoy", Category.SUICIDE),
    ("मालगाडी का इंतज़ार कर रहा हूं पटरी के पास", Category.SUICIDE),
    ("pul pe khada hu, neeche dekh raha hu, bas ek kadam", Category.SUICIDE),
    ("standing on the terrace edge. one step, thats all", Category.SUICIDE),
    ("भाऊ दरवाजा बंद करून gas सिलेंडर चालू करून बसलाय", Category.SUICIDE),
    ("घटस्फोटाचे पेपर आले. दोरी आणली आहे", Category.SUICIDE),
    ("sab chala gaya, ab marna hi ek option bacha hai", Category.SUICIDE),
    ("nokri geli, ghar gela. udya mi nasnar", Category.SUICIDE),
    ("uss dealer ko local ke neeche dhakel dunga", Category.HARM_TO_OTHERS),
    ("tyala platform varun khali dhakalin", Category.HARM_TO_OTHERS),
    ("उस आदमी को ज़िंदा जला दूंगा", Category.HARM_TO_OTHERS),
])
def test_danger_in_few_words_alerts(text, category):
    detection = detect(text, second_opinion=False)
    assert category in detection.categories, detection.explain()


@pytest.mark.parametrize("text", [
    "malgadi chi vaat baghtoy, maal utravayla hamali aahet",
    "one step at a time, 90 days done",
    "recovery is one step at a time, crossed the bridge today",
    "gas chalu karun chaha thevla ani baslo",
    "bailasathi navin dor aanla bazaratun",
    "udya mi nasnar office la, rajaa ghetli",
    "kapde valat ghalayla dori aanli",
])
def test_their_everyday_twins_are_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()
