"""Bounded soak: mixed reads and editor writes against the packaged app, then an audit.

    bash bench/soak.sh [SECONDS=300]

Imports a generated archive (bench/GenerateArticles.java, 2,000 articles by default,
BENCH_SOAK_ARTICLES) into a fresh embedded H2 file database, starts the packaged
application on 127.0.0.1, and for SECONDS (at most 1800) runs reader threads
(article by slug, newest page, a page by cursor) next to writer threads (create,
retitle with optimistic locking, publish). Reports throughput, latency and errors
per operation and the server's RSS before and after. Then it checks that every write
the server acknowledged is there: the last acknowledged title, the status, and one
revision per acknowledged change, numbered without gaps.
"""
import json
import os
import random
import secrets
import shutil
import sys
import threading
import time
import urllib.error
import urllib.request
from base64 import b64encode

import harness

READERS = int(os.environ.get("BENCH_SOAK_READERS", "6"))
WRITERS = int(os.environ.get("BENCH_SOAK_WRITERS", "2"))
ARTICLES = int(os.environ.get("BENCH_SOAK_ARTICLES", "2000"))
MAX_SECONDS = 1800


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {}
        self.errors = {}

    def record(self, operation, seconds, ok):
        with self.lock:
            self.latencies.setdefault(operation, []).append(seconds)
            if not ok:
                self.errors[operation] = self.errors.get(operation, 0) + 1


def call(base, query, variables, auth=None):
    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = auth
    request = urllib.request.Request(base + "/graphql", headers=headers,
                                     data=json.dumps({"query": query, "variables": variables}).encode())
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def timed(stats, operation, base, query, variables, auth=None):
    started = time.monotonic()
    try:
        answer = call(base, query, variables, auth)
        ok = not answer.get("errors")
    except (OSError, ValueError):
        answer, ok = None, False
    stats.record(operation, time.monotonic() - started, ok)
    return answer if ok else None


def reader(base, stop, stats, slugs, cursor):
    rng = random.Random()
    q2 = "query($after: String) { articles(first: 20, after: $after) { nodes { slug title authors { name } source { name } } } }"
    while not stop.is_set():
        pick = rng.random()
        if pick < 0.5:
            timed(stats, "read: article by slug", base,
                  "query($slug: String) { article(slug: $slug) { title authors { name } source { name } related { title } } }",
                  {"slug": rng.choice(slugs)})
        elif pick < 0.8:
            timed(stats, "read: newest 20", base, q2, {"after": None})
        else:
            timed(stats, "read: page by cursor", base, q2, {"after": cursor})


def writer(base, stop, stats, auth, name, acknowledged):
    fields = "id version status"
    for n in range(10 ** 9):
        if stop.is_set():
            return
        title = f"Soak {name} story {n}"
        body = f"<p>Soak test body {n} from {name}.</p>"
        created = timed(stats, "write: create", base,
                        "mutation($in: ArticleInput!) { createArticle(input: $in) { " + fields + " } }",
                        {"in": {"title": title, "body": body}}, auth)
        if not created:
            continue
        article = created["data"]["createArticle"]
        acknowledged[article["id"]] = {"title": title, "status": "DRAFT", "revisions": 1}
        retitled = timed(stats, "write: retitle", base,
                         "mutation($id: ID!, $v: Int!, $in: ArticleInput!) { updateArticle(id: $id, expectedVersion: $v, input: $in) { "
                         + fields + " } }",
                         {"id": article["id"], "v": article["version"], "in": {"title": title + " (updated)", "body": body}}, auth)
        if retitled:
            acknowledged[article["id"]] = {"title": title + " (updated)", "status": "DRAFT", "revisions": 2}
            if n % 2 == 0 and timed(stats, "write: publish", base,
                                    "mutation($id: ID!) { publishArticle(id: $id) { " + fields + " } }",
                                    {"id": article["id"]}, auth):
                acknowledged[article["id"]].update(status="PUBLISHED", revisions=3)


