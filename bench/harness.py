"""Benchmark harness for the newsroom CMS (see bench/run.sh for the one command).

Every request loop is bounded in time, and every server listens on 127.0.0.1 only.
Figures go to standard output and to bench/out/results.md, with the machine they
came from.
"""
import base64
import json
import os
import platform
import re
import resource
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
JAR = ROOT / "target" / "quarkus-app" / "quarkus-run.jar"
CONNECTIONS = 16
# The server's JVM: the documented configuration (docs/operations.md, "JVM
# configuration"): a fixed heap with a large young generation, the serial collector,
# a periodic trim of the C heap, and two malloc arenas (MALLOC_ARENA_MAX, set below).
# The production (PostgreSQL) build runs in 128 MB; this benchmark runs the embedded
# H2 build, whose database pages and search index live in the same heap, so it gets
# the H2 size from the same section (at 128 MB it collects garbage all the time).
SERVER_JAVA_OPTS = os.environ.get("BENCH_JAVA_OPTS",
                                  "-Xms192m -Xmx192m -Xmn96m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000").split()
# A signed-in reader (no editor role): its requests are never answered from the
# read cache, so they measure the full GraphQL path.
READER = ("benchreader", secrets.token_hex(12))
WARMUP_SECONDS = int(os.environ.get("BENCH_WARMUP", "10"))
MEASURE_SECONDS = int(os.environ.get("BENCH_SECONDS", "20"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(base, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(base + "/graphql", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise SystemExit(f"GraphQL errors for {query[:60]}…: {answer['errors']}")
    return answer["data"]


def generate(articles, first_number=0, name="docs"):
    """N documents numbered from first_number (another first_number: as many other articles)."""
    docs = OUT / name
    marker = OUT / f"{name}-{articles}.done"
    if not marker.exists():
        shutil.rmtree(docs, ignore_errors=True)
        subprocess.run(["java", str(ROOT / "bench" / "GenerateArticles.java"), str(docs), str(articles),
                        str(first_number)], check=True)
        for old in OUT.glob(f"{name}-*.done"):
            old.unlink()
        marker.touch()
    return docs


def database_options(db):
    # The packaged jar's own H2 file settings (durable commits), in a folder of our own.
    return [f"-Dcms.h2.file={db}"]


IMPORT_SUMMARY = re.compile(r"Import run \d+: (\d+) created.*?, (\d+) failed \((\d+) documents in ([\d.]+) s, (\d+) documents/s\)")


def children_cpu_seconds():
    """CPU (user and system) of the child processes waited for so far: one import's is the difference."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def import_documents(db, *folders):
    """Imports the folders in turn with one command-line import; the figures of each run."""
    started, cpu_before = time.monotonic(), children_cpu_seconds()
    result = subprocess.run(["java", *database_options(db), "-jar", str(JAR), "import", *map(str, folders)],
                            capture_output=True, text=True, timeout=1800)
    wall, cpu = time.monotonic() - started, children_cpu_seconds() - cpu_before
    runs = [{"documents": int(m.group(3)), "seconds": float(m.group(4)), "per_second": int(m.group(5)),
             "failed": int(m.group(2)), "wall": wall, "cpu": cpu} for m in IMPORT_SUMMARY.finditer(result.stdout)]
    if result.returncode != 0 or len(runs) != len(folders):
        raise SystemExit(f"import failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return runs


def start_server(db, port, options=(), environment=None):
    log = open(OUT / "server.log", "w")
    env = dict(os.environ)
    env.update(environment or {})
    env.setdefault("MALLOC_ARENA_MAX", "2")
    env[f"QUARKUS_SECURITY_USERS_EMBEDDED_USERS_{READER[0].upper()}"] = READER[1]
    env[f"QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_{READER[0].upper()}"] = "reader"
    server = subprocess.Popen(["java", *SERVER_JAVA_OPTS, *database_options(db), "-Dquarkus.http.host=127.0.0.1",
                               f"-Dquarkus.http.port={port}", "-Dcms.import.on-start=false", *options, "-jar", str(JAR)],
                              stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/q/health/ready", timeout=2) as response:
                if response.status == 200:
                    return server, base
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("server did not become ready; see bench/out/server.log")


# The end of every wrk script: answers carrying GraphQL "errors" are counted in each
# thread (the script runs once per thread) and summed for parse_wrk.
COUNT_GRAPHQL_ERRORS = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
graphql_errors = 0
function response(status, headers, body)
  if string.find(body, '"errors"', 1, true) then graphql_errors = graphql_errors + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("graphql_errors") end
  io.write(string.format("GraphQL errors: %d\\n", total))
end
"""

# Every load runs through this script, the ceiling too, so each pays the same
# client-side cost. A GraphQL answer with "errors" counts as an error although
# its HTTP status is 200.
WRK_SCRIPT = """
local body_file = os.getenv("BENCH_BODY")
if body_file ~= "" then
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  local f = io.open(body_file, "r")
  wrk.body = f:read("*a")
  f:close()
end
local auth = os.getenv("BENCH_AUTH")
if auth ~= "" then wrk.headers["Authorization"] = auth end
""" + COUNT_GRAPHQL_ERRORS


def wrk(url, body_file, seconds, signed_in=False):
    script = OUT / "load.lua"
    script.write_text(WRK_SCRIPT)
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s", "-s", str(script)]
    env = dict(os.environ)
    env["BENCH_BODY"] = str(body_file) if body_file else ""
    env["BENCH_AUTH"] = ("Basic " + base64.b64encode(f"{READER[0]}:{READER[1]}".encode()).decode()) if signed_in else ""
    output = subprocess.run(command + [url], capture_output=True, text=True, env=env, timeout=seconds + 60).stdout
    return parse_wrk(output)


def parse_wrk(output):
    """Requests/s, p50/p99 in ms and errors (socket, non-2xx/3xx, GraphQL "errors") from wrk's output and our script's."""
    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    graphql_errors = int(re.search(r"GraphQL errors: (\d+)", output).group(1))
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), "p50": latency(50),
            "p99": latency(99), "errors": errors + (int(non2xx.group(1)) if non2xx else 0) + graphql_errors,
            "raw": output}


def body_file(name, query, variables=None):
    path = OUT / f"{name}.json"
    path.write_text(json.dumps({"query": query, "variables": variables or {}}))
    return path


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.system()} {platform.release()}, {java}"


def main():
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    OUT.mkdir(parents=True, exist_ok=True)
    docs = generate(articles)
    db_dir = OUT / "db"
    shutil.rmtree(db_dir, ignore_errors=True)
    db = db_dir / "cms"
    print(f"Importing {articles} documents…", flush=True)
    cold = import_documents(db, docs)[0]
    # The same number of documents again, in a JVM that has just imported as many
    # others (so the JIT has compiled the import path), into a scratch database:
    # the served database keeps exactly ARTICLES articles.
    warm_up = generate(articles, 1_000_000, "warm-up-docs")
    scratch = OUT / "import-db"
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"Importing {articles} documents after a warm-up of as many…", flush=True)
    warm = import_documents(scratch / "cms", warm_up, docs)[1]
    shutil.rmtree(scratch, ignore_errors=True)
    # What a cold import costs before its first document: the JVM's start, the
    # migrations of a new database, the exit. With the cold import's CPU it shows how
    # fast a cold import could be at best on this machine's cores.
    empty = OUT / "empty-docs"
    empty.mkdir(exist_ok=True)
    print("Importing no documents (a cold JVM's fixed cost)…", flush=True)
    fixed = import_documents(scratch / "cms", empty)[0]
    shutil.rmtree(scratch, ignore_errors=True)

    port = free_port()
    server, base = start_server(db, port)
    try:
        slug = post(base, "{ articles(first: 1, filter: { sourceSlug: \"the-berlin-tribune\" }) { nodes { slug } } }")[
            "articles"]["nodes"][0]["slug"]
        q2 = "query { articles(first: 20) { nodes { slug title authors { name } source { name } } pageInfo { endCursor } } }"
        cursor = None
        for _ in range(49):
            page = post(base, "query($after: String) { articles(first: 20, after: $after) { pageInfo { endCursor } } }",
                        {"after": cursor})
            cursor = page["articles"]["pageInfo"]["endCursor"]
        queries = [
            ("Q1 article by slug", body_file("q1", "query($slug: String) { article(slug: $slug) { title authors { name kind }"
                                                   " source { name } related { title article { title } } } }",
                                             {"slug": slug})),
            ("Q2 newest 20", body_file("q2", q2)),
            ("Q3 page 50 by cursor", body_file("q3", q2.replace("articles(first: 20)", "articles(first: 20, after: $after)")
                                               .replace("query {", "query($after: String) {"), {"after": cursor})),
        ]
        # Sections and tags (the generator gives every article a section under one of six
        # and two to four of sixty tags): a section page with its subtree, a tag page.
        page = "nodes { slug title authors { name } source { name } } pageInfo { endCursor }"
        queries.append(("Q5 section page", body_file("q5", "query { section(slug: \"europe\") { name articleCount"
                                                          " articles(first: 20) { " + page + " } } }")))
        queries.append(("Q6 tag page", body_file("q6", "query { articles(first: 20, filter: { tag: \"water\" }) { "
                                                      + page + " } }")))
        # The generator puts the rare word "zeppelin" in about 1% of the articles.
        search = ("query { searchArticles(query: \"zeppelin\", first: 20) {"
                  " totalCount edges { score snippet node { slug title } } pageInfo { endCursor } } }")
        found = post(base, search)["searchArticles"]
        if found["totalCount"] == 0 or "<mark>" not in found["edges"][0]["snippet"]:
            raise SystemExit(f"Q4 finds nothing, or no snippet: {found}")
        queries.append(("Q4 search 'zeppelin'", body_file("q4", search)))
        for name, body in queries:  # each answers without errors before it is measured
            answer = json.loads(urllib.request.urlopen(urllib.request.Request(
                base + "/graphql", data=body.read_bytes(), headers={"Content-Type": "application/json"})).read())
            if answer.get("errors") or not answer.get("data"):
                raise SystemExit(f"{name} answers with errors: {answer}")

        # Anonymous loads may be answered from the read cache, as a publishing front end's
        # would be; the signed-in rows run the same queries through the full GraphQL path.
        loads = [("ceiling /q/health/live", None, False)] + [(name, body, False) for name, body in queries]
        loads += [(name.split(" ", 1)[0] + " signed in (uncached)", body, True) for name, body in queries]
        # A section's RSS feed (20 items with authors and categories), as feed readers poll it.
        loads += [("Q7 section feed /feeds/section/europe/rss.xml", "/feeds/section/europe/rss.xml", False)]
        results = []
        for name, body, signed_in in loads:
            if isinstance(body, str):  # a GET of this path
                url, body = base + body, None
            else:
                url = base + ("/q/health/live" if body is None else "/graphql")
            print(f"{name}: warm-up {WARMUP_SECONDS} s, measure {MEASURE_SECONDS} s", flush=True)
            wrk(url, body, WARMUP_SECONDS, signed_in)
            results.append((name, wrk(url, body, MEASURE_SECONDS, signed_in)))
        rss = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=60)

    ceiling = results[0][1]["rps"]
    lines = [f"Machine: {machine()}",
             f"Articles: {articles}; {CONNECTIONS} connections, 1 wrk thread, {WARMUP_SECONDS} s warm-up, "
             f"{MEASURE_SECONDS} s measured; embedded H2 (file); server JVM {' '.join(SERVER_JAVA_OPTS)}",
             "",
             f"Import, warm JVM: {warm['documents']} documents in {warm['seconds']:.1f} s = "
             f"**{warm['per_second']} documents/s** ({warm['failed']} failed; after importing "
             f"{articles} other documents in the same JVM)",
             f"Import, cold JVM: {cold['documents']} documents in {cold['seconds']:.1f} s = "
             f"{cold['per_second']} documents/s ({cold['failed']} failed; {cold['wall']:.1f} s with JVM start, "
             f"{cold['cpu']:.1f} s of CPU)",
             f"Cold import's floor: its CPU on {os.cpu_count()} cores takes {cold['cpu'] / os.cpu_count():.1f} s "
             f"at least, so at most {cold['documents'] * os.cpu_count() / cold['cpu']:.0f} documents/s here; "
             f"of it, a cold JVM's import of no documents (start, migrations, exit): {fixed['wall']:.1f} s, "
             f"{fixed['cpu']:.1f} s of CPU",
             "",
             "| load | requests/s | % of ceiling | p50 ms | p99 ms | errors |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, r in results:
        lines.append(f"| {name} | {r['rps']:.0f} | {100 * r['rps'] / ceiling:.0f}% | {r['p50']:.2f} | {r['p99']:.2f} "
                     f"| {r['errors']} |")
    lines += ["", f"Server RSS after the run: **{rss:.0f} MB**"]
    report = "\n".join(lines)
    print("\n" + report)
    (OUT / "results.md").write_text(report + "\n")
    for name, r in results:
        (OUT / (re.sub(r"\W+", "-", name).strip("-") + ".wrk.txt")).write_text(r["raw"])


if __name__ == "__main__":
    main()
