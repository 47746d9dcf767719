"""The PLOVER model's event classes: the predicate's verb class, its complement's, its
object's, its mood and its arguments' kinds, read from the bundled verb dictionary, on
sentences of our own."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.plover import REPORTING, plover_features
from frontlines.nlp.events.plover_classes import VerbClasses, class_features, verb_classes


def _features(nlp, text: str) -> set[str]:
    return class_features(nlp(text), REPORTING)


def test_dictionary_loads_every_type_and_the_kinds():
    vc = verb_classes()
    assert "AGREE" in vc.verbs["pledge"] and "DEMAND" in vc.verbs["urge"]
    assert "AGREE" in vc.nouns["truce"] and "SANCTION" in vc.nouns["embargo"]
    assert vc.kinds["guerrilla"] == "irregular" and vc.kinds["artillery"] == "forces"
    types = {t for ts in vc.verbs.values() for t in ts}
    assert len(types) == 18 and "kinds" not in types


def test_predicate_complement_and_their_pair(nlp):
    features = _features(nlp, "The commander agreed to withdraw his fighters from the valley.")
    assert {"vc:root:AGREE", "vc:comp:RETREAT", "vc:rc:AGREE>RETREAT"} <= features


def test_reported_clause_is_the_event(nlp):
    features = _features(nlp, "The ministry urged both sides to respect the truce, he said.")
    assert "vc:root:DEMAND" in features  # urge, not say


def test_object_noun_class(nlp):
    features = _features(nlp, "The two governments signed a truce on Monday.")
    assert "vc:obj:AGREE" in features


def test_mood_negation_and_modal(nlp):
    negated = _features(nlp, "The council did not approve the new budget.")
    assert "fm:neg" in negated and "vc:neg:AGREE" in negated
    modal = _features(nlp, "The army would strike the border posts at dawn.")
    assert "fm:modal" in modal and "vc:modal:FIGHT" in modal
    plain = _features(nlp, "The army struck the border posts at dawn.")
    assert "fm:modal" not in plain and "vc:root:FIGHT" in plain


def test_argument_kinds(nlp):
    regular = _features(nlp, "Army helicopters pounded the hills above the town.")
    assert "ak:subj:forces" in regular
    irregular = _features(nlp, "Armed rebels abducted three villagers on the road.")
    assert {"ak:subj:irregular", "ak:obj:civilians"} <= irregular
    passive = _features(nlp, "The market was bombed by militants.")
    assert "ak:subj:irregular" in passive


def test_a_word_of_no_class_adds_nothing(nlp):
    assert not any(f.startswith(("vc:", "ak:")) for f in _features(nlp, "It rained all week."))


def test_an_own_dictionary_is_read_instead(nlp):
    own = VerbClasses({"parley": frozenset({"CONSULT"})}, {}, {"envoy": "leaders"})
    features = class_features(nlp("The envoys will parley with the chiefs."), REPORTING, own)
    assert {"vc:root:CONSULT", "vc:modal:CONSULT", "ak:subj:leaders"} <= features


@pytest.mark.parametrize("text", ["Police detained four reporters near the border."])
def test_the_type_model_reads_the_classes(nlp, text):
    features = set(plover_features(nlp(text)))
    assert "vc:root:COERCE" in features and "ak:subj:police" in features


def test_a_place_of_the_army_is_not_the_army(nlp):
    """The object's kind is its head noun's: "army posts" is a place of the forces, read
    apart (``ak:objmod``), and neither it nor "soldiers" puts FIGHT on the object."""
    shelled = _features(nlp, "Rebels shelled army posts near the river.")
    assert {"ak:objmod:forces", "ak:subj:irregular", "vc:root:FIGHT"} <= shelled
    assert "ak:obj:forces" not in shelled and "vc:obj:FIGHT" not in shelled
    deployed = _features(nlp, "The government deployed soldiers to the north.")
    assert "ak:obj:forces" in deployed and "vc:root:MOBILIZE" in deployed
    assert not any(f.startswith("vc:obj:") for f in deployed)


def test_a_plural_taken_for_a_name_keeps_its_kind():
    """A sentence-first plural the tagger reads as a name keeps its capital and plural as
    its lemma; the lookup falls back to its lower-cased text and that text's singular."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Insurgents", "bombed", "Militias", "."]
    doc = Doc(Vocab(), words=words, pos=["PROPN", "VERB", "PROPN", "PUNCT"],
              lemmas=words, deps=["nsubj", "ROOT", "dobj", "punct"],
              heads=[1, 1, 1, 1], sent_starts=[True, False, False, False])  # fmt: skip
    vc = verb_classes()
    assert vc.kind(doc[0]) == "irregular" and vc.kind(doc[2]) == "irregular"
    assert {"ak:subj:irregular", "ak:obj:irregular"} <= class_features(doc, REPORTING)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("The minister ruled out any new round of talks.", "vc:root:REJECT", ""),
        ("The court ruled on the appeal last week.", "", "vc:root:REJECT"),
        ("The brigade pulled out of the town at night.", "vc:root:RETREAT", ""),
        ("A gunman pulled the trigger twice.", "", "vc:root:RETREAT"),
        ("Prosecutors launched an inquiry into the deaths.", "vc:obj:INVESTIGATE",
         "vc:root:FIGHT"),
        ("The rebels launched an offensive in the south.", "vc:obj:FIGHT", ""),
        ("Officers held two suspects overnight.", "", "vc:root:CONSULT"),
    ],
)  # fmt: skip
def test_a_particle_verb_counts_only_with_its_particle(nlp, text, wanted, unwanted):
    """"rule out" is a rejection and "pull out" a retreat; "rule on", "pull a trigger" are
    neither, and "launch" or "hold" tell only through what is launched or held."""
    features = _features(nlp, text)
    assert not wanted or wanted in features
    assert not unwanted or unwanted not in features


