"""News-level scoring on a tiny story of our own, with gold written here.

The scorer is checked on hand-built events and claims (so each matching rule is pinned
exactly), then once end to end through the CLI and the real pipeline.
"""

import json
from dataclasses import replace

from typer.testing import CliRunner

from frontlines.cli.main import app
from frontlines.lab.metrics import PRF, story_interval
from frontlines.lab.news import names_match, score_news
from frontlines.lab.news_gold import GoldClaim, GoldEvent, GoldPlace, NewsGold, Story
from frontlines.model import (
    Article,
    Claim,
    ClaimSource,
    Event,
    EventActor,
    Extractor,
    PlaceMention,
    ProcessedArticle,
    Sentence,
)
from frontlines.vocab.actors import ActorDictionary

TEXT = (
    "Government aircraft bombed a depot in Idlib on Monday, killing 12 fighters. "
    "Rebels later stormed a checkpoint near the town. "
    "In 2011 rebels had shelled the same road."
)
S1, S2, S3 = (0, 75), (76, 124), (125, 166)
X = Extractor("test", "0")
def _place(start, end, name, geonames_id, lat, lon):
    return PlaceMention(start=start, end=end, text=name, role="location",
                        geonames_id=geonames_id, name=name, lat=lat, lon=lon, country="SY",
                        admin1=None, feature_code="PPLA", acled_precision=1, ucdp_precision=1,
                        extractor=X)  # fmt: skip


IDLIB = _place(40, 45, "Idlib", 170, 35.93, 36.63)


def _event(span, acled, sub, actor1="Government aircraft", place=IDLIB, date="2024-03-04"):
    return Event(
        type="t", acled_event=acled, acled_sub_event=sub, case_label="", plover="",
        plover_mode="", actor1=EventActor(text=actor1, actor=None, start=span[0],
                                          end=span[0] + 5),
        actor2=None, place=place, date=date, date_precision=1, date_source="text",
        fatalities=None, cues=(), start=span[0], end=span[1], text=TEXT[span[0]:span[1]],
        extractor=X,
    )  # fmt: skip


def _gold_event(span, acled, sub, background=False, actor1=("government",)):
    return GoldEvent(
        "s1", (span,), acled, sub, actor1, None, GoldPlace("Idlib", "SY", 35.93, 36.63), "town",
        "2024-03-04", "text", background,
    )  # fmt: skip


AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")


def _score(events=(), claims=(), gold_events=(), gold_claims=()):
    story = Story("s1", TEXT, "2024-03-05")
    sentences = tuple(Sentence(i, a, b, TEXT[a:b]) for i, (a, b) in enumerate((S1, S2, S3)))
    article = Article(id="s1", text=TEXT, published="2024-03-05")
    processed = ProcessedArticle(article=article, sentences=sentences, mentions=(),
                                 claims=tuple(claims), events=tuple(events))  # fmt: skip
    gold = NewsGold(tuple(gold_events), tuple(gold_claims))
    return score_news([story], [processed], gold, ActorDictionary.load(use_env=False))


def test_event_needs_overlap_and_the_same_acled_type():
    gold = [_gold_event((20, 60), *AIR)]
    right = _score([_event(S1, *SHELL)], gold_events=gold).as_dict()["events"]
    assert (right["tp"], right["fp"], right["fn"]) == (1, 0, 0)  # same event type, other sub
    assert right["fields"]["sub_event"]["accuracy"] == 0.0
    other_type = _score([_event(S1, *CLASH)], gold_events=gold).as_dict()["events"]
    assert (other_type["tp"], other_type["fp"], other_type["fn"]) == (0, 1, 1)
    elsewhere = _score([_event(S2, *AIR)], gold_events=gold).as_dict()["events"]
    assert (elsewhere["tp"], elsewhere["fp"], elsewhere["fn"]) == (0, 1, 1)


def test_matching_is_one_to_one():
    gold = [_gold_event((20, 60), *AIR)]
    twice = _score([_event(S1, *AIR), _event(S1, *AIR)], gold_events=gold).as_dict()["events"]
    assert (twice["tp"], twice["fp"], twice["fn"]) == (1, 1, 0)


def test_each_story_counts_once_in_the_interval():
    gold = [_gold_event((20, 60), *AIR)]
    score = _score([_event(S1, *AIR), _event(S2, *CLASH)], gold_events=gold)
    assert score.events.stories == {"s1": PRF(1, 1, 0)}
    # one story: every resample is that story, so the interval is the point itself
    assert score.as_dict()["events"]["interval_95"] == {"p": [0.5, 0.5], "r": [1.0, 1.0]}


