"""Court and custody talk that uses danger words: a hanging sentence in the news, a murder case,
the Marathi "खटला" (a case), going round the court in circles ("chakkar kaat kaat ke"), the
centre's letter that helped at a bail hearing, a witness floored ("गारद") by the lawyer, a
film about breaking out of jail, and fees that are "killing us". None is a crisis; the same
words of the writer's own rope, threat or cut still are."""
import pytest

from alumni.domain.crisis import detect


@pytest.mark.parametrize("text", [
    "aaj news me dekha us rape case ke aaropi ko faansi ki saza sunayi",
    "पेपरमध्ये वाचलं, त्या खटल्यातल्या आरोपीला फाशीची शिक्षा झाली",
    "court ne teeno doshiyon ko faansi di, pura mohalla khush hai",
    "the murder case in our village finally got a verdict today",
    "murder ka case chal raha hai padosi pe, hum gawah hai",
    "खटला जिंकलो सर, आज घरी पूजा आहे",
    "court ke chakkar kaat kaat ke thak gaye hum",
    "कोर्टाचे चक्कर काट काट के परेशान हो गए",
    "जमानत हो गई, सेंटर की चिट्ठी बहुत काम आई, धन्यवाद सर",
    "bail zala, doctorchya patrala judge ne mahatva dila, aabhar",
    "उलटतपासणीत आमच्या वकिलाने साक्षीदाराला गारद केलं",
    "dost ke saath jail todne wali web series dekhi",
    "the lawyer's fees are killing us, 15k every date",
])
def test_court_talk_is_quiet(text):
    detection = detect(text, second_opinion=False)
    assert not detection.crisis, detection.explain()


@pytest.mark.parametrize("text", [
    "case haar gaya to faansi laga lunga",
    "court ke baad ghar jaake faansi lagaunga",
    "फाशी घेईन उद्या निकाल विरोधात गेला तर",
    "mujhe lagta hai court mujhe faansi de dega, usse pehle main khud hi",
    "main uska murder kar dunga jisne gawahi di",
    "uska haath pair todne wala hu jail se nikalte hi",
    "गर्द घेतला परत कोर्टातून आल्यावर",
])
def test_the_writers_own_danger_in_court_words_still_alerts(text):
    detection = detect(text, second_opinion=False)
    assert detection.crisis, detection.explain()
