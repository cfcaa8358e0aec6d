"""Suicide said in a health worker's or a driver's own words reaches a person: the handover
written as a farewell, the road chosen with no brakes, no wish left to save oneself after
years of saving others. A handover before a transfer, a bus whose brakes failed and learning
to look after oneself stay quiet, each beside an earnest twin that still alerts. And using
again in the ward's words: a theatre drug used by the writer, sleeping pills begun again by the
day; ketamine given to a patient and pills begun again by the doctor stay quiet."""
from __future__ import annotations

import pytest

from alumni.domain.crisis import Category
from tests.support.crisis_rules_reading import assert_rules_find, assert_rules_stay_quiet


@pytest.mark.parametrize("text", [
    "handover notes are complete and neat. thank you for everything sister",
    "charge de diya hai, mere baad jo bhi aayega sambhal lega",
    "हँडओव्हर केलं, माझ्यानंतर जो येईल तो सांभाळेल. सगळ्यासाठी धन्यवाद",
    "picked my spot, the old bridge on the highway, no brakes",
    "shift ke baad truck ghati mein, bina brake, aisa man karta hai",
    "सालों तक दूसरों को बचाया, अब खुद को बचाने का मन नहीं करता",
    "swatahla vachvaycha man nahi ata, itki varsha lokanna vachavla",
    "spent my life saving strangers and i have no wish to save myself",
    "kitni jaanein bachayi, apni jaan bachane ka mann nahi",
    "brake nahi dabaunga, seedha khai mein",
])
def test_a_workers_farewell_alerts(text):
    assert_rules_find(text, Category.SUICIDE)


@pytest.mark.parametrize("text", [
    "handover done, i'm transferred to Nashik from monday. thank you for everything sister",
    "bus had no brakes on the ghat, driver stopped it with the handbrake, all safe",
    "handover done, duty over, thanks for everything today sister",
    "picked my spot on the bridge for the sunset photo",
    "bought a cycle with no brakes lol, want to ride it tomorrow",
    "logon ko bachate bachate ab khud ko bachana bhi seekh raha hu",
])
def test_a_transfer_a_brake_failure_or_self_care_stays_quiet(text):
    assert_rules_stay_quiet(text)


@pytest.mark.parametrize("text", [
    "used fentanyl from the theatre stock last night",
    "ward madhun midazolam gheun use kela",
    "OT से propofol लेकर इस्तेमाल कर लिया",
    "झोपेच्या गोळ्या परत सुरू केल्या, रोज दोन घेतो",
    "started the sleeping pills again, every night two",
])
def test_a_ward_drug_used_or_sleeping_pills_restarted_alert(text):
    assert_rules_find(text, Category.RELAPSE)


@pytest.mark.parametrize("text", [
    "gave ketamine to the patient for the procedure",
    "used propofol for the induction, smooth case today",
    "stock count of ketamine done, register tallied",
    "doctor ne neend ki goliyan phir shuru ki, roz ek",
])
def test_a_drug_for_the_patient_or_the_doctors_pills_stay_quiet(text):
    assert_rules_stay_quiet(text)