def test_the_story_interval_widens_with_disagreeing_stories():
    same = story_interval([PRF(1, 1, 0)] * 20)
    assert same == {"p": [0.5, 0.5], "r": [1.0, 1.0]}
    mixed = story_interval([PRF(2, 0, 0)] * 10 + [PRF(0, 2, 2)] * 10)
    low, high = mixed["p"]
    assert low < 0.5 < high and high - low > 0.2
    assert story_interval([PRF(2, 0, 0)] * 10 + [PRF(0, 2, 2)] * 10) == mixed  # seeded
    assert story_interval([]) == {"p": [0.0, 0.0], "r": [0.0, 0.0]}


def test_background_counts_neither_way():
    gold = [_gold_event((130, 160), *SHELL, background=True)]
    result = _score([_event(S3, *SHELL)], gold_events=gold).as_dict()["events"]
    assert (result["tp"], result["fp"], result["fn"]) == (0, 0, 0)
    assert result["background_matches"] == 1
    missed = _score([], gold_events=gold).as_dict()["events"]
    assert missed["fn"] == 0  # recall is over the other gold events


def test_event_fields_on_matched_pairs():
    gold = [_gold_event((20, 60), *AIR)]
    far = _place(0, 4, "Homs", 1, 34.73, 36.71)
    result = _score([_event(S1, *AIR, place=far, date="2024-03-05")], gold_events=gold)
    fields = result.as_dict()["events"]["fields"]
    assert fields["sub_event"]["accuracy"] == 1.0
    assert fields["actor1"]["accuracy"] == 1.0  # "government" inside "Government aircraft"
    assert fields["actor2"]["accuracy"] == 1.0  # gold null, ours none
    assert fields["location"]["accuracy"] == 0.0  # Homs is ~200 km from Idlib
    assert fields["date"]["accuracy"] == 0.0  # gold date from the text, ours a day late
    [error] = result.errors
    assert error["error"] == "field" and error["wrong"] == ["location", "date"]


def test_names_match_whole_words():
    assert names_match(["IS"], ["IS fighters"])
    assert not names_match(["IS"], ["the crisis"])
    assert names_match(["Islamic State"], ["Islamic State group"])


def _claim(value, measure="killed", source=None, start=62):
    return Claim(measure=measure, subject=None, value=value, lower=None, upper=None,
                 unit="count", change="=", as_of="2024-03-04", as_of_relation="",
                 reported="2024-03-05", source=source, place=None, concept=None, start=start,
                 end=start + 2, text=str(value), equivalent_measure=None,
                 equivalent_value=None, equivalent_lower=None, equivalent_upper=None,
                 extractor=X, sentence_index=0)  # fmt: skip


def _gold_claim(value=12.0, lower=None, measure="killed", source=("unattributed",)):
    return GoldClaim("s1", ((55, 74),), value, lower, None, "count", measure, None, source,
                     "2024-03-04")  # fmt: skip


def test_claim_needs_overlap_and_a_shared_number():
    result = _score(claims=[_claim(12.0)], gold_claims=[_gold_claim()]).as_dict()["claims"]
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)
    assert result["fields"]["source"]["accuracy"] == 1.0  # unattributed = no source
    assert result["fields"]["measure"]["accuracy"] == 1.0
    bound = _score(claims=[_claim(12.0)], gold_claims=[_gold_claim(None, lower=12.0)])
    assert bound.as_dict()["claims"]["tp"] == 1
    wrong = _score(claims=[_claim(13.0)], gold_claims=[_gold_claim()]).as_dict()["claims"]
    assert (wrong["tp"], wrong["fp"], wrong["fn"]) == (0, 1, 1)
    monitor = ClaimSource(text="the monitor", kind="group_statement", actor=None)
    sourced = _claim(12.0, "fighters", monitor)
    fields = _score(claims=[sourced], gold_claims=[_gold_claim()]).as_dict()["claims"]["fields"]
    assert fields["source"]["accuracy"] == 0.0 and fields["measure"]["accuracy"] == 0.0


