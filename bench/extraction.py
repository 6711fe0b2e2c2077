"""Benchmark the extraction engine on one core (issue 3).

Builds a corpus of at least 1 MB at run time from annotated articles (NAME.txt beside
NAME.gold.json, read from /work/shared/corpus or the path given), then prints start-up
time, engine throughput (KB/s, articles/s), peak memory, and the throughput of
dateparser.search.search_dates restricted to each article's language on the same texts.

    .venv/bin/python bench/extraction.py [CORPUS_DIR] [--min-bytes N] [--quick]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_RUNS = 3
_STARTUP_SNIPPET = (
    "import time; t = time.perf_counter();"
    "from conflicts.extraction import default_topics, extract, load_default_gazetteer;"
    "g = load_default_gazetteer(); ready = time.perf_counter();"
    "[extract(s, language=l, gazetteer=g, topics=default_topics()) for s, l in"
    " (('Troops entered Kalbajar on 10 November.', 'en'), ('دخلت القوات كلبجار في 10 نوفمبر.', 'ar'))];"
    "print(ready - t, time.perf_counter() - ready)"
)


def load_articles(corpus: Path) -> list[tuple[str, str, dt.date | None]]:
    articles = []
    for gold_path in sorted(corpus.rglob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        articles.append((text_path.read_text(encoding="utf-8"), gold.get("language", "en"), published))
    return articles


def build_corpus(articles: list, min_bytes: int) -> list:
    corpus, size = [], 0
    while size < min_bytes:
        for article in articles:
            corpus.append(article)
            size += len(article[0].encode("utf-8"))
    return corpus


def startup_seconds() -> tuple[float, float]:
    """Cold start in a fresh interpreter: import plus default gazetteer load; then the first
    English and Arabic article, which compile that language's patterns on first use."""
    output = subprocess.run([sys.executable, "-c", _STARTUP_SNIPPET], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    ready, first = output.stdout.split()
    return float(ready), float(first)


def run_engine(corpus: list) -> tuple[float, float]:
    """Wall-clock and CPU seconds; CPU time is the one-core figure on a shared machine."""
    from conflicts.extraction import default_topics, extract, load_default_gazetteer

    gazetteer, topics = load_default_gazetteer(), default_topics()
    started, cpu_started = time.perf_counter(), time.process_time()
    for text, language, published in corpus:
        extract(text, language=language, published=published, gazetteer=gazetteer, topics=topics)
    return time.perf_counter() - started, time.process_time() - cpu_started


def engine_peak_tracemalloc(articles: list) -> int:
    """Peak Python allocation while extracting every distinct article once."""
    from conflicts.extraction import default_topics, extract, load_default_gazetteer

    tracemalloc.start()
    gazetteer, topics = load_default_gazetteer(), default_topics()
    for text, language, published in articles:
        extract(text, language=language, published=published, gazetteer=gazetteer, topics=topics)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def run_dateparser(texts: list) -> tuple[float, float]:
    from dateparser.search import search_dates

    started, cpu_started = time.perf_counter(), time.process_time()
    for text, language, _published in texts:
        search_dates(text, languages=[language])
    return time.perf_counter() - started, time.process_time() - cpu_started


def one_long_article(articles: list, min_bytes: int) -> list:
    """The English articles glued into one ~1 MB text: catches anything quadratic in length."""
    english = [text for text, language, _ in articles if language == "en"] or [articles[0][0]]
    text = ""
    while len(text.encode("utf-8")) < min_bytes:
        text += "\n\n".join(english) + "\n\n"
    return [(text, "en", None)]


def kilobytes(texts: list) -> float:
    return sum(len(text.encode("utf-8")) for text, _, _ in texts) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/work/shared/corpus")
    parser.add_argument("--min-bytes", type=int, default=1024 * 1024)
    parser.add_argument("--quick", action="store_true",
                        help="time search_dates on one pass over the distinct articles, not the whole corpus")
    args = parser.parse_args()
    articles = load_articles(Path(args.corpus))
    if not articles:
        print(f"no annotated articles under {args.corpus}")
        return 2
    corpus = build_corpus(articles, args.min_bytes)
    print(f"corpus: {len(articles)} distinct articles, {len(corpus)} articles, {kilobytes(corpus):.0f} KB")
    ready, first = startup_seconds()
    print(f"start-up (import + gazetteer load, fresh interpreter): {ready:.3f} s; "
          f"first English + Arabic article (per-language patterns compiled on first use): {first:.3f} s")
    # Best of three: on a shared machine the slowest runs measure the neighbours, not the engine.
    wall, cpu = min((run_engine(corpus) for _ in range(_RUNS)), key=lambda run: run[1])
    size = kilobytes(corpus)
    print(f"engine (best of {_RUNS}): {size / cpu:.0f} KB/s and {len(corpus) / cpu:.0f} articles/s on CPU time "
          f"({cpu:.2f} s); wall clock {size / wall:.0f} KB/s ({wall:.2f} s)")
    long_article = one_long_article(articles, args.min_bytes)
    long_wall, long_cpu = run_engine(long_article)
    print(f"engine, one {kilobytes(long_article):.0f} KB article: {kilobytes(long_article) / long_cpu:.0f} KB/s CPU")
    traced = engine_peak_tracemalloc(articles + long_article)
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB RSS (whole process, "
          f"before dateparser is imported), {traced / 1024 / 1024:.1f} MB traced during extraction")
    dateparser_texts = articles if args.quick else corpus
    dp_wall, dp_cpu = run_dateparser(dateparser_texts)
    dateparser_kb_s = kilobytes(dateparser_texts) / dp_cpu
    print(f"dateparser.search.search_dates (article language): {dateparser_kb_s:.1f} KB/s CPU "
          f"on {kilobytes(dateparser_texts):.0f} KB ({dp_cpu:.2f} s; wall {dp_wall:.2f} s)")
    print(f"ratio engine / search_dates: {(size / cpu) / dateparser_kb_s:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
