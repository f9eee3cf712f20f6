"""Rules tuned after the fortieth stop's batches of official texts (fx1149-fx1164): bill steps a presiding officer
declares, floor amendments, offences a bill would create, claims that federal officers are bound by no court order,
officers of private bodies, state and county courts named by their place, special districts of a county, conditions
of a warning, recommendations numbered "5-1.", safeguards before a transfer, records a body declines to produce, and
words left glued when a comma is skipped.

Every sentence is invented for these tests (real US places, made-up people, offices and laws).
"""
import pytest
from action_helpers import of_type as _of_type, rows

pytestmark = pytest.mark.usefixtures("rules_only")

_BILL = ("Senator Odalys Penhallow-Reyes introduced Senate Bill 1207 in the Senate of Virginia on January 9, 2027. "
         "Senate Bill 1207 would require every Virginia sheriff to notify U.S. Immigration and Customs Enforcement 48 hours before releasing any person "
         "named in an ICE detainer. ")


def test_a_legislative_committee_for_courts_is_no_court_and_its_report_on_a_vote_is_a_bill_step():
    text = _BILL + ("The Committee for Courts of Justice heard testimony on January 20, 2027, and reported the bill the "
                    "following day on an 8-to-7 vote.")
    got = [r for r in rows(text) if "Committee for Courts" in r["evidence"]]
    assert [(r["action_type"], r["status"]) for r in got] == [("expand_cooperation", "proposed")], rows(text)


def test_the_presiding_officers_declaration_that_a_bill_is_passed_is_a_proposal_still():
    text = _BILL + "THE PRESIDENT: The ayes are 21, the nays are 19. Senate Bill 1207, as amended, is passed."
    got = [r for r in rows(text) if "is passed" in r["evidence"]]
    assert [(r["action_type"], r["status"], r["jurisdiction"]) for r in got] == [
        ("expand_cooperation", "proposed", "us-va")], rows(text)
    assert all(r["actor"] != "Senate Bill 1207as amended" for r in got), got


def test_a_passed_bill_the_governor_signed_is_not_read_as_declared_on_the_floor():
    text = _BILL + "Senate Bill 1207 was passed in 2019 and later repealed."
    assert not [r for r in rows(text) if r["rule"] == "bill_step" and "2019" in r["evidence"]], rows(text)


def test_what_a_floor_amendment_does_is_proposed_with_its_bill():
    text = ("THE PRESIDENT: The ayes have it. Floor Amendment 1, which withholds state jail-construction reimbursement "
            "from any locality whose sheriff fails to give the required notices, is agreed to.")
    got = _of_type(text, "expand_cooperation")
    assert got and {r["status"] for r in got} == {"proposed"}, rows(text)


def test_an_offence_a_filed_bill_would_create_is_proposed():
    text = ("WHEREAS, House Bill 1190, filed two days later, would make it a misdemeanor for any judge or clerk to limit "
            "cooperation with federal immigration officers in a Georgia courthouse;")
    got = _of_type(text, "expand_cooperation")
    assert got and {r["status"] for r in got} == {"proposed"}, rows(text)


def test_an_offence_a_prefiled_bill_would_create_is_proposed_when_the_parse_hangs_it_on_the_month():
    text = ("In Louisiana, Rep. Beaumont Ardoin-Kessler prefiled House Bill 77 in January, which would make it a "
            "misdemeanor for any parish or city official to vote for any policy limiting cooperation with ICE.")
    got = _of_type(text, "expand_cooperation")
    assert got and {r["status"] for r in got} == {"proposed"}, rows(text)


@pytest.mark.parametrize("claim", [
    'are not bound by any order of a state court judge',
    "are not bound by any hospital district's rules on identification",
])
def test_federal_officers_bound_by_no_local_order_is_an_immunity_claim(claim):
    text = f'In a letter to the Atlanta court, ICE Field Office Director Osric Vandeleur-Mba asserted that ICE officers "{claim}."'
    assert _of_type(text, "immunity_claim"), rows(text)


def test_a_private_associations_president_condemning_an_arrest_is_placed_where_the_arrest_was():
    text = ('"Arresting a mother at the courthouse door is a betrayal of everything a court stands for," Association '
            'President Philippa Marchetti-Ode said on Friday of the Cobb County arrest.')
    assert not _of_type(text, "federal_criticism"), rows(text)
    got = _of_type(text, "condemn_federal_action")
    assert [r["jurisdiction"] for r in got] == ["us-ga-cobb-county"], rows(text)


