"""Benchmark harness for the newsroom CMS (see bench/run.sh for the one command).

Every request loop is bounded in time, and every server listens on 127.0.0.1 only.
Figures go to standard output and to bench/out/results.md, with the machine they
came from.
"""
import json
import os
import platform
import re
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


def generate(articles):
    docs = OUT / "docs"
    marker = OUT / f"docs-{articles}.done"
    if not marker.exists():
        shutil.rmtree(docs, ignore_errors=True)
        subprocess.run(["java", str(ROOT / "bench" / "GenerateArticles.java"), str(docs), str(articles)], check=True)
        for old in OUT.glob("docs-*.done"):
            old.unlink()
        marker.touch()
    return docs


def database_options(db):
    # The packaged jar's own H2 file settings (durable commits), in a folder of our own.
    return [f"-Dcms.h2.file={db}"]


def import_documents(docs, db):
    started = time.monotonic()
    result = subprocess.run(["java", *database_options(db), "-jar", str(JAR), "import", str(docs)],
                            capture_output=True, text=True, timeout=1800)
    wall = time.monotonic() - started
    summary = re.search(r"Import run \d+: (\d+) created.*?, (\d+) failed \((\d+) documents in ([\d.]+) s, (\d+) documents/s\)",
                        result.stdout)
    if result.returncode != 0 or not summary:
        raise SystemExit(f"import failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return {"documents": int(summary.group(3)), "seconds": float(summary.group(4)),
            "per_second": int(summary.group(5)), "failed": int(summary.group(2)), "wall": wall}


def start_server(db, port):
    log = open(OUT / "server.log", "w")
    server = subprocess.Popen(["java", *database_options(db), "-Dquarkus.http.host=127.0.0.1",
                               f"-Dquarkus.http.port={port}", "-Dcms.import.on-start=false", "-jar", str(JAR)],
                              stdout=log, stderr=subprocess.STDOUT)
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


def wrk(url, body_file, seconds):
    script = OUT / "post.lua"
    script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                      'local f = io.open(os.getenv("BENCH_BODY"), "r")\nwrk.body = f:read("*a")\nf:close()\n')
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    env = dict(os.environ)
    if body_file:
        command += ["-s", str(script)]
        env["BENCH_BODY"] = str(body_file)
    output = subprocess.run(command + [url], capture_output=True, text=True, env=env, timeout=seconds + 60).stdout

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), "p50": latency(50),
            "p99": latency(99), "errors": errors + (int(non2xx.group(1)) if non2xx else 0), "raw": output}


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
    imported = import_documents(docs, db)

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

        results = []
        for name, body in [("ceiling /q/health/live", None)] + queries:
            url = base + ("/q/health/live" if body is None else "/graphql")
            print(f"{name}: warm-up {WARMUP_SECONDS} s, measure {MEASURE_SECONDS} s", flush=True)
            wrk(url, body, WARMUP_SECONDS)
            results.append((name, wrk(url, body, MEASURE_SECONDS)))
        rss = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=60)

    ceiling = results[0][1]["rps"]
    lines = [f"Machine: {machine()}",
             f"Articles: {articles}; {CONNECTIONS} connections, 1 wrk thread, {WARMUP_SECONDS} s warm-up, "
             f"{MEASURE_SECONDS} s measured; embedded H2 (file)",
             "",
             f"Import: {imported['documents']} documents in {imported['seconds']:.1f} s = "
             f"**{imported['per_second']} documents/s** ({imported['failed']} failed; "
             f"{imported['wall']:.1f} s with JVM start)",
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
