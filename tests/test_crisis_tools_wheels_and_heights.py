"""Round 53's reading of rounds 52 and 53 (holdouts 179-183 and 185, opened: carpenters, market hamals,
tent house workers, handloom weavers, railway porters, firefighters): a tool of the trade put to a
man's neck or head, a vehicle run over him, acid on him, "I will kill" with its object marked, a man
pushed or thrown from a height; the godown's poisons swallowed or kept for tonight, the month's
pills at once, a box of pills emptied; the days clean lost, country liquor taken, just one that
became more, cough syrup by the bottle; one's own hand or head struck in a rage or over and over
till it swelled or bled, lines or pricks made with a nail or a needle; a height without the harness
or not to be come down from, a rope over a named branch, sat by deep water; under the wheels with
what would follow, the tempo crashed on purpose, asleep on the track, the train's driver not to
blame, before a train named or with it coming and a last word, the track watched from the bridge a
long while; a bare or live wire held or wound round the neck; going to those not saved, having
stayed in the fire; a last greeting to all and no meeting again, a letter kept with an instruction.
Their look- alikes stay quiet: a wall drilled, a mosquito killed, a phone broken on day 45, a
punching bag, practice with the harness on, a rope for a tent, a truck unloaded, a business
"murdered" by malls, a teak table, a note for the milkman, rat cake bought, pesticide applied,
rubbish thrown off the roof, clothes drying on a terrace, desi ghee, a box of pills run out, a local
to be caught, a live wire handled with gloves at a shutdown, a file not saved, a wall broken for a
window, a baby asleep. The rules alone are tested (second_opinion=False)."""
import pytest

from alumni.domain.crisis.detection import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text, category", [
    ("kal us munshi ki gardan pe chheni chalaunga", Category.HARM_TO_OTHERS),
    ("ill put the spanner through his head if he cheats me again", Category.HARM_TO_OTHERS),
    ("tyachya angavar truck ghalen udya", Category.HARM_TO_OTHERS),
    ("त्याच्यावर ॲसिड टाकीन उद्या", Category.HARM_TO_OTHERS),
    ("५० दिवसांनंतर काल तुटलो", Category.RELAPSE),
    ("60 din ki ginti phir se zero ho gayi", Category.RELAPSE),
    ("locker pe mukke marta raha jab tak khoon nahi nikla", Category.SELF_HARM),
    ("kil se haath pe lakeere kheenchta raha", Category.SELF_HARM),
    ("आज रात्री टॉवरवर एकटा जाणार, harness नाही लावणार", Category.SUICIDE),
    ("skylift ki chabi mere paas hai, upar jaake wapas nahi aana", Category.SUICIDE),
    ("tempo ulta ghalto highway la, accident vatel", Category.SUICIDE),
    ("पटरी पर सोऊंगा आज", Category.SUICIDE),
    ("tell the loco pilot it was not his fault", Category.SUICIDE),
    ("सगळ्यांना राम राम, आता भेट नाही", Category.SUICIDE),
    ("माझी चिठ्ठी कपाटात आहे, आईला द्या", Category.SUICIDE),
    ("godown wala rat kill kha liya maine", Category.OVERDOSE),
    ("sulfas ki goli jeb me rakhi hai, aaj raat", Category.OVERDOSE),
    ("poore mahine ki goliyan ek baar me kha li", Category.OVERDOSE),
    ("झोपेच्या गोळ्यांची डबी रिकामी केली आज", Category.OVERDOSE),
    ("उसको छत से नीचे फेंक दूंगा", Category.HARM_TO_OTHERS),
    ("त्या मुकादमाला टॉवर वरून धक्का देणार", Category.HARM_TO_OTHERS),
    ("नदीकाठी बसलोय, पाणी खूप खोल आहे", Category.SUICIDE),
    ("thodi desi li kal raat", Category.RELAPSE),
    ("kal raat last local ke saamne jaana hai", Category.SUICIDE),
    ("Rajdhani aa rahi hai, bhai ko bolna maaf kar de", Category.SUICIDE),
    ("FOB वरून track बघतोय एक घंटे से", Category.SUICIDE),
    ("nagdi wire haatat ghetli tar sagla sampel", Category.SUICIDE),
    ("जिन्हें बचा नहीं पाया, उनके पास जाऊंगा", Category.SUICIDE),
    ("i should have stayed in the fire with them", Category.SUICIDE),
    ("त्या DJ ला उद्या hook ने ठोकणार", Category.HARM_TO_OTHERS),
    ("the foreman who shouted at me, i know his route. he wont see morning", Category.HARM_TO_OTHERS),
])
def test_tools_wheels_and_heights_alert(text, category):
    assert_rules_find(text, category)


@pytest.mark.parametrize("text", [
    "drill se deewar me chhed karunga kal",
    "machhar ko maar dalunga aaj raat",
    "45 days clean, phone screen broke yesterday",
    "boxing class me bag pe mukke maare, haath suj gaya",
    "drill tower pe practice ki, harness laga ke",
    "neem ke ped ko rassi se baandha tent ke liye",
    "truck khali karun maal utarla",
    "these new malls are murdering our business",
    "sprayed polish on the teak table today",
    "chitthi rakhi hai table pe, doodh wale ko de dena",
    "bought rat cake for the shop, rats ate the rice",
    "kheton me kitaknashak maara aaj",
    "chhat se kachra neeche fek dunga",
    "terrace pe kapde sukha raha hu, yahan koi nahi hai",
    "desi ghee li aaj",
    "golyanchi dabi rikami zali, navin aana",
    "local aane wali hai, platform 2 pe aao",
    "live wire haath me pakda gloves pehen ke, shutdown tha",
    "couldnt save the file, will go to them tomorrow for the meeting",
    "kal hathodyane bhint phodnar, navin khidki",
    "baby wont see morning light, she sleeps all day lol",
])
def test_their_look_alikes_stay_quiet(text):
    assert_rules_stay_quiet(text)
