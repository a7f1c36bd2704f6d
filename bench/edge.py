"""The edge benchmark (bash bench/edge.sh): article pages through Varnish.

Imports the benchmark's ARTICLES generated documents (default 10,000) into an
embedded H2 database, starts the packaged application on it with its own answer
cache off and purges sent to a real Varnish (Debian's varnish + varnish-modules,
running the shipped k8s/varnish/default.vcl), and loads article pages over all the
slugs, each by its persisted query's GET URL as a front end's CDN would see them:
first against the application itself (its uncached rate), then through Varnish while
an editor corrects one article every second. After each correction's purge has been
delivered, the corrected page is read through Varnish and its version checked: a
stale answer after its purge is counted (and must be zero).
"""
import base64
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402  (the shared pieces: documents, import, server, wrk parsing, machine)

ROOT = harness.ROOT
OUT = harness.OUT
EDITOR = ("bencheditor", os.urandom(12).hex())
PAGE = ("query($slug: String) { article(slug: $slug) { title version authors { name kind } source { name }"
        " related { title article { slug } } } }")
PAGE_HASH = hashlib.sha256(PAGE.encode()).hexdigest()
EXTENSIONS = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": PAGE_HASH}}, separators=(",", ":"))

# Cycles through every article page's URL, from a different place in each connection.
WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
function init(args) position = math.random(#paths) end
function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
""" + harness.COUNT_GRAPHQL_ERRORS


def page_path(slug):
    variables = json.dumps({"slug": slug}, separators=(",", ":"))
    return "/graphql?" + urllib.parse.urlencode({"extensions": EXTENSIONS, "variables": variables})


def graphql(base, query, variables=None, editor=False, extensions=None):
    body = {"query": query, "variables": variables or {}}
    if extensions:
        body["extensions"] = extensions
    request = urllib.request.Request(base + "/graphql", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    if editor:
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{EDITOR[0]}:{EDITOR[1]}".encode()).decode())
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise SystemExit(f"GraphQL errors for {query[:60]}…: {answer['errors']}")
    return answer["data"]


def get_json(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def all_articles(base):
    articles, cursor = [], None
    while True:
        page = graphql(base, "query($after: String) { articles(first: 100, after: $after) {"
                             " nodes { id slug version } pageInfo { endCursor hasNextPage } } }", {"after": cursor})
        articles += page["articles"]["nodes"]
        if not page["articles"]["pageInfo"]["hasNextPage"]:
            return articles
        cursor = page["articles"]["pageInfo"]["endCursor"]


def start_varnish(port, app_port, work):
    vcl = (ROOT / "k8s" / "varnish" / "default.vcl").read_text() \
        .replace('.host = "newsroom-cms";', '.host = "127.0.0.1";').replace('.port = "8080";', f'.port = "{app_port}";')
    (work / "default.vcl").write_text(vcl)
    os.chmod(work, 0o755)
    os.chmod(work / "default.vcl", 0o644)
    log = open(OUT / "varnish.log", "w")
    varnish = subprocess.Popen(["varnishd", "-F", "-a", f"127.0.0.1:{port}", "-f", str(work / "default.vcl"),
                                "-n", str(work / "state"), "-s", "malloc,256m", "-T", "none"],
                               stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/live", timeout=2)
            return varnish
        except OSError:
            time.sleep(0.2)
    varnish.kill()
    raise SystemExit("Varnish did not start; see bench/out/varnish.log")


def varnish_counters(work):
    output = subprocess.run(["varnishstat", "-n", str(work / "state"), "-1", "-f", "MAIN.cache_hit",
                             "-f", "MAIN.cache_miss", "-f", "MAIN.backend_req"],
                            capture_output=True, text=True).stdout
    return {line.split()[0]: int(line.split()[1]) for line in output.splitlines() if line.startswith("MAIN.")}


class Corrections(threading.Thread):
    """An editor corrects a random article every second; after its purge, the page must be fresh through Varnish."""

    def __init__(self, app, varnish, articles):
        super().__init__(daemon=True)
        self.app, self.varnish, self.articles = app, varnish, articles
        self.stop = threading.Event()
        self.done, self.stale, self.visible_after = 0, 0, []

    def run(self):
        while not self.stop.wait(1.0):
            article = random.choice(self.articles)
            changed = graphql(self.app, "mutation($id: ID!, $v: Int!, $in: ArticleInput!) { updateArticle(id: $id,"
                                        " expectedVersion: $v, input: $in) { version } }",
                              {"id": article["id"], "v": article["version"],
                               "in": {"title": f"Corrected {self.done} at {time.time():.3f}",
                                      "body": "<p>A correction.</p>"}}, editor=True)
            answered = time.monotonic()
            article["version"] = changed["updateArticle"]["version"]
            self.await_purges()
            seen = get_json(self.varnish + page_path(article["slug"]))["data"]["article"]["version"]
            if seen != article["version"]:
                self.stale += 1
                print(f"STALE: {article['slug']} version {seen} after the purge of {article['version']}", flush=True)
            self.visible_after.append(time.monotonic() - answered)
            self.done += 1

    def await_purges(self):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pending = graphql(self.app, "{ deliveries(first: 100, status: PENDING) { nodes { subscriber } } }",
                              editor=True)["deliveries"]["nodes"]
            if not any(node["subscriber"].startswith("PURGE ") for node in pending):
                return
            time.sleep(0.01)
        raise SystemExit("a purge was not delivered within 10 s")


def load(url, paths_file, seconds):
    script = OUT / "edge.lua"
    script.write_text(WRK_SCRIPT)
    env = dict(os.environ, BENCH_PATHS=str(paths_file))
    command = ["wrk", "-t1", f"-c{harness.CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s",
               "-s", str(script), url]
    output = subprocess.run(command, capture_output=True, text=True, env=env, timeout=seconds + 60).stdout
    return harness.parse_wrk(output)


def main():
    articles_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    OUT.mkdir(parents=True, exist_ok=True)
    docs = harness.generate(articles_wanted)
    db_dir = OUT / "edge-db"
    shutil.rmtree(db_dir, ignore_errors=True)
    print(f"Importing {articles_wanted} documents…", flush=True)
    harness.import_documents(db_dir / "cms", docs)

    app_port, varnish_port = harness.free_port(), harness.free_port()
    varnish_url = f"http://127.0.0.1:{varnish_port}"
    work = Path(tempfile.mkdtemp(prefix="edge-varnish-"))
    server, app = harness.start_server(db_dir / "cms", app_port, options=[
        "-Dcms.read-cache.enabled=false", f"-Dcms.http-cache.purge-url={varnish_url}",
        "-Dcms.webhooks.poll-every=100ms", "-Dcms.webhooks.backoff=100ms"], environment={
        f"QUARKUS_SECURITY_USERS_EMBEDDED_USERS_{EDITOR[0].upper()}": EDITOR[1],
        f"QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_{EDITOR[0].upper()}": "editor"})
    varnish = start_varnish(varnish_port, app_port, work)
    try:
        articles = all_articles(app)
        graphql(app, PAGE, {"slug": articles[0]["slug"]},
                extensions={"persistedQuery": {"version": 1, "sha256Hash": PAGE_HASH}})  # registers the document
        paths = [page_path(article["slug"]) for article in articles]
        random.Random(42).shuffle(paths)
        paths_file = OUT / "edge-paths.txt"
        paths_file.write_text("\n".join(paths) + "\n")

        W, M = harness.WARMUP_SECONDS, harness.MEASURE_SECONDS
        print(f"The application itself, over {len(paths)} pages: warm-up {W} s, measure {M} s", flush=True)
        load(app, paths_file, W)
        direct = load(app, paths_file, M)

        corrections = Corrections(app, varnish_url, articles)
        corrections.start()
        print(f"Through Varnish, a correction every second: warm-up {W} s, measure {M} s", flush=True)
        load(varnish_url, paths_file, W)
        before = varnish_counters(work)
        edge = load(varnish_url, paths_file, M)
        after = varnish_counters(work)
        corrections.stop.set()
        corrections.join(timeout=30)
        rss = harness.rss_mb(server.pid)
    finally:
        varnish.terminate()
        varnish.wait(timeout=30)
        server.terminate()
        server.wait(timeout=60)
        shutil.rmtree(work, ignore_errors=True)

    hits = after.get("MAIN.cache_hit", 0) - before.get("MAIN.cache_hit", 0)
    misses = after.get("MAIN.cache_miss", 0) - before.get("MAIN.cache_miss", 0)
    backend = after.get("MAIN.backend_req", 0) - before.get("MAIN.backend_req", 0)
    visible = sorted(corrections.visible_after)
    lines = [f"Machine: {harness.machine()}",
             f"Articles: {len(articles)}, every page by its persisted query's GET URL, in a shuffled cycle;"
             f" {harness.CONNECTIONS} connections, 1 wrk thread, {W} s warm-up, {M} s measured; embedded H2 build,"
             f" its own answer cache off; server JVM {' '.join(harness.SERVER_JAVA_OPTS)}; Varnish {varnish_version()}"
             f" with the shipped VCL, 256 MB",
             "",
             "| load | requests/s | p50 ms | p99 ms | errors |",
             "|---|---:|---:|---:|---:|",
             f"| the application itself (uncached) | {direct['rps']:.0f} | {direct['p50']:.2f} | {direct['p99']:.2f}"
             f" | {direct['errors']} |",
             f"| through Varnish, a correction every second | {edge['rps']:.0f} | {edge['p50']:.2f} | {edge['p99']:.2f}"
             f" | {edge['errors']} |",
             "",
             f"Through Varnish: **{edge['rps'] / direct['rps']:.1f}×** the application's uncached rate;"
             f" {hits} hits, {misses} misses, {backend} requests to the application while measured.",
             f"Corrections: {corrections.done}, each checked through Varnish by version after its purge:"
             f" **{corrections.stale} stale**; a correction was visible through Varnish"
             f" {percentile(visible, 50) * 1000:.0f} ms (median), {percentile(visible, 100) * 1000:.0f} ms (worst)"
             f" after the mutation's answer.",
             f"Application RSS after the run: {rss:.0f} MB"]
    report = "\n".join(lines)
    print("\n" + report)
    (OUT / "edge.md").write_text(report + "\n")
    if corrections.stale or corrections.done == 0:
        raise SystemExit("stale answers after a purge, or no correction made")


def percentile(values, percent):
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(len(values) * percent / 100))]


def varnish_version():
    output = subprocess.run(["varnishd", "-V"], capture_output=True, text=True)
    text = (output.stderr or output.stdout).splitlines()[0]
    return text.split("(")[1].split(" ")[0] if "(" in text else text


if __name__ == "__main__":
    main()
