"""Stances derived from actions: own actions, federal pressure received, state-versus-city contests."""
import pandas as pd

from analysis import stances, vocabulary


def juris(*rows):
    return pd.DataFrame([dict(jurisdiction_id=j, name=n, kind=k, state=s, lat=None, lon=None, doc_ids="d1",
                              mentions=1, stance="mentioned") for j, n, k, s in rows])


def act(atype, jurisdiction=None, target=None, level="city"):
    return dict(action_type=atype, direction=vocabulary.direction_of(atype), jurisdiction=jurisdiction,
                target_jurisdiction=target, actor_level=level)


PLACES = juris(("us-or", "Oregon", "state", "OR"), ("us-or-portland", "Portland", "city", "OR"),
               ("us-tx", "Texas", "state", "TX"), ("us-tx-austin", "Austin", "city", "TX"),
               ("us-fl-polk", "Polk County", "county", "FL"), ("us-ks", "Kansas", "state", "KS"),
               ("us-nv-reno", "Reno", "city", "NV"))


def by_id(df):
    return df.set_index("jurisdiction_id")


def test_basic_stances_and_counts():
    acts = pd.DataFrame([
        act("end_formal_agreement", "us-or", level="state"),
        act("sue_federal_government", "us-or", level="state"),
        act("condemn_federal_action", "us-or", level="state"),
        act("enter_formal_agreement", "us-fl-polk", level="county"),
        act("federal_deployment", None, "us-nv-reno", level="federal"),
        act("condemn_federal_action", "us-ks", level="state"),
    ])
    out = by_id(stances.derive(PLACES, acts))
    assert out.loc["us-or", "stance"] == "resists"
    assert (out.loc["us-or", "n_restricts"], out.loc["us-or", "n_accountability"], out.loc["us-or", "n_rhetoric"]) == (1, 1, 1)
    assert out.loc["us-fl-polk", "stance"] == "cooperates" and out.loc["us-fl-polk", "n_expands"] == 1
    assert out.loc["us-nv-reno", "stance"] == "targeted" and out.loc["us-nv-reno", "n_federal_pressure"] == 1
    assert out.loc["us-ks", "stance"] == "mentioned"           # rhetoric does not count
    assert out.loc["us-tx", "stance"] == "mentioned"
    assert set(stances.COUNT_COLUMNS) <= set(out.columns)


def test_both_directions_in_one_place_is_contested():
    acts = pd.DataFrame([act("affirm_sanctuary", "us-tx-austin"), act("assist_ice", "us-tx-austin")])
    assert by_id(stances.derive(PLACES, acts)).loc["us-tx-austin", "stance"] == "contested"


def test_state_and_its_city_pulling_different_ways():
    acts = pd.DataFrame([act("expand_cooperation", "us-tx", level="state"),
                         act("affirm_sanctuary", "us-tx-austin", level="city"),
                         act("bar_local_cooperation", "us-or", level="state")])
    out = by_id(stances.derive(PLACES, acts))
    assert out.loc["us-tx", "stance"] == "contested" and out.loc["us-tx-austin", "stance"] == "contested"
    assert out.loc["us-tx", "contested_with"] == "us-tx-austin"
    assert out.loc["us-or", "stance"] == "resists"          # Portland did nothing: no contest
    assert out.loc["us-or-portland", "stance"] == "mentioned"


def test_state_action_aimed_at_a_resisting_locality():
    acts = pd.DataFrame([act("expand_cooperation", "us-or", target="us-or-portland", level="state"),
                         act("end_formal_agreement", "us-or", level="state"),
                         act("affirm_sanctuary", "us-or-portland")])
    out = by_id(stances.derive(PLACES, acts))
    # Oregon both restricts and expands -> contested anyway; Portland resists but is overridden by the state's move
    assert out.loc["us-or-portland", "stance"] == "contested"
    assert out.loc["us-or-portland", "contested_with"] == "us-or"


def test_federal_and_nongovernmental_actors_do_not_speak_for_a_place():
    acts = pd.DataFrame([act("sue_federal_government", "us-ks", level="nongovernmental"),
                         act("enter_formal_agreement", "us-ks", level="federal"),
                         act("court_action", "us-ks", level="federal")])
    out = by_id(stances.derive(PLACES, acts))
    assert out.loc["us-ks", "stance"] == "mentioned" and out.loc["us-ks", "n_judicial"] == 1


def test_rows_naming_places_by_text_are_matched_by_name():
    acts = pd.DataFrame([act("restrict_enforcement_sites", "Portland"), act("withhold_funding", None, "portland", "federal")])
    out = by_id(stances.derive(PLACES, acts))
    assert out.loc["us-or-portland", "stance"] == "resists"
    assert out.loc["us-or-portland", "n_federal_pressure"] == 1


def test_empty_inputs():
    out = stances.derive(PLACES, pd.DataFrame())
    assert set(out.stance) == {"mentioned"} and len(out) == len(PLACES)
    empty = stances.derive(pd.DataFrame(), pd.DataFrame())
    assert len(empty) == 0 and "stance" in empty.columns and "n_expands" in empty.columns