def test_words_of_many_senses_name_no_kind():
    kinds = verb_classes().kinds
    assert not {"car", "mine", "device", "agent", "officer"} & set(kinds)
    fight = {n for n, ts in verb_classes().nouns.items() if "FIGHT" in ts}
    assert not {"troop", "soldier", "army", "rebel", "position", "base", "front"} & fight


def test_predicate_class_joined_with_each_argument_kind(nlp):
    """``vk:T:SLOT:K``: the act and who does it as one feature, so that a model can weigh
    soldiers firing apart from police firing."""
    features = _features(nlp, "The soldiers shelled the rebel positions near the river.")
    assert {"vc:root:FIGHT", "ak:subj:forces", "vk:FIGHT:subj:forces"} <= features
    assert all(f.split(":", 2)[2] in {k[3:] for k in features if k.startswith("ak:")}
               for f in features if f.startswith("vk:FIGHT:"))  # fmt: skip


def test_conjunctions_need_both_a_class_and_a_kind():
    from frontlines.nlp.events.plover_classes import conjunctions

    both = {"vc:root:FIGHT", "vc:root:ASSAULT", "ak:subj:irregular", "ak:objmod:forces",
            "vc:obj:AGREE", "fm:neg"}  # fmt: skip
    assert conjunctions(both) == {"vk:FIGHT:subj:irregular", "vk:FIGHT:objmod:forces",
                                  "vk:ASSAULT:subj:irregular", "vk:ASSAULT:objmod:forces"}
    assert conjunctions({"vc:root:FIGHT", "vc:obj:AGREE"}) == set()
    assert conjunctions({"ak:subj:police"}) == set()


@pytest.mark.parametrize(
    ("text", "label", "feature"),
    [
        ("Soldiers pounded the ridge with mortars at dawn.", "FIGHT", "vk:FIGHT:subj:forces"),
        ("Militants bombed a crowded bus station.", "ASSAULT", "vk:ASSAULT:subj:irregular"),
    ],
)  # fmt: skip
def test_the_bundled_models_weigh_the_act_with_its_doer(nlp, text, label, feature):
    """Both shipped linear models were refitted with the ``vk:`` conjunctions and the
    type-balanced stories (session 22): a regular force firing leans to FIGHT and an armed
    group bombing to ASSAULT by the joined feature itself, not only by its two halves.
    A model fitted before the conjunctions existed has no weight for them."""
    from frontlines.nlp.events.plover import ENCODER_MODEL_FILE, MODEL_FILE, _bundled

    doc = nlp(text)
    assert feature in plover_features(doc)
    for name in (MODEL_FILE, ENCODER_MODEL_FILE):
        model = _bundled(name)
        assert str(model.about.get("story_weights", "")).startswith("type-balanced"), name
        assert sum(f.startswith("vk:") for f in model.weights) >= 20, name
        fired = dict(model.explain(doc, label))
        assert fired.get(feature, 0.0) > 0.0, (name, model.explain(doc, label))
