"""Signal classes of a family's report that someone close is missing or shut away: not come
home, a note left behind, a door locked from inside, no answer from within."""
from __future__ import annotations

WORDS: dict[str, tuple[str, ...]] = {
    # Not back, not found: since last night, since morning.
    "not_home": (
        "ghar nahi aaya", "ghar nahi aayi", "ghar nahi aaye", "ghar nahi aae", "ghar nahi lauta",
        "ghar nahi lauti", "घर नहीं आया", "घर नहीं आई", "घर नहीं आए", "घर नहीं आये", "घर नहीं लौटा",
        "घर नहीं लौटी", "ghari nahi aala", "ghari nahi aali", "ghari nahi ale", "घरी नाही आला",
        "घरी नाही आली", "घरी नाही आले", "ghari aala nahi", "ghari aali nahi", "घरी आला नाही",
        "घरी आली नाही", "घरी आले नाहीत", "didnt come home", "didn't come home", "did not come home",
        "hasnt come home", "hasn't come home", "has not come home", "not come back", "not back home",
        "hasnt returned", "hasn't returned", "never came home", "went missing", "is missing",
        "been missing", "missing since", "lapata", "लापता", "gayab", "गायब", "bepatta", "बेपत्ता",
        "sapdat nahi", "सापडत नाही", "mil nahi raha", "mil nahi rahi", "मिल नहीं रहा", "मिल नहीं रही",
        "cant find him", "can't find him", "cant find her", "can't find her", "nowhere to be found",
    ),
    # Words left behind (weak alone: a letter is post). Not "khat": its skeleton is "kaat", cut.
    "note_left": (
        "chitthi", "chithi", "chitti", "चिट्ठी", "चिठ्ठी", "चिठी", "a note", "his note", "her note",
        "a letter", "his letter", "her letter", "patra", "पत्र",
    ),
    # Shut in a room, from inside.
    "shut_in": (
        "band kar liya", "band kar liye", "बंद कर लिया", "बंद कर ली", "band karun ghetl*",
        "बंद करून घेतल*", "locked himself", "locked herself", "locked themself",
        "darwaza band", "darwaja band", "दरवाजा बंद", "दरवाज़ा बंद", "dar band", "दार बंद",
        "aatun kadi", "आतून कडी", "andar se kundi", "अंदर से कुंडी", "kondun ghetl*", "कोंडून घेतल*",
        # round 24: shut in the bathroom ("bathroom मध्ये lock आहे", "hasn't come out of the bathroom")
        "मध्ये lock", "madhe lock", "में lock", "me lock", "hasn't come out", "hasnt come out",
        "not come out of", "bahar nahi aaya", "बाहर नहीं आया", "baher ala nahi", "बाहेर आला नाही",
        # round 41 (cold stores): locked in, in English inside Hindi and Marathi
        "lock कर लिया", "lock kar liya", "lock kar li", "lock करून घेतल*", "lock karun ghetl*", "lock होऊन",
        "lock hoon", "kadi lavli", "कडी लावली", "kundi laga li", "कुंडी लगा ली",
    ),
    # No sound, no answer from the other side.
    "no_answer": (
        "awaaz nahi", "aawaz nahi", "awaz nahi", "आवाज़ नहीं", "आवाज नहीं", "aawaj yet nahi",
        "आवाज येत नाही", "no sound", "not answering", "isnt answering", "isn't answering",
        "not responding", "no response", "jawab nahi", "जवाब नहीं", "uttar det nahi",
        "उत्तर देत नाही", "उत्तर देत नाहीये", "uttar det nahiye", "door nahi khol", "darwaza nahi khol", "दरवाज़ा नहीं खोल",
        "दरवाजा नहीं खोल", "dar ughadat nahi", "दार उघडत नाही", "wont open the door",
        "won't open the door", "not opening the door", "phone lagat nahi", "फोन लागत नाही",
        "phone nahi lag", "फोन नहीं लग", "phone band", "फोन बंद", "switched off", "not picking up",
        # round 41: the door not opened, the phone not picked up, told of him
        "is not opening", "he is not opening", "not opening", "nahi khol raha", "नहीं खोल रहा", "नहीं खोल रहे",
        "दार उघडत नाहीत", "dar ughadat nahit", "phone nahi utha", "फोन नहीं उठा", "phone नहीं उठा",
        "phone uchalat nahi", "phone उचलत नाही", "फोन उचलत नाही", "phone उचलत नाहीत", "फोन उचलत नाहीत",
        "phone bhi nahi utha", "phone भी नहीं उठा", "फोन भी नहीं उठा", "आवाज देत नाही*", "aavaj det nahi*",
        "awaaz nahi de raha", "आवाज़ नहीं दे रहा",
    ),
}
