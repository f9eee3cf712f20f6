"""Conditions that set none ("the charges, if any"), a federal inquiry into local officials, teams sent by
ICE, contact with ICE suspended or barred, jail access kept up ("will continue to let ICE officers interview ..."),
a ban on adopting *or enforcing* limits, a state suing "to void" a city's ordinance, and an ordinance a state
wants repealed still being the city's when its mayor vows to defend it, and the United States
"challenging" a state law as a party (a suit, not criticism); a refusal's "unless" (its exception, not a
threat); ICE kept from "an incarcerated individual"; ICE warrants served by deputies.

Every sentence is invented for these tests (real US places, made-up people, laws and offices).
"""
import pytest
from action_helpers import rows, types

pytestmark = pytest.mark.usefixtures("rules_only")


def _status(text, atype):
    return sorted(r["status"] for r in rows(text) if r["action_type"] == atype)


def test_an_if_with_no_clause_of_its_own_is_no_condition():
    text = ("Mayor Dana Whitcombe said Eugene will send ICE a records request on Monday for the names of "
            "everyone detained and the charges, if any, against them.")
    assert _status(text, "records_request") == ["announced"]
    # a real condition still makes a threat
    text = "Mayor Dana Whitcombe said Eugene will sue the federal government if the grants are cut."
    assert _status(text, "sue_federal_government") == ["threatened"]


FEDERAL = ("WASHINGTON - The Justice Department today sued the state of Oregon over its limits on "
           "cooperation with immigration agents.\n\n")


def test_a_federal_inquiry_into_local_officials_targets_them():
    text = FEDERAL + ("This office will investigate any official in Salem or Eugene who hides a wanted "
                      "alien from federal officers.")
    got = [r for r in rows(text) if r["start"] > len(FEDERAL)]
    assert {r["action_type"] for r in got} == {"target_local_officials"}
    assert {r["status"] for r in got} == {"threatened"}
    text = FEDERAL + ("ICE has also asked the attorney general's office to investigate whether Marion County "
                      "officials violated the state's detainer law.")
    got = {r["action_type"] for r in rows(text) if r["start"] > len(FEDERAL)}
    assert "target_local_officials" in got and "investigate_misconduct" not in got
    # an inquiry into what agents did is still one into misconduct
    text = "The county prosecutor will investigate the ICE agents who pushed a protester in Salem."
    assert "investigate_misconduct" in types(text)


def test_teams_sent_by_ice_are_a_deployment_in_each_town():
    got = [r for r in rows("ICE said it would send additional teams to Grand Island and Kearney next week.")
           if r["action_type"] == "federal_deployment"]
    assert sorted(r["target_jurisdiction"] for r in got) == ["us-ne-grand-island", "us-ne-kearney"]
    assert {r["status"] for r in got} == {"announced"}


def test_contact_with_ice_suspended_and_access_kept_up():
    text = "In March the Clackamas County Sheriff's Office suspended all email contact with ICE."
    assert "bar_local_cooperation" in types(text)
    text = "Deputies will continue to let ICE officers interview any inmate who agrees to speak with them."
    assert _status(text, "assist_ice") == ["announced"]
    # a verb of keeping up or deciding is needed: "an agreement letting jailers serve warrants" is no access given
    assert "assist_ice" not in types("The board debated an agreement letting ICE officers serve warrants in the jail.")


def test_a_ban_on_adopting_or_enforcing_limits_expands_cooperation():
    text = ("Section 4 would prohibit local governments from adopting or enforcing any policy that limits "
            "communication with ICE.")
    got = types(text)
    assert "expand_cooperation" in got and "bar_local_cooperation" not in got


def test_a_state_suing_to_void_a_city_ordinance_enforces_state_law():
    text = ("Attorney General Ruth Ballantyne-Osei warned Tacoma that she will sue to void its ordinance if "
            "the City Council does not repeal it.")
    assert _status(text, "expand_cooperation") == ["threatened"]
    assert "sue_federal_government" not in types(text)


def test_a_policy_barring_officers_from_contacting_ice_limits_cooperation():
    assert "bar_local_cooperation" in types("A 2019 city policy bars Olympia officers from contacting ICE.")
    assert "bar_local_cooperation" in types("In May the Thurston County jail stopped contacting ICE about releases.")


def test_defending_an_ordinance_a_state_wants_repealed_affirms_sanctuary():
    text = ("The Tacoma City Council passed an ordinance in February that keeps ICE out of city-run shelters. "
            "Attorney General Ruth Ballantyne-Osei warned the city last month that she would sue unless it "
            "repealed the ordinance.\n\n"
            '"We will defend this ordinance in any courtroom in Washington," Mayor Lena Haugland-Price said.')
    got = [r for r in rows(text) if r["action_type"] == "affirm_sanctuary"]
    assert [r["status"] for r in got] == ["announced"]
    assert got[0]["jurisdiction"] == "us-wa-tacoma"



def test_the_united_states_challenging_a_state_law_is_a_suit_not_words():
    text = "In this action the United States challenges an Oregon statute and a Salem ordinance that limit cooperation with ICE."
    got = [r for r in rows(text)]
    assert sorted(r["target_jurisdiction"] for r in got if r["action_type"] == "federal_lawsuit") == [
        "us-or", "us-or-salem"]
    assert "federal_criticism" not in types(text)
    # a standing to challenge is no challenge made
    text = "The judge did not reach the state's argument that the United States lacks standing to challenge the act."
    assert "federal_lawsuit" not in types(text)
    # the United States named inside someone else's subject is no party
    text = "Mayors across the United States are challenging the idea that ICE answers to no one."
    assert "federal_lawsuit" not in types(text) and "sue_federal_government" not in types(text)


def test_a_refusals_unless_is_its_exception_not_a_threat():
    text = "Sheriff Ada Lindqvist said the Lane County jail does not honor ICE detainers unless a judge signs a warrant."
    assert _status(text, "bar_local_cooperation") == ["enacted"]
    text = "Mayor Dana Whitcombe said Eugene will sue the federal government unless the grants are restored."
    assert _status(text, "sue_federal_government") == ["threatened"]


def test_ice_kept_from_incarcerated_people():
    text = "ICE officers may not interview an incarcerated individual unless the individual agrees in writing."
    assert "bar_local_cooperation" in types(text)


def test_ice_warrants_served_by_deputies_are_help_but_a_model_described_is_not():
    text = "In August her deputies served 41 ICE warrants on inmates in the Linn County jail."
    assert _status(text, "assist_ice") == ["enacted"]
    text = "Benton County deputies will begin serving ICE administrative warrants in June."
    assert _status(text, "assist_ice") == ["announced"]
    # the 287(g) model's content is the agreement, not warrants served
    for text in ("Under the warrant service officer model, deputies serve ICE warrants on people already in jail.",
                 "The agreement lets trained deputies serve ICE warrants on people held in the county jail."):
        assert "assist_ice" not in types(text), text
    assert "assist_ice" not in types("Deputies served a search warrant on the house on Tuesday.")