def test_a_since_count_holds_as_of_its_report():
    """'Since 2019, 12 people have been killed': the claim keeps 2019 as where the count
    runs from (relation since); the number holds at the report date, which the gold codes."""
    since = replace(_claim(12.0), as_of="2019", as_of_relation="since")
    assert since.holds_at == "2024-03-05"
    gold = replace(_gold_claim(), as_of="2024-03-05")
    fields = _score(claims=[since], gold_claims=[gold]).as_dict()["claims"]["fields"]
    assert fields["as_of"]["accuracy"] == 1.0
    plain = replace(_claim(12.0), as_of="2019")
    assert plain.holds_at == "2019"
    fields = _score(claims=[plain], gold_claims=[gold]).as_dict()["claims"]["fields"]
    assert fields["as_of"]["accuracy"] == 0.0


STORY = {"id": "tiny-1", "published": "2024-03-05T10:00:00Z",
         "text": "Government aircraft bombed a depot in Idlib on Monday, killing 12 people."}
GOLD_EVENT = {"corpus": "test", "story": "tiny-1", "evidence": [{"start": 0, "end": 52}],
              "acled_event": "Explosions/Remote violence", "acled_sub_event": "Air/drone strike",
              "actor1": ["government"], "actor2": None,
              "location": {"name": "Idlib", "country": "SY", "lat": 35.93, "lon": 36.63},
              "location_precision": "town", "date": "2024-03-04", "date_from": "text",
              "fatalities": 12, "background": False, "note": ""}  # fmt: skip


def test_eval_news_end_to_end(tmp_path):
    data = tmp_path / "stories"
    data.mkdir()
    (data / "stories.jsonl").write_text(json.dumps(STORY) + "\n")
    (data / "empty").mkdir()
    (data / "empty" / "documents.json").write_text("\n")  # empty files are skipped
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "tiny.events.jsonl").write_text(json.dumps(GOLD_EVENT) + "\n")
    errors = tmp_path / "errors.jsonl"
    runner = CliRunner()
    args = ["eval", "news", "--data", str(data), "--gold", str(gold), "--json"]
    result = runner.invoke(app, [*args, "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["split"] == "all" and payload["n"] == 1 and payload["n_gold_events"] == 1
    assert {"events", "claims"} <= payload["metrics"].keys()
    assert payload["metrics"]["events"]["r"] == 1.0
    assert errors.exists()
    assert runner.invoke(app, ["eval", "news", "--data", str(data)]).exit_code == 2  # no --gold


def test_a_story_read_with_nothing_to_code_still_counts_our_events(tmp_path):
    """A story the coders read and found no event in must stay in the score: whatever we
    find there is a false positive, and leaving it out would flatter our precision."""
    quiet = {
        "id": "tiny-2",
        "published": "2024-03-06",
        "text": "Artillery shelled a village near Idlib on Tuesday, killing 3 people.",
    }
    data = tmp_path / "stories"
    data.mkdir()
    (data / "stories.jsonl").write_text(json.dumps(STORY) + "\n" + json.dumps(quiet) + "\n")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "tiny.events.jsonl").write_text(json.dumps(GOLD_EVENT) + "\n")
    args = ["eval", "news", "--data", str(data), "--gold", str(gold), "--json",
            "--min-confidence", "0"]  # fmt: skip
    before = json.loads(CliRunner().invoke(app, args).output)
    assert before["n"] == 1
    (gold / "tiny.stories.jsonl").write_text('{"story": "tiny-1"}\n{"story": "tiny-2"}\n')
    after = json.loads(CliRunner().invoke(app, args).output)
    assert after["n"] == 2
    events, was = after["metrics"]["events"], before["metrics"]["events"]
    assert events["tp"] == was["tp"] and events["fp"] > was["fp"]  # the shelling we code


def test_a_gold_story_is_read_as_ingest_reads_an_article(nlp):
    """The evaluation and the confidence trainers read a story through one door: its
    address and headline go to the pipeline (they date an undated story), its id is
    the article's origin, and the scorer's record holds the events the Doc found."""
    from frontlines.lab.train_events import read_story
    from frontlines.nlp.pipeline import model_extractor

    text = "Gunmen stormed a police post in Varsel on Monday, killing four officers, police said."
    address = "https://news.example/2023/04/12/post-stormed"
    story = Story("ours-7", text, None, url=address, title="Post stormed")
    article = story.article()
    assert (article.id, article.origin, article.published) == ("ours-7", "ours-7", None)
    assert (article.url, article.title, article.text) == (story.url, story.title, story.text)
    doc, processed = read_story(nlp, model_extractor(nlp), story)
    assert processed.article == article
    assert doc._.events and [(e.start, e.end) for e in processed.events] == [
        (e.start, e.end) for e in doc._.events
    ]