def test_the_president_of_the_united_states_is_still_federal():
    text = ('President Ambrose Kettering-Lowe said Chicago had "chosen to protect criminal aliens over its own '
            'residents."')
    assert _of_type(text, "federal_criticism"), rows(text)


_JUDGE = ("WHEREAS, on March 4, 2027, Chief Judge Evangeline Oakhurst-Mbatha of the Superior Court of Cobb County "
          "entered Standing Order 2027-11, which bars civil immigration arrests inside the Cobb County Courthouse "
          "without a judicial warrant;")


def test_a_standing_order_a_county_courts_chief_judge_entered_is_that_countys():
    got = _of_type(_JUDGE, "restrict_enforcement_sites")
    assert [(r["jurisdiction"], r["actor"]) for r in got] == [
        ("us-ga-cobb-county", "Evangeline Oakhurst-Mbatha")], rows(_JUDGE)


def test_court_deputies_who_will_begin_asking_officers_to_identify_themselves():
    text = _JUDGE + (" She also said court deputies will begin asking any federal officer who enters a courtroom to "
                     "state his or her name and agency.")
    got = _of_type(text, "require_agent_identification")
    assert [r["status"] for r in got] == ["announced"], rows(text)


def test_a_sheriffs_office_that_will_begin_logging_hours_reports_to_no_one():
    text = ("Butler County Sheriff Corwin Adeyemi-Frost wrote that his office will keep its 287(g) agreement and will "
            "begin logging deputies' immigration hours on March 1.")
    assert not _of_type(text, "records_request"), rows(text)


def test_a_repeated_demand_that_a_courts_order_be_withdrawn_is_an_ultimatum():
    text = _JUDGE + (" The letter disclosed that ICE wrote to the court on February 9, 2028, repeating its demand that "
                     "the order be withdrawn.")
    got = _of_type(text, "federal_ultimatum")
    assert got and got[0]["target_jurisdiction"] == "us-ga-cobb-county", rows(text)


def test_a_federal_cut_stated_on_a_condition_is_a_threat_but_not_when_a_mayor_guesses_it():
    said = ("In a letter dated August 24, 2027, ICE Deputy Field Office Director Marguerite Stanfield-Oyo criticized "
            "the moratorium. The same letter stated that the Department of Homeland Security could suspend the City's "
            "federal public-safety grants if the permit is denied.")
    assert [r["status"] for r in _of_type(said, "withhold_funding")] == ["threatened"], rows(said)
    guess = "The mayor of Grand Island said that DHS could suspend the City's federal grants if the permit is denied."
    assert not _of_type(guess, "withhold_funding"), rows(guess)


def test_a_moratorium_on_permits_for_immigration_detention_facilities_restricts_sites():
    text = ("On June 21, 2027, the Grand Island City Council adopted Ordinance No. 9918, a moratorium on new permits "
            "for privately operated immigration detention facilities.")
    assert [r["jurisdiction"] for r in _of_type(text, "restrict_enforcement_sites")] == ["us-ne-grand-island"], rows(text)


def test_an_arrest_inside_a_hospital_in_a_city_is_placed_in_that_city():
    text = ("On September 23, two ICE officers entered the emergency department at Lindqvist Memorial Medical Center in "
            "Wenatchee, Washington and detained a patient.")
    got = _of_type(text, "federal_enforcement_operation")
    assert [r["target_jurisdiction"] for r in got] == ["us-wa-wenatchee"], rows(text)


def test_a_county_legislator_is_a_county_official():
    text = ("Onondaga County Legislator Philippa Arkwright-Ude introduced a resolution on Monday that would end the "
            "Justice Center's release-date notifications to ICE.")
    got = _of_type(text, "bar_local_cooperation")
    assert [(r["jurisdiction"], r["status"]) for r in got] == [("us-ny-onondaga-county", "proposed")], rows(text)


def test_a_state_bill_making_localities_help_ice_is_one_expansion_not_also_assistance():
    text = ("Assembly Bill 412, introduced in the Wisconsin Legislature in February 2027, would reduce Wisconsin's "
            "shared revenue payments to any municipality that limits cooperation with federal immigration authorities.")
    got = {r["action_type"] for r in rows(text)}
    assert "expand_cooperation" in got and "assist_ice" not in got, rows(text)