def audit(base, auth, acknowledged):
    """Every acknowledged write is there, with gap-free revisions; returns the problems found."""
    problems = []
    for article_id, expected in acknowledged.items():
        answer = call(base, "query($id: ID) { article(id: $id) { title status revisions { number } } }", {"id": article_id}, auth)
        article = (answer.get("data") or {}).get("article")
        if not article:
            problems.append(f"{article_id}: missing")
            continue
        numbers = sorted(r["number"] for r in article["revisions"])
        if article["title"] != expected["title"] or article["status"] != expected["status"]:
            problems.append(f"{article_id}: {article['title']!r}/{article['status']} != {expected}")
        if numbers != list(range(1, expected["revisions"] + 1)):
            problems.append(f"{article_id}: revisions {numbers}, expected 1..{expected['revisions']}")
    return problems


def percentile(values, percent):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * percent / 100))] * 1000


def main():
    seconds = min(int(sys.argv[1]) if len(sys.argv) > 1 else 300, MAX_SECONDS)
    harness.OUT.mkdir(parents=True, exist_ok=True)
    docs = harness.generate(ARTICLES)
    db_dir = harness.OUT / "soak-db"
    shutil.rmtree(db_dir, ignore_errors=True)
    db = db_dir / "cms"
    print(f"Importing {ARTICLES} documents…", flush=True)
    harness.import_documents(db, docs)
    password = secrets.token_hex(12)  # a fresh editor account for this run only
    os.environ["QUARKUS_SECURITY_USERS_EMBEDDED_USERS_EDITOR"] = password
    os.environ["QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_EDITOR"] = "editor"
    auth = "Basic " + b64encode(f"editor:{password}".encode()).decode()
    server, base = harness.start_server(db, harness.free_port())
    try:
        slugs = [node["slug"] for node in harness.post(base, "{ articles(first: 100) { nodes { slug } } }")["articles"]["nodes"]]
        cursor = None
        for _ in range(10):
            cursor = harness.post(base, "query($a: String) { articles(first: 20, after: $a) { pageInfo { endCursor } } }",
                                  {"a": cursor})["articles"]["pageInfo"]["endCursor"]
        rss_before = harness.rss_mb(server.pid)
        stats, stop, acknowledged = Stats(), threading.Event(), {}
        threads = [threading.Thread(target=reader, args=(base, stop, stats, slugs, cursor)) for _ in range(READERS)]
        threads += [threading.Thread(target=writer, args=(base, stop, stats, auth, f"w{i}", acknowledged))
                    for i in range(WRITERS)]
        print(f"Soak: {READERS} readers and {WRITERS} writers for {seconds} s", flush=True)
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(seconds)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        elapsed = time.monotonic() - started
        rss_after = harness.rss_mb(server.pid)
        problems = audit(base, auth, acknowledged)
    finally:
        server.terminate()
        server.wait(timeout=60)

    lines = [f"Machine: {harness.machine()}",
             f"Soak: {seconds} s, {READERS} reader and {WRITERS} writer threads (Python client), "
             f"{ARTICLES} generated articles, embedded H2 (file)", "",
             "| operation | requests | per second | p50 ms | p99 ms | errors |", "|---|---:|---:|---:|---:|---:|"]
    for operation in sorted(stats.latencies):
        values = stats.latencies[operation]
        lines.append(f"| {operation} | {len(values)} | {len(values) / elapsed:.0f} | {percentile(values, 50):.1f} "
                     f"| {percentile(values, 99):.1f} | {stats.errors.get(operation, 0)} |")
    lines += ["", f"Server RSS: {rss_before:.0f} MB before, {rss_after:.0f} MB after",
              f"Audit: {len(acknowledged)} acknowledged articles checked, {len(problems)} problems"]
    lines += [f"- {problem}" for problem in problems[:20]]
    report = "\n".join(lines)
    print("\n" + report)
    (harness.OUT / "soak.md").write_text(report + "\n")
    if problems or sum(stats.errors.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
