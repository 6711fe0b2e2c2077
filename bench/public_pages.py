"""Benchmark the public pages under gunicorn on 127.0.0.1, side by side with a minimal view.

    .venv/bin/python bench/public_pages.py [--duration 8] [--connections 8] [--workers 2]

1. Builds a throwaway SQLite database (migrations + default data + a Karabakh story with a
   few hundred approved facts and a published briefing) in a temporary directory.
2. Serves the project with gunicorn (bench/settings.py adds /bench/ping, a view returning
   a short string) and measures, one URL after another in the same run, requests/s and
   p50/p99 latency with `wrk` (apt-get install wrk) or, without it, Python threads.
3. Prints the throughput of each cached public page as a share of the minimal view's, and
   what a first visit transfers per page (HTML + own JS + CSS, gzip), then the same with
   the vendored plotly-geo bundle and the geodata the map loads.
4. Compares the two ways the "as of" control could work: one htmx map fragment per date
   versus shipping every state at once.

Loopback only, nothing fetched from outside; figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
AS_OF_DATES = ("2020-11-09", "2020-12-02")


def prepare_database(var_dir: Path) -> str:
    """Migrate a fresh database and fill it; returns the published briefing's slug."""
    env = bench_env(var_dir)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from bench.public_pages import fill; print(fill())"
    result = subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return result.stdout.strip().splitlines()[-1]


def fill() -> str:
    """Runs inside a Django-configured process: the Karabakh story at a realistic size."""
    import django

    django.setup()
    from tests.conflicts import public_data as data

    data.ensure_defaults()
    data.karabakh_2020_changes()
    for iso, day in (("AZ-FUZ", date(2020, 10, 17)), ("AZ-CAB", date(2020, 10, 9)), ("AZ-ZAN", date(2020, 10, 20)),
                     ("AZ-QBI", date(2020, 10, 25))):
        data.territory_change(iso, day, kind="capture")
    for i in range(300):
        data.event(date(2020, 9, 27) + timedelta(days=i % 75), f"Reported event number {i} along the line of contact")
    for i in range(60):
        data.casualty(2000 + 25 * i, high=2100 + 25 * i if i % 3 else None, reported_by=("ARM", "AZE", "UN")[i % 3],
                      outlet=f"Outlet {i % 7}")
    data.ceasefire([("territory_return", "AZ-AGM", date(2020, 11, 20)), ("territory_return", "AZ-KAL", date(2020, 11, 15)),
                    ("territory_return", "AZ-LAC", date(2020, 12, 1)), ("peacekeepers", "AZ-XA", None)])
    briefing = data.published_briefing(map_as_of=date(2020, 12, 2))
    from conflicts.models import EventClaim, Fact

    for claim in EventClaim.objects.all()[:40]:
        fact = Fact.objects.create(kind="event", key=f"bench-{claim.id}", conflict=data.karabakh())
        EventClaim.objects.filter(id=claim.id).update(fact=fact)
        briefing.facts.add(fact)
    return briefing.slug


def bench_env(var_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "FAULTLINE_VAR_DIR": str(var_dir),
        "DATABASE_URL": f"sqlite:///{var_dir / 'bench.sqlite3'}",
        "REDIS_URL": "",
        "CELERY_BROKER_URL": "memory://",
        "DJANGO_DEBUG": "0",
        "PYTHONPATH": str(ROOT),
    }


def start_gunicorn(var_dir: Path, port: int, workers: int) -> subprocess.Popen:
    command = [GUNICORN, "briefings.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
               "--worker-class", "sync", "--log-level", "warning", "--chdir", str(ROOT)]
    log = open(var_dir / "gunicorn.log", "wb")  # noqa: SIM115 - closed with the process
    server = subprocess.Popen(command, cwd=ROOT, env=bench_env(var_dir), stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/ping", timeout=1).read()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start:\n" + (var_dir / "gunicorn.log").read_text(errors="replace")[-3000:])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback only
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback only
        return response.read(), dict(response.headers)


# --- load ----------------------------------------------------------------------------------