def test_a_federal_official_naming_a_councils_vote_the_day_after_targets_that_city():
    text = ("On July 22, 2027, the Idaho Falls City Council voted 4-2 to bar city police from holding anyone in the "
            "city lockup solely on an ICE detainer. The following day, Department of Homeland Security Assistant "
            "Secretary Cordelia Yarrow-Nkemdi called the vote \"a welcome mat for every trafficker on Interstate 15.\"")
    got = _of_type(text, "federal_criticism")
    assert [r["target_jurisdiction"] for r in got] == ["us-id-idaho-falls"], rows(text)


def test_called_for_is_still_a_call_not_a_name_given():
    text = "Mayor Rosalind Ferreira-Lund of Boise called for calm after the ICE arrests."
    assert not [r for r in rows(text) if r["rule"] == "call_names"], rows(text)


def test_what_a_287g_model_allows_is_no_act():
    text = ("Under the jail enforcement model, designated deputies may question people already in custody about their "
            "immigration status; they make no arrests on the street.")
    assert not rows(text), rows(text)


def test_an_operation_named_again_as_the_time_of_local_help_is_not_a_second_operation():
    text = ("In May 2027, ICE agents conducted Operation Cold Cellar at a potato-processing plant in Idaho Falls. During "
            "the May operation, my deputies directed traffic on the county road outside the plant at ICE's request.")
    ops = [r for r in _of_type(text, "federal_enforcement_operation") if r["evidence"].startswith("During")]
    assert not ops, rows(text)
    assert [r for r in _of_type(text, "assist_ice") if r["evidence"].startswith("During")], rows(text)


def test_voters_demanding_a_sheriffs_recall_make_no_federal_demand():
    text = ("We, registered voters of Bonneville County, demand the recall of Sheriff Garrick Ingleby-Moss for the "
            "following reasons.")
    assert not _of_type(text, "federal_ultimatum"), rows(text)


def test_an_agreement_named_only_in_the_condition_of_a_warning_does_not_end():
    text = ("Last month, ICE Field Office Director Lucan Ridgeway-Ostrom warned my office in writing that the county's "
            "$1.9 million in detention-bed payments \"cannot continue if the agreement is allowed to lapse.\"")
    assert not _of_type(text, "end_formal_agreement"), rows(text)
    assert _of_type(text, "withhold_funding"), rows(text)


def test_the_faa_is_a_federal_agency_withholding_a_grant():
    text = ("On May 14, 2027, Thaddeus Millard-Soto, manager of the FAA's airports district office, wrote that the FAA "
            "would withhold the Pueblo airport's pending $6.4 million taxiway grant if the Authority closed the ramp to "
            "the ICE contractor.")
    got = _of_type(text, "withhold_funding")
    assert [r["status"] for r in got] == ["threatened"], rows(text)


def test_a_council_member_calling_deportation_flights_an_assembly_line_condemns_them():
    text = ("Before the vote, Pueblo Council Member Rosalind Vasquez-Orr called the flights \"a midnight assembly line "
            "for breaking up Pueblo families.\"")
    assert [r["jurisdiction"] for r in _of_type(text, "condemn_federal_action")] == ["us-co-pueblo"], rows(text)


def test_recommendations_numbered_with_a_dash_are_proposed():
    text = ("KALAMAZOO COUNTY OMBUDSMAN\n\n5.7 Recommendations\n\n5-1. The Sheriff's Office should stop honoring ICE "
            "detainers that are not accompanied by a judicial warrant.\n\n5-2. The Sheriff's Office should publish a "
            "monthly count of transfers to ICE.\n")
    got = {(r["action_type"], r["status"]) for r in rows(text)}
    assert ("bar_local_cooperation", "proposed") in got and ("records_request", "proposed") in got, rows(text)
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_notice_owed_to_a_persons_attorney_before_a_transfer_limits_the_handover():
    text = ("Last month, Kalamazoo County Commissioner Lucinda Abbot-Osei introduced an ordinance that would require the "
            "jail to notify a person's attorney before any transfer to ICE.")
    assert not _of_type(text, "expand_cooperation"), rows(text)
    assert [r["status"] for r in _of_type(text, "bar_local_cooperation")] == ["proposed"], rows(text)


