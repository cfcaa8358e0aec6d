"""Drink handled as a bar's or a hotel's work stays quiet: pegs served or poured for a table,
bottles opened daily in a permit room while the writer's own glass is refused, champagne
popped at a reception, a drunk customer thrown out; a permit room and a roommate are no rum,
and a hundred days gone by ("divas zale") are no burn. Their twins reach a person: the
bartender who drank the leftovers or took his own share, a bottle opened at one's own table
and finished, bottles opened by relatives beside a
craving, the writer who was the drunk customer, a hand burnt after the count of days."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "served about 60 pegs at the wedding counter today, not one for me",
    "poured whisky for the guests all night and went home sober",
    "popped 12 bottles of wine for the guests, i stuck to soda",
    "club me roz 100 peg serve karta hu par khud nahi pita",
    "रोज़ बार में बीयर की बोतलें खोलता हूँ, खुद नहीं पीता",
    "hotel madhe roj beer chya batlya ughadto pan swata pit nahi",
    "परमिट रूम मध्ये ग्राहकांसाठी बाटल्या उघडतो, स्वतः पीत नाही",
    "had to throw out a drunk customer at 2 am, all good now",
    "ek sharabi customer ne gaali di, manager ne bahar nikala",
    "एक शराबी ग्राहक को बाहर निकाला, बहुत बवाल किया",
    "ek bevda customer khup gondhal ghalat hota, bahar kadhla",
    "रूममेट के साथ रूम में पढ़ाई की, सब ठीक",
    "60 divas zale sir, roj duty la jato",
])
def test_drink_handled_as_work_stays_quiet(text: str) -> None:
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "served 40 pegs tonight and drank the leftovers after closing",
    "poured pegs all night and had 3 myself",
    "roz bar me bottle kholta hu, kal khud bhi pi li",
    "batlya ughadto, kal ratri swata pan pyalo",
    "मैंने बोतल खोली और पूरी पी गया",
    "opened a bottle at the table and had two glasses",
    "opened a bottle of wine at the dinner table, finished it alone",
    "opened a bottle of wine at the dinner table, nobody stopped me",
    "customer ke liye bottle kholi aur do peg maar liye",
    "कल रम की पूरी बोतल पी ली",
    "रूम में बैठकर पूरी बोतल पी गया",
])
def test_the_bartender_who_drank_is_a_relapse(text: str) -> None:
    assert_rules_find(text, Category.RELAPSE)


def test_a_drunk_customer_who_was_the_writer() -> None:
    assert_rules_find("i was a drunk customer myself last night", Category.RELAPSE)


def test_a_hand_burnt_after_the_days_counted() -> None:
    assert_rules_find("100 divas zale, aaj swatacha haat jaalla mudam", Category.SELF_HARM)
