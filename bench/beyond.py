"""Questions beyond the side-by-side four, against PostGraphile on the same database.

Run after ../shared/peers/run_bench.sh has imported the 10,000 documents into the
peers' PostgreSQL (database `cms`) and PostGraphile's tables (database `news`):

    python3 bench/beyond.py /path/to/pg-build/quarkus-run.jar

Asks each side, anonymously, with the project's answer cache off:
  - an author's page: name, count, latest 10 with their source (every author in turn);
  - the sources with their article counts;
  - an article with 5 suggestions by content (every article in turn; PostGraphile
    has no such field, so only the project is measured).
Each question: WARMUP seconds of load, then SECONDS measured with `wrk -t1 -c16`
and the peers' post.lua (bodies cycled round-robin); CPU per request of the server
and of PostgreSQL from /proc. Servers listen on 127.0.0.1 only and are stopped by PID.
Prints a table; figures are comparable only within one run.
"""
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PEERS = Path(os.environ.get("PEERS_WORK", "/tmp/peers"))
PEERS_PG = Path(os.environ.get("PGROOT", "/tmp/peers-pg"))  # the peers' cluster (pg/pg_ctl.sh)
PG_PORT = 55432
PROJECT_PORT, POSTGRAPHILE_PORT = 5434, 5433
WARMUP = int(os.environ.get("WARMUP", "60"))  # a fresh JVM: 20 s left the author page half compiled
SECONDS = int(os.environ.get("SECONDS_MEASURED", "15"))
# The documented JVM configuration (docs/operations.md).
JVM = os.environ.get("PROJECT_JVM",
                     "-Xms128m -Xmx128m -Xmn72m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000").split()
OUT = Path(__file__).resolve().parent / "out" / "beyond"

AUTHOR_PAGE = ("query A($slug: String!) { author(slug: $slug) { name articleCount"
               " articles(first: 10) { nodes { title slug publishedAt source { name } } } } }")
SOURCES = "query S { sources { name slug articleCount } }"
SUGGESTIONS = "query G($slug: String!) { article(slug: $slug) { title slug suggestedRelated(first: 5) { slug title } } }"
PG_AUTHOR_PAGE = ("query A($slug: String!) { authorBySlug(slug: $slug) { name articles(first: 10,"
                  " orderBy: PUBLISHED_AT_DESC) { totalCount nodes { title slug publishedAt source { name } } } } }")
PG_SOURCES = "query S { sources { nodes { name slug articles { totalCount } } } }"