def test_declining_to_produce_files_to_ice_is_one_kind_of_help_withheld():
    text = ("On the Salinas City Attorney's advice, I wrote to ICE on January 29, 2028, declining to produce the tenant "
            "files without a court order.")
    assert _of_type(text, "bar_local_cooperation") and not _of_type(text, "affirm_sanctuary"), rows(text)


def test_no_officer_shall_disclose_is_a_bar_not_a_report():
    text = ("Section 2. Records. No officer or employee of the Salinas Housing Authority shall disclose a tenant record "
            "or a tenant's immigration status to an immigration agent without a judicial warrant.")
    assert _of_type(text, "bar_local_cooperation") and not _of_type(text, "records_request"), rows(text)


def test_a_federal_reply_that_a_local_body_hides_fugitives_is_criticism():
    text = ("The following day, ICE Deputy Field Office Director Lysander Quinton-Obi replied that the Salinas Authority "
            "\"is choosing to hide fugitives behind a lease agreement.\"")
    assert _of_type(text, "federal_criticism"), rows(text)


def test_a_welcoming_city_before_a_comma_is_still_a_welcoming_city():
    text = ("At the committee's April 27 meeting, Mayor Rosalind Threlfall-Ode reaffirmed Greensboro's standing as a "
            "welcoming city, saying that every resident counts here.")
    assert [r["jurisdiction"] for r in _of_type(text, "affirm_sanctuary")] == ["us-nc-greensboro"], rows(text)


def test_what_federal_law_bars_a_federal_agency_from_doing_is_no_local_act():
    text = "Federal law bars the Census Bureau from sharing any individual response with ICE or any other agency."
    assert not rows(text), rows(text)


def test_an_undecided_whether_with_a_modal_gives_no_row():
    text = ("A spokesperson for the Coconino County sheriff said he has not decided whether deputies would ever enter a "
            "house of worship to help ICE make an arrest.")
    assert not _of_type(text, "assist_ice"), rows(text)


def test_legal_advice_staff_cannot_give_is_no_bar_on_cooperation():
    text = "Washtenaw County jail staff cannot give legal advice about immigration matters."
    assert not rows(text), rows(text)


def test_a_special_district_of_a_county_on_the_letterhead_is_that_countys():
    from analysis.extract.places import letterhead_place

    text = ("MERIDIAN VALLEY HEALTH\nPublic Hospital District No. 2 of Chelan County\nOffice of the Chief Executive | "
            "Wenatchee, WA 98801\n\nMEMORANDUM\n\nPolicy 4.1 follows.\n")
    places = [{"jurisdiction_id": "us-wa-wenatchee"}, {"jurisdiction_id": "us-wa-chelan-county"}]
    assert letterhead_place(text, places) == "us-wa-chelan-county"


def test_a_sheriff_who_will_send_ice_a_termination_notice_ends_the_agreement():
    text = ("On Tuesday, Culpeper County, Virginia Sheriff Wilhelmina Strand-Ode said she will send ICE a termination "
            "notice in June.")
    assert [r["status"] for r in _of_type(text, "end_formal_agreement")] == ["announced"], rows(text)
    assert not _of_type(text, "assist_ice"), rows(text)


def test_a_commissioner_calling_ices_demand_an_attempt_to_make_informants_condemns_it_and_makes_no_demand():
    text = ("On March 20, 2028, ICE Field Office Director Cassius Oyelowo-Fitch demanded the full medical records of every "
            "ICE detainee in the Geauga County, Ohio jail by April 21. At the Board's meeting on April 3, 2028, "
            "Commissioner Barnaby Quist-Holloway called the demand \"an attempt to turn jail nurses into informants for "
            "deportation officers.\"")
    later = [r for r in rows(text) if r["evidence"].startswith("At the Board")]
    assert [r["action_type"] for r in later] == ["condemn_federal_action"], rows(text)


def test_a_us_attorneys_inquiry_into_the_members_of_a_prosecutors_staff_targets_local_officials():
    text = ("If the Memorandum remains in force after that date, this Office will open an inquiry into whether any member "
            "of your staff has shielded aliens from detection, wrote U.S. Attorney Lucius Abernethy-Oko to the "
            "Allegheny County District Attorney.")
    got = {r["action_type"] for r in rows(text)}
    assert "target_local_officials" in got and "investigate_misconduct" not in got, rows(text)
