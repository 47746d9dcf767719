from frontlines.lab.bench import run_bench
from tests.conftest import EXAMPLES


def test_bench_reports_throughput_and_ratio_to_bare_spacy():
    result = run_bench(EXAMPLES, n=6)
    assert result["n_articles"] == 6  # synthetic articles are distinct: none dropped
    assert result["articles_per_s"] > 0 and result["bare_spacy_seconds"] > 0
    assert result["pipeline_vs_bare_ratio"] > 0
    assert {"ingest", "ner", "frontlines_actors", "frontlines_places", "store"} <= set(
        result["stage_seconds"]
    )
    cpu = result["cpu_share_of_bare"]  # CPU time too: wall time swings on a shared machine
    assert "frontlines_events" in cpu and all(v >= 0 for v in cpu.values())
    assert result["bare_spacy_cpu_seconds"] > 0


def test_reconcile_bench_times_one_new_article(tmp_path):
    from frontlines.lab.bench_reconcile import run_reconcile_bench
    from tests.conftest import EXAMPLES

    result = run_reconcile_bench(EXAMPLES, n_docs=60, trials=3)
    assert result["documents"] == 60 and result["claims"] > 0 and result["events"] > 0
    assert result["one_article_claims_mean"] > 0 or result["one_article_events_mean"] > 0
    assert result["one_article_ms_median"] <= result["one_article_ms_max"]


def test_pages_bench_times_every_page_through_a_real_server(tmp_path):
    from frontlines.lab.bench_pages import run_pages_bench
    from frontlines.web.server import running_server

    result = run_pages_bench(EXAMPLES, running_server, n_docs=40, repeats=1)
    assert result["counts"]["documents"] == 40 and result["counts"]["merged_events"] > 0
    pages = result["pages"]
    assert {"article", "map data (default view)", "timeline", "series chart", "event"} <= set(pages)
    assert all(p["server_ms"] > 0 and p["bytes"] > 0 for p in pages.values())
    assert result["over_budget"] == [n for n, p in pages.items() if p["server_ms"] > 300]


def test_scale_bench_reports_rate_speedup_and_memory_per_worker_count():
    from frontlines.lab.bench_scale import run_scale_bench

    result = run_scale_bench(EXAMPLES, n=6, engines=["pool"], workers=[1, 2])
    one, two = result["runs"]
    assert (one["engine"], one["workers"], two["workers"]) == ("pool", 1, 2)
    assert one["speedup"] == 1.0  # against itself
    # two workers against one: the rate is articles over wall seconds, so the speedup is the
    # ratio of the runs' seconds (the rounded rates are too coarse on a loaded machine)
    assert abs(two["speedup"] - one["seconds"] / two["seconds"]) < 0.05
    assert abs(two["efficiency"] - two["speedup"] / 2) < 0.01
    assert len(two["peak_rss_mb_per_worker"]) == 2  # both workers started and measured
    assert all(100 < mb < 1024 for mb in two["peak_rss_mb_per_worker"])


def test_bench_rounds_compare_fastest_rounds_and_refuse_zero():
    import pytest

    result = run_bench(EXAMPLES, n=4, rounds=2)
    assert result["rounds"] == 2
    assert len(result["bare_spacy_cpu_seconds_rounds"]) == 2
    per_round = result["component_cpu_seconds_rounds"]
    assert all(len(v) == 2 for v in per_round.values())
    bare_min = min(result["bare_spacy_cpu_seconds"], *result["bare_spacy_cpu_seconds_rounds"])
    events_min = min(per_round["frontlines_events"])
    assert result["cpu_share_of_bare_min"]["frontlines_events"] == pytest.approx(
        events_min / bare_min, abs=0.02
    )
    with pytest.raises(ValueError, match="at least 1"):
        run_bench(EXAMPLES, n=2, rounds=0)
