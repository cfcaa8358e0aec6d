"""Using again told as being made to drink: the causative of drinking ("dosto ne pila di",
"पिलाया", "mitranni paajli"), friends who insisted and the writer who took it ("लग्नात
मित्रांनी आग्रह केला आणि मी घेतली"), and the refusal that failed ("मना नहीं कर पाए", "nahi
mhanu shaklo"). A man tells the slip as something done to him; the drink need not be named.

The causative is a relapse beside a substance, or beside the company or the occasion that
poured it, a failed refusal or the writer as its object ("mujhe pila di"). What is given to a
child, a patient or an animal (milk, water, tea, ORS, a medicine) is not: the soft drinks and
medicines of "beverage", and the little ones fed. A refusal that held ("aagrah kela pan mi
nahi ghetli") is a negation and cancels it. Words and the rules that read them (appended to
the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Made to drink: Hindi "pilana", Marathi "pajne", English with the object inside.
    "made_to_drink": (
        "pila diya", "pila di", "pila diye", "pila dia", "pilaa diya", "pilaa di", "pilaya", "pilaaya",
        "pilayi", "pilaye", "pilwa di", "pilwa diya", "pilwayi", "pila ke", "पिला दिया", "पिला दी",
        "पिला दिए", "पिला दिये", "पिलाया", "पिलाई", "पिलाए", "पिलवा दी", "पिलवा दिया", "पिला के",
        "pajli", "paajli", "pajla", "paajla", "pajle", "paajle", "pajun", "paajun", "पाजली", "पाजला",
        "पाजले", "पाजलं", "पाजून", "pyayla lavli", "pyayla lavla", "pyayla lavle", "प्यायला लावली",
        "प्यायला लावला", "प्यायला लावले", "ghyayla lavli", "ghyayla lavla", "घ्यायला लावली", "घ्यायला लावला",
        "made me drink", "made me have a drink", "made me take a drink", "forced me to drink",
        "forced a drink on me", "pushed a drink on me", "got me drunk",
    ),
    # Whom a drink is given to that is no drinking session: a baby, a child, an animal.
    "little_one": ("baby", "bachcha", "bachche", "bachchi", "bacche", "बच्चा", "बच्चे", "बच्ची", "bala", "balala",
                   "बाळ", "बाळाला", "munna", "मुन्ना", "munni", "kid", "kids", "child", "calf", "vasru", "वासरू",
                   "bail", "बैल", "gaay", "gaai", "गाय", "cow", "bakri", "बकरी", "patient", "मरीज़", "mareez"),
    # The refusal that failed, in its plural and honorific forms and the Marathi "could not say".
    "gave_in": (
        "mana nahi kar paye", "mana nahi kar paaye", "मना नहीं कर पाए", "मना नहीं कर पाये", "mana nahi kar sake",
        "mana nahi kar saka", "mana nahi kar saki", "मना नहीं कर सका", "मना नहीं कर सके", "मना नहीं कर सकी",
        "na nahi kar paya", "na nahi kar paye", "ना नहीं कर पाया", "ना नहीं कर पाए", "inkaar nahi kar paya",
        "inkar nahi kar paya", "inkar nahi kar paye", "इनकार नहीं कर पाया", "इनकार नहीं कर पाए",
        "taal nahi paya", "taal nahi paye", "टाल नहीं पाया", "टाल नहीं पाए", "nahi mhanu shaklo",
        "नाही म्हणू शकलो", "nako mhanu shaklo", "नको म्हणू शकलो", "nahi mhanta aala nahi",
        "nahi mhanta ala nahi", "नाही म्हणता आलं नाही", "nako mhanta aala nahi", "नको म्हणता आलं नाही",
        "talta aala nahi", "टाळता आलं नाही", "nakar deta aala nahi", "नकार देता आला नाही",
        "couldnt refuse", "couldn't refuse", "could not refuse", "wasnt able to say no",
        "wasn't able to say no", "couldnt turn it down", "couldn't turn it down", "couldnt turn them down",
        "couldn't turn them down",
    ),
    # Insisted, pressed, forced: the offer that the writer's "and I took it" completes
    # (sessions.py: offer_made, then the writer, then took).
    "offer_made": (
        "aagrah kela", "agrah kela", "aagrah kele", "aagrah keli", "आग्रह केला", "आग्रह केले", "आग्रह केली",
        "aagrah kiya", "agrah kiya", "आग्रह किया", "zor diya", "jor diya", "ज़ोर दिया", "जोर दिया",
        "zabardasti ki", "jabardasti ki", "ज़बरदस्ती की", "जबरदस्ती की", "baljabari keli", "बळजबरी केली",
        "majboor kiya", "मजबूर किया", "insisted", "pressured me", "pushed me",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PRESSED_TO_DRINK: tuple[Combination, ...] = (
    # "dosto ne daru pila di", "mitranni daru paajli".
    Combination(RE, (_g("made_to_drink"), ANY + ("alcohol_maybe",)), 4,
                unless=_g("beverage", "little_one", "poison")),
    # "दोस्त लोग ले गए और पिला दिया", "लग्नात पाजली", "pila diya, mana nahi kar paye", "mujhe pila di".
    Combination(RE, (_g("made_to_drink"), _g("drinkers", "others", "third_person", "occasion", "gave_in", "me")),
                6, unless=_g("beverage", "little_one", "poison")),
)
