"""The end said indirectly by old, ill, bereaved or indebted writers reaches a person (round 17,
rules alone): the writer's own being or body with no meaning left, the treatment's last session
chosen or the treatment stopped beside going or ending it, ending it now or once and for all
with nothing named to end, God's call not coming and the writer going himself, the shroud
arranged for oneself, the writer's last wish, the check-in's score not needed or nobody left to
give it from tomorrow, everything solved for the family if the writer goes, no chance of meeting
again beside thanks, the time come to go to a dead wife, leaving before the one wronged asks
after a loss. Each quiet twin names what makes the same words harmless: a meeting one was at,
a course of treatment that worked, a relationship or a job ended, a programme over, an errand
gone to, a birthday wish, a laugh; and "कहता" (says) is no country pistol."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    # one's own being without meaning
    "पेंशन भी गई, घर भी गया. अब मेरे होने का कोई मतलब नहीं रहा",
    "सगळं विकलं, आता माझ्या असण्याचा काही अर्थ उरला नाही",
    "since my husband passed there is no reason to keep this body going",
    "no reason to keep this old body going anymore",
    # the treatment's last session, or the treatment stopped
    "kal dialysis hai, maine tay kar liya ye aakhri hoga, uske baad nahi",
    "chemo cha ha shevatcha round, mi tharavla ahe ata nahi",
    "no more chemo for me. i would rather end it myself, tired of hospitals",
    "डायलिसिस बंद कर दूंगा, बहुत हो गया, अब जाने का समय आ गया",
    # ending it now, or once and for all
    "sach kahun to ab end kar dena chahti hu, sab dard se thak gayi",
    "कर्ज़ वाले रोज़ घर आते हैं. एक ही बार में सब खत्म हो जाए",
    "i just want it all to end once and for all",
    "fakt vatta sampvun takav sagla, kalji karu naka",
    # God's call not coming
    "bhagwan bhi nahi bulata, lagta hai khud jana padega",
    "देव बोलावत नाही, आता स्वतःच जावं लागेल",
    # the shroud for oneself
    "apne liye kafan aur arthi ka intezam kar liya, kisi ko kharcha nahi hoga",
    # the last wish
    "meri aakhri ichha hai ki beta antim sanskar me na aaye",
    "माझी शेवटची इच्छा आहे की मला गावाकडे न्या",
    # the check-in from tomorrow
    "aaj ka score 1. kal se ye score poochne ki zarurat nahi",
    "3 गुण. आणि उद्यापासून गुण देणारा कोणी उरणार नाही",
    # everything solved if the writer goes
    "main chala gaya to sab suljh jayega unka, karza bhi",
    # no chance of meeting again
    "nurse didi ko thank you bolna. ab milne ka yog nahi",
    # the dead wife
    "aaj patni ki barsi hai. uske paas jaane ka waqt aa gaya",
    "बायकोचा फोटो हातात आहे, तिच्याकडे जायची वेळ आली",
    # leaving before the one wronged asks, after a loss
    "biwi ke gehne girvi rakh ke satta me haar gaya. uske puchne se pehle main chala jaunga",
])
def test_the_end_said_late_in_life_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "meeting me mere hone ka koi matlab nahi tha, sab pehle se tay tha",
    "last chemo done today, doctor says remission!! so happy",
    "dialysis band hua, transplant successful, ab ghar jana hai",
    "aaj dialysis nahi zala, machine band, udya sakali jaycha ahe",
    "apne liye safed kapda kharid liya, bhatije ki shaadi ke liye kurta silwana hai",
    "score 4. counsellor ne bola ab theek ho, kal se check-in ki zarurat nahi",
    "aaj patni ki barsi hai, uske liye puja rakhi hai ghar pe",
    "वो हर बात पे कहता है अभी नहीं, बाद में",
    "ab ye relationship end kar dena chahta hu, bahut jhagda hota hai",
    "ek hi baar me ye kaam khatam ho jaye to achha",
    "meri last wish is saal birthday pe ek bike hai",
    "meri aakhri ichha hai ki pote ki shaadi dekh lu",
    "kal se score dene ki zarurat nahi, program khatam ho gaya",
    "मी बँकेत गेलो तर प्रश्न सुटेल, उद्या जातो",
    "अब तो ऊपर वाले का बुलावा आएगा किसी दिन, हँसते हुए कहता हूँ, पर अभी नाती की शादी देखनी है",
    "vasiyat likh di, sab bachchon ke saath baith ke. koi jhagda nahi",
    "भावाच्या कर्जासाठी बँकेचे लोक मला फोन करतात, मी सांगितलं माझा संबंध नाही",
    "मुलगा आठवड्यातून एकदाच फोन करतो, थोडं वाईट वाटतं",
])
def test_the_same_words_about_a_meeting_a_cure_a_thing_ended_or_an_errand_stay_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "safed kapda kharid liya, pooja ke liye",
    "सफेद कुर्ता ले लिया दिवाळीसाठी",
    "white shirt le li office ke liye",
])
def test_white_cloth_bought_is_no_white_powder(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", ["kal raat phir safed le li, sorry", "white ki pudi li kal raat"])
def test_white_powder_taken_is_still_using_again(text):
    assert_rules_find(text, Category.RELAPSE)
