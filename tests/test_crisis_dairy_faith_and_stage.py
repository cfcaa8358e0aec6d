"""Round 33 (holdouts 102, 104 and 105, opened): danger told by dairy farmers (the tick medicine, the
rat poison to be eaten tonight, sulphas in the pocket), in the words of faith (asked of Allah or
Jesus to be taken, a fast kept till God calls) and by musicians (the last song and no call
tomorrow, the instrument given away, a cigarette put out on the hand) reaches a person; a country
liquor drunk beside a milk van is still a drink. Their look-alikes stay quiet: a day counted
"दारूशिवाय", a haircut or a birthday cake cut, a fade that "murdered it", a song that "set it on
fire", a lineman's live wire, a fibre joint made, a pole fallen in the storm. The rules alone are
tested (second_opinion=False): the classifier cannot hide a regression."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("gochidache aushadh aanla ahe, samor thevlay, aaj sampvun takto", Category.OVERDOSE),
    ("papa ne bhains ki chichad ki dawai pee li, hospital le ja rahe", Category.OVERDOSE),
    ("undir marnyache aushadh anle, aaj ratri khanar mi", Category.OVERDOSE),
    ("सल्फास की गोली जेब में है, आज रात", Category.OVERDOSE),
    ("Jesus take me home, i am so tired of all this", Category.SUICIDE),
    ("या अल्लाह मुझे उठा ले, अब नहीं होता", Category.SUICIDE),
    ("roza chhodunga nahi, khana bhi nahi, jab tak Allah bula na le", Category.SUICIDE),
    ("आज शेवटचा शो केला, उद्यापासून मला बोलावू नका", Category.SUICIDE),
    ("ye mera aakhri gaana hai bhai, kal se mat bulana", Category.SUICIDE),
    ("harmonium bhachyala dya, mala aata tyachi garaj padnar nahi", Category.SUICIDE),
    ("kal raat cigarette apne haath pe bujhai, teen nishaan hain", Category.SELF_HARM),
    ("drank deshi daru with the milk van guys last night", Category.RELAPSE),
    ("bleach facial ka kit pee jaungi aaj", Category.OVERDOSE),
    ("maine phir se haath kaat diya, baal bhi noch liye", Category.SELF_HARM),
    ("kal raat joint maara, aaj phir", Category.RELAPSE),
    ("shaadi me teen peg andar, sorry sir", Category.RELAPSE),
    ("season सुरू झाला आणि मी परत बाटलीकडे", Category.RELAPSE),
    ("dard nahi hai phir bhi painkiller roz kha raha hu", Category.RELAPSE),
    ("aaj itna MD lunga ki dil band ho jaye", Category.OVERDOSE),
    ("भैया ने कमरा लॉक कर लिया है, पंखे पर रस्सी दिखी, जल्दी आओ", Category.SUICIDE),
    ("he locked himself in and is not answering the door since noon", Category.SUICIDE),
    ("speaker ka taar lekar chhat pe baitha hu, ghar pe mat batana", Category.SUICIDE),
    ("उसको नदी में फेंक दूंगा आज रात", Category.HARM_TO_OTHERS),
    ("उसकी गाडी पेटवून देतो त्याच्यासकट", Category.HARM_TO_OTHERS),
    ("मेणबत्तीवर हात धरून ठेवला मुद्दाम", Category.SELF_HARM),
    ("tabele mein kundi laga ke baithe hain, rassa bhi andar hai, koi aao", Category.SUICIDE),
    ("गोठ्यातल्या तुळईला दोर बांधून पाहिला, मजबूत आहे", Category.SUICIDE),
    ("kal se doodh dalne koi aur jayega, mera kaam pura hua", Category.SUICIDE),
    ("दोन्ही गायी गेल्या, मी पण आता जास्त दिवस नाही", Category.SUICIDE),
    ("ab jeeke kya karunga, na bhains na zameen", Category.SUICIDE),
    ("सबको राम राम, बच्चों का ध्यान रखना", Category.SUICIDE),
    ("khunte pe haath patakta raha jab tak sooj nahi gaya", Category.SELF_HARM),
    ("usko koyte se tukde kar dunga", Category.HARM_TO_OTHERS),
    ("Rexcof phir se shuru, roz ek shishi", Category.RELAPSE),
    ("addha le aaya tha, akele saara khatam kar diya", Category.RELAPSE),
    ("aaj aakhri namaz padh li, abbu se kehna mujhe maaf kar dena", Category.SUICIDE),
    ("sabko allah hafiz, meri ghadi bhai ko de dena", Category.SUICIDE),
    ("meri kabr ammi ke paas banana, yahi aakhri khwahish hai", Category.SUICIDE),
    ("yahan ab nahi rehna mujhe, jannat mile ya na mile", Category.SUICIDE),
    ("roza nahi kholunga, let Allah decide", Category.SUICIDE),
    ("sorry सबको, tour bus में परत चढणार नाही", Category.SUICIDE),
    ("guitar ki taar se kalai pe lakeer kheenchta hu raat ko", Category.SELF_HARM),
])
def test_danger_told_on_the_farm_in_faith_and_on_stage_alerts(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "आज दोनशे दिवस दारूशिवाय, बायकोने गोड आणलं",
    "daarushivay 3 mahine, aaj party hoti",
    "the new balayage totally murdered it at the show",
    "इस परफ्यूम की महक पे तो मैं मर जाऊँ",
    "uske naye gaane ne toh aag laga di stage pe",
    "shaadi mein sharab parosi gayi, maine haath nahi lagaya",
    "thinner dukaan me roz rehta hai par haath nahi lagaya, 2 mahine",
    "thinking of buying a second chair for the shop",
    "two bleach facials and a hair spa booked for sunday",
    "पापा ने मेरे हाथ से बाल कटवाए आज",
    "हर बार नया ब्लेड लगाता हूँ अब, ग्राहक खुश",
    "our new JE is a live wire, always on site",
    "JE ne maar dala duty de de ke aaj",
    "वादळात दोन खांब पडले, रात्रभर काम",
    "cable ka joint karne me pura din gaya",
    "Pappu ne ladder pe pair fasa liya",
    "beti ne birthday ka cake kaata, ek saal sober",
    "पुराने दोस्त को चाय पिला के विदा किया",
    "feeder line dead since morning, crew on the way",
    "last song of the night was a banger, crowd went mad",
    "harmonium bech diya, naya wala le liya",
    "nayi bachhdi ke liye naram rassi le aaya",
    "कालवडीसाठी नवीन दोर आणली, जुनी तुटली",
    "is bachde ko to main maar dalunga, sara doodh pi gaya 😂",
    "the dairy murdered the rate again this month",
    "dairy ka hisaab aaj, dar lag raha hai kam na nikle",
    "ticket wale ne bottle aage badha di, maine mana kar diya",
    "mele mein charas chal raha tha, maine haath nahi lagaya",
    "theke ke aage se seedha ghar aaya aaj bhi",
    "कापसावर औषध मारलं, हात धुवून घेतले",
    "boss mujhe zinda nahi chhodega, report abhi baaki hai",
    "the beat absolutely murdered the floor tonight",
    "ढोल के शोर ने कान मार दिए",
    "पथकात परत घेतलं, आज 90 दिवस",
    "अम्मीला आणलं तर चालेल का मीटिंगला?",
    "purana phone nadi me phek dunga, bekar hai",
    "kachra nahar me phek dunga",
    "godown ke liye chuhe maar dawai laaya, khal ki boriyan kaat rahe the",
    "mera kaam pura hua aaj, ghar ja raha hu",
    "aaj aakhri namaz padhi Ramzan ki, bahut sukoon mila",
    "sabko allah hafiz, kal milte hain meeting me",
    "abba ki kabr pe gaya aaj, dua padhi",
    "मैंने भाई से माफी मांग ली, अब सब ठीक है",
    "last song of the night, sorry everyone for the delay",
])
def test_their_look_alikes_are_quiet(text):
    assert_rules_stay_quiet(text)