def measure_wrk(url: str, duration: int, connections: int, headers: dict[str, str]) -> dict:
    command = ["wrk", "--latency", "-t2", f"-c{connections}", f"-d{duration}s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _wrk_ms(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": _wrk_ms(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "errors": "Non-2xx" in output or "Socket errors" in output,
    }


def _wrk_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def measure_threads(url: str, duration: int, connections: int, headers: dict[str, str]) -> dict:
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def worker() -> None:
        while time.monotonic() < stop:
            started = time.perf_counter()
            fetch(url, headers)
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return {"rps": len(latencies) / (time.monotonic() - began), "p50": statistics.median(latencies),
            "p99": latencies[int(len(latencies) * 0.99) - 1], "errors": False}


# --- transfer ------------------------------------------------------------------------------


def first_visit(base: str, path: str) -> dict[str, int]:
    """Compressed bytes a first visit transfers: the page, its own CSS/JS, vendored JS, map data."""
    html, headers = fetch(base + path, {"Accept-Encoding": "gzip"})
    page = len(html) if headers.get("Content-Encoding") == "gzip" else len(gzip.compress(html))
    text = gzip.decompress(html).decode() if headers.get("Content-Encoding") == "gzip" else html.decode()
    assets = re.findall(r'<(?:script[^>]+src|link[^>]+rel="stylesheet"[^>]+href)="([^"]+)"', text)
    own = vendor = 0
    for asset in assets:
        size = len(gzip.compress(fetch(base + asset)[0], 9))
        if "/vendor/" in asset or "django_htmx" in asset:
            vendor += size
        else:
            own += size
    data = 0
    if 'data-chart="map"' in text:
        for asset in ("/static/conflicts/geo/karabakh.geojson", "/static/vendor/topojson/world_110m.json"):
            data += len(gzip.compress(fetch(base + asset)[0], 9))
    return {"html": page, "own": own, "vendor": vendor, "data": data}


def as_of_payloads(base: str, path: str) -> dict[str, float]:
    """One htmx map fragment per date versus every distinct state shipped with the page."""
    headers = {"HX-Request": "true", "HX-Target": "map", "Accept-Encoding": "gzip"}
    fragment, _ = fetch(f"{base}{path}?as_of={AS_OF_DATES[0]}", headers)
    html = fetch(base + path)[0].decode()
    table = html.split('class="table changes"')[1].split("</table>")[0]
    dates = sorted(set(re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)"', table)))
    states = b"".join(fetch(f"{base}{path}?as_of={day}", {"HX-Request": "true", "HX-Target": "map"})[0] for day in dates)
    return {"fragment_gz": len(fragment), "all_states_gz": len(gzip.compress(states, 9)), "states": len(dates)}


# --- report ----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=9, help="seconds per URL, split into --rounds slices")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    args = parser.parse_args()

    port = args.port or free_port()
    var_dir = Path(tempfile.mkdtemp(prefix="faultline-bench-"))
    try:
        slug = prepare_database(var_dir)
        server = start_gunicorn(var_dir, port, args.workers)
        try:
            report(f"http://127.0.0.1:{port}", slug, args)
        finally:
            server.terminate()
            server.wait(timeout=20)
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)


def _median(results: list[dict], key: str) -> float:
    return statistics.median(result[key] for result in results)


def _measure_rounds(base: str, targets, measure, seconds: int, args) -> list[dict]:
    rounds = []
    for _label, path, extra in targets:
        for _ in range(4 * args.workers):
            fetch(base + path, _headers(extra))  # warm each worker's cache
    for _ in range(args.rounds):
        rounds.append({label: measure(base + path, seconds, args.connections, _headers(extra)) for label, path, extra in targets})
    return rounds


def _headers(extra: dict[str, str]) -> dict[str, str]:
    return {"Accept-Encoding": "gzip, deflate"} | extra  # as a browser sends


def report(base: str, slug: str, args) -> None:
    measure = measure_wrk if shutil.which("wrk") else measure_threads
    htmx = {"HX-Request": "true", "HX-Target": "map"}
    targets = [
        ("minimal view (/bench/ping)", "/bench/ping", {}),
        ("conflict page (/en/conflicts/karabakh/)", "/en/conflicts/karabakh/", {}),
        ("conflict page, Arabic", "/ar/conflicts/karabakh/", {}),
        ("briefing page (/en/briefings/<slug>/)", f"/en/briefings/{slug}/", {}),
        ("as-of map fragment (htmx)", f"/en/conflicts/karabakh/?as_of={AS_OF_DATES[1]}", htmx),
        ("conflict page, client without gzip", "/en/conflicts/karabakh/", {"Accept-Encoding": "identity"}),
    ]
    slice_seconds = max(1, args.duration // args.rounds)
    print(f"gunicorn: {args.workers} sync workers on 127.0.0.1; load: {measure.__name__.removeprefix('measure_')}, "
          f"{args.connections} connections, Accept-Encoding: gzip; cache warmed before measuring.\n"
          f"Each URL measured in {args.rounds} slices of {slice_seconds}s, round-robin with the minimal view, so a busy "
          f"machine slows both alike; medians over the slices, ratio = median of per-round ratios.\n")
    rounds = _measure_rounds(base, targets, measure, slice_seconds, args)
    print(f"{'URL':48} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'vs minimal':>11}")
    for label, _path, _extra in targets:
        results = [round_[label] for round_ in rounds]
        ratio = statistics.median(round_[label]["rps"] / round_[targets[0][0]]["rps"] for round_ in rounds)
        flag = "  (errors!)" if any(r["errors"] for r in results) else ""
        print(f"{label:48} {_median(results, 'rps'):9.0f} {_median(results, 'p50'):8.2f} {_median(results, 'p99'):8.2f}"
              f" {ratio:10.0%}{flag}")

    print("\nFirst visit, gzip-compressed KB: page HTML + own CSS/JS | + vendored plotly-geo & htmx | + map geodata")
    for label, path in (("home", "/en/"), ("conflict", "/en/conflicts/karabakh/"), ("briefing", f"/en/briefings/{slug}/")):
        size = first_visit(base, path)
        own = size["html"] + size["own"]
        vendor, everything = own + size["vendor"], own + size["vendor"] + size["data"]
        print(f"  {label:10} html {size['html'] / 1024:6.1f} + own {size['own'] / 1024:5.1f} = {own / 1024:6.1f} KB"
              f" | with vendor {vendor / 1024:6.1f} KB | with geodata {everything / 1024:6.1f} KB")

    payload = as_of_payloads(base, "/en/conflicts/karabakh/")
    print(f"\n\"As of\" control: one htmx map fragment {payload['fragment_gz'] / 1024:.1f} KB gz per date change, versus "
          f"{payload['all_states_gz'] / 1024:.1f} KB gz to ship all {payload['states']} distinct states with every page view.")


if __name__ == "__main__":
    main()
