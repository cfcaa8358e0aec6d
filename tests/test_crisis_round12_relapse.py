"""Round 12: using again as rural and small-town men tell it, and two false alarms on sobriety.

Relapse told by the money it took ("sab paisa daru me uda diya", "सगळे पैसे दारूत गेले"), as
being made to drink or unable to refuse ("dosto ne pila di", "आग्रह केला आणि मी घेतली", "मना
नहीं कर पाए"), and in the drinking words of a small town ("chadha liye", "daru chal gayi
hamri", "रोज पितोय", the toddy shop as a routine); and the sobriety that read as danger: Hindi
"दिए" (gave, plural or honorific: "छोड़ दिए हैं") that folded to English "die", Marathi
"कळलं" (came to know) that folded to "खाल्लं" (ate), and the thought of drinking denied with
"even" ("vichar pan yet nahi").

The sentences are this round's own, written from the class, not taken from any set. Every
alert sentence in the tuples below fails on the rules of 619056c; ALREADY_READ holds those of
the same classes the rules read already. Read by the rules alone (second_opinion=False) so the
classifier cannot hide a rules regression.
"""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet

R, HO = Category.RELAPSE, Category.HARM_TO_OTHERS

MONEY_ON_DRINK: tuple[tuple[str, Category], ...] = (
    ("पूरी पगार शराब में चली गई", R),
    ("पैसे आए और सारे दारू में गए", R),
    ("is mahine ki tankhwah bhi sharab me chali gayi", R),
    ("मेरी सारी कमाई दारू पर खर्च हो गई", R),
    ("sab paisa daru pe kharch kar diya kal", R),
    ("ऊस बिल आलं आणि सगळं दारूवर उडवलं", R),
    ("pagar zala ani sagla daru madhe gela", R),
    ("हरभऱ्याचे पैसे मी दारूत घालवले", R),
    ("kandyache paise sagle darut udhalle", R),
    ("ti ne dilele paise mi darut udavle", R),
    ("blew the whole harvest money on booze", R),
    ("i spent the cotton money on liquor, all of it", R),
)

PRESSED_TO_DRINK: tuple[tuple[str, Category], ...] = (
    ("yaar log shaadi me le gaye aur zabardasti pila di", R),
    ("dosto ne mujhe pila diya kal raat", R),
    ("मौसा जी ने अपने हाथ से पिला दी, हम ना नहीं कर पाए", R),
    ("dost zor dete rahe, hum mana nahi kar sake aur pi li", R),
    ("जत्रेत मित्रांनी पाजली", R),
    ("भाऊजींनी पाजली, मी नाही म्हणू शकलो", R),
    ("pahunyanni paajla, nahi mhanta aala nahi", R),
    ("पाहुण्यांनी आग्रह केला आणि मी घेतली", R),
    ("sasryane aagrah kela, mi nahi mhanu shaklo ani ghetli", R),
    ("chacha ne aagrah kiya to maine le li", R),
)

DRINKING_SLANG: tuple[tuple[str, Category], ...] = (
    ("kal raat phir chadha liye", R),
    ("हमसे रहा नहीं गया, कल फिर से चढ़ा लिए", R),
    ("sadi me gaye the, wahan daru chal gayi hamri bhi", R),
    ("बरात में दारू चल गई हमारी भी", R),
    ("पंधरा दिवस झाले रोज पितोय घरी कळलं नाही", R),
    ("रोज संध्याकाळी पितोय बायकोला कळलं नाही अजून", R),
    ("roj pitoy ghari kalla nahi", R),
    ("went to the toddy shop every evening this week", R),
    ("toddy shop behind the market, went there every evening this week", R),
    ("had 2 quarters of desi yesterday sorry", R),
)

# What "diye" (gave) read as dying caught by accident, now read for its own reason: a
# relative's threat to burn the writer.
THREATENED: tuple[tuple[str, Category], ...] = (
    ("mere pati bol rahe hai mujhe jala denge", HO),
    ("पति बोल रहे हैं मुझे जला देंगे", HO),
    ("saas kehti hai mujhe jala degi", HO),
)

# The same classes, read already by 619056c.
ALREADY_READ: tuple[tuple[str, Category], ...] = (
    ("gehu becha aur saara paisa daru me uda diya", R),
    ("मजदूरी का सब पैसा दारू में उड़ा दिया", R),
    ("लग्नात दारू चालू झाली आणि मी पण बसलो", R),
    ("do quarter of desi li thi raat ko", R),
    ("मी रोज पितोय आणि घरी कळलं नाही", R),
    ("my cousins made me drink at the sangeet", R),
)

QUIET: tuple[str, ...] = (
    # someone else's money, the habit of the past, money saved or spent on other things
    "uske saare paise daru me jaate the",
    "pehle sab paisa daru me jaata tha ab nahi",
    "pehle meri salary daru me udti thi, ab ghar chalta hai",
    "ek bhi paisa daru pe kharch nahi kiya",
    "daru chhodi to saare paise bach gaye",
    "daru ki keemat badh gayi, sab paisa kharch ho gaya",
    "used to blow my pay on booze, not anymore",
    "सारा पैसा बच्चों की फीस में गया",
    "paisa aaya aur sab bank me gaya",
    "pura fasal dub gaya barish me",
    # milk, water, tea and medicine given; a refusal that held
    "bachche ko doodh pila diya",
    "baby la dudh pajla",
    "mummy ne mujhe dawai pila di",
    "usko pani pila do pehle",
    "maine sabko chai pilayi",
    "ORS pilaya bete ko, ab theek hai",
    "गाय को पानी पिलाया",
    "बाळाला दूध पाजलं आणि झोपवलं",
    "doctor ne kadha pilaya",
    "मित्रांनी आग्रह केला पण मी नाही घेतली",
    "aagrah kela pan mi nakar dila",
    "friends insisted but i refused",
    "दोस्तों ने बहुत जोर दिया पर मैंने मना कर दिया",
    # the same slang of other things, others, a shop passed, a habit left
    "chadha liye sabne, maine nahi piya",
    "gaadi chadha li pahadi pe",
    "uski shaadi me daru chali, main door raha",
    "बात चल गई लंबी",
    "i pass the toddy shop every evening on my way home",
    "i stood near the theka every evening this week but went home",
    "pehle roz theke pe jata tha, ab mandir jata hoon",
    "roz dawai pi raha hu doctor ki",
    # "दिए" is gave, not die
    "अब गांजा पूरी तरह छोड़ दिए हैं, तीन महीने हो गए",
    "ab daru chhod diye hain hum",
    "बच्चों को पैसे दे दिए हैं",
    "kaam kar diye hain sab",
    "पौधे लगा दिए हैं",
    "diwali pe hum diye jala denge",
    "mummy ne kaha mujhe diya jala dena",
    # "कळलं" is knowing, not eating; the thought denied with "even" is sobriety
    "घरी अजून कळलं नाही की मी नवीन नोकरी धरली",
    "aata roj kaamala jato, daru cha vichar pan yet nahi",
    "ab to sharab ka khayal bhi nahi aata",
    "दारूची आठवण पण येत नाही आता",
    "dont even think about drinking these days",
)


@pytest.mark.parametrize(("text", "category"),
                         MONEY_ON_DRINK + PRESSED_TO_DRINK + DRINKING_SLANG + THREATENED + ALREADY_READ)
def test_using_again_as_a_small_town_tells_it_is_read(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_in_everyday_and_sober_sentences_stay_quiet(text):
    assert_rules_stay_quiet(text)