def post(port, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    if answer.get("errors") or not answer.get("data"):
        raise SystemExit(f"errors from :{port} for {query[:50]}…: {answer}")
    return answer["data"]


def bodies(name, query, variable_sets):
    path = OUT / f"{name}.txt"
    path.write_text("".join(json.dumps({"query": query, "variables": v}) + "\n" for v in variable_sets))
    return path


TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def cpu_ms(pids):
    """CPU time (user + system) each process has used so far, in milliseconds, by pid."""
    used = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            used[pid] = (int(fields[11]) + int(fields[12])) * 1000 / TICKS_PER_SECOND
        except (FileNotFoundError, ProcessLookupError):
            pass
    return used


def used_since(before, after):
    """CPU used between two snapshots: processes that started meanwhile count whole, those gone not at all."""
    return sum(ms - before.get(pid, 0) for pid, ms in after.items())


def postgres_backends():
    """The server processes of client connections (not autovacuum, the checkpointer, the WAL writer)."""
    postmaster = int((PEERS_PG / "data" / "postmaster.pid").read_text().split()[0])
    found = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
    backends = []
    for pid in found:
        try:
            title = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        except FileNotFoundError:
            continue
        if "127.0.0.1(" in title:  # "postgres: user database 127.0.0.1(port) idle"
            backends.append(int(pid))
    return backends


def load(port, body_file, seconds):
    output = subprocess.run(["wrk", "-t1", "-c16", f"-d{seconds}s", "-s", str(PEERS / "bench" / "post.lua"),
                             f"http://127.0.0.1:{port}/graphql", "--", str(body_file)],
                            capture_output=True, text=True, timeout=seconds + 60).stdout
    found = re.search(r"RESULT (\{.*\})", output)
    if not found:
        raise SystemExit(f"wrk printed no result: {output}")
    return json.loads(found.group(1))


def measure(port, server_pid, body_file):
    load(port, body_file, WARMUP)
    server_before, pg_before = cpu_ms([server_pid]), cpu_ms(postgres_backends())
    result = load(port, body_file, SECONDS)
    requests = max(1, result["requests"])
    server_ms = used_since(server_before, cpu_ms([server_pid])) / requests
    pg_ms = used_since(pg_before, cpu_ms(postgres_backends())) / requests
    if result["non2xx"] or result["socket_errors"]:
        raise SystemExit(f"errors under load: {result}")
    return result["rps"], result["p99_ms"], server_ms, pg_ms


def wait_ready(url, process):
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else "target/quarkus-app/quarkus-run.jar"
    OUT.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ, MALLOC_ARENA_MAX="2",
                       QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{PG_PORT}/cms",
                       QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="unused")
    project = subprocess.Popen(["java", *JVM, "-Dquarkus.http.host=127.0.0.1", f"-Dquarkus.http.port={PROJECT_PORT}",
                                "-Dcms.read-cache.enabled=false", "-Dcms.import.on-start=false", "-jar", jar],
                               env=environment, stdout=open(OUT / "project.log", "w"), stderr=subprocess.STDOUT)
    postgraphile = subprocess.Popen(["node", "server.js"], cwd=PEERS / "postgraphile",
                                    env=dict(os.environ, PORT=str(POSTGRAPHILE_PORT)),
                                    stdout=open(OUT / "postgraphile.log", "w"), stderr=subprocess.STDOUT)
    rows = []
    try:
        wait_ready(f"http://127.0.0.1:{PROJECT_PORT}/q/health/ready", project)
        time.sleep(3)
        authors, after = [], None
        while True:
            page = post(PROJECT_PORT, "query($a: String) { authors(first: 100, after: $a) { nodes { slug }"
                                      " pageInfo { hasNextPage endCursor } } }", {"a": after})["authors"]
            authors += [node["slug"] for node in page["nodes"]]
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        slugs = [json.loads(line)["variables"]["slug"]
                 for line in (PEERS / "data" / "bodies" / "project-pg-nocache" / "q1x.txt").read_text().splitlines()]
        peer_authors = [json.loads(line)["slug"] for line in (PEERS / "data" / "authors.jsonl").read_text().splitlines()]
        questions = [
            ("author page, every author", bodies("author", AUTHOR_PAGE, [{"slug": s} for s in authors]),
             bodies("pg-author", PG_AUTHOR_PAGE, [{"slug": s} for s in peer_authors])),
            ("sources with counts", bodies("sources", SOURCES, [{}]), bodies("pg-sources", PG_SOURCES, [{}])),
            ("article with 5 suggestions, every article",
             bodies("suggestions", SUGGESTIONS, [{"slug": s} for s in slugs]), None),
        ]
        post(PROJECT_PORT, AUTHOR_PAGE, {"slug": authors[0]})
        post(PROJECT_PORT, SUGGESTIONS, {"slug": slugs[0]})
        for name, ours, theirs in questions:
            print(f"{name}: {WARMUP} s warm-up, {SECONDS} s measured, each side", flush=True)
            peer = measure(POSTGRAPHILE_PORT, postgraphile.pid, theirs) if theirs else None
            rows.append((name, measure(PROJECT_PORT, project.pid, ours), peer))
    finally:
        for process in (project, postgraphile):
            process.terminate()
        for process in (project, postgraphile):
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()

    print("\n| question | PostGraphile req/s (p99 ms) | pg build, cache off (p99 ms) | ratio |"
          " CPU ms/request: ours, PostgreSQL | theirs, PostgreSQL |")
    print("|---|---:|---:|---:|---|---|")
    for name, (rps, p99, server_ms, pg_ms), peer in rows:
        theirs = f"{peer[0]:,.0f} ({peer[1]:.0f})" if peer else "—"
        ratio = f"{rps / peer[0]:.2f}×" if peer else "—"
        their_cpu = f"{peer[2]:.2f}, {peer[3]:.2f}" if peer else "—"
        print(f"| {name} | {theirs} | {rps:,.0f} ({p99:.0f}) | {ratio} | {server_ms:.2f}, {pg_ms:.2f} | {their_cpu} |")


if __name__ == "__main__":
    main()
