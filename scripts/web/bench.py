#!/usr/bin/env python3
"""The web app's benchmark, against a real `remo serve` (a release build) on a
fresh ledger: typed-code registrations per second with 1, 8 and 32 clients at
once; the time from upload to result (POST /api/v1/decode) of a 12 MP JPEG and
a 12 MP HEIC, median and p95, 4 uploads at once; the server's peak memory
(VmHWM) during 20 uploads of a 12 MP JPEG at once.

    swift build -c release --product remo
    python3 scripts/web/bench.py [--remo .build/release/remo] [--runs 3]

The ledger is a SQLite file in a temporary folder; with `--postgres URL`
(postgres://USER@HOST:PORT/DATABASE) it is a new schema of that database, and
`--servers 2` runs the registrations through two `remo serve` processes on it
(different ports), the clients split evenly between them (issue 20;
scripts/bench/stores.sh). `--clients 32 --registrations-only` measures only
the registrations with 32 clients.

Prints the figures; docs/benchmarks.md keeps them.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import statistics
import subprocess
import tempfile
import threading
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PHOTOS = os.path.join(ROOT, "samples", "photos")


def run(remo, *arguments, db):
    return subprocess.run([remo, *arguments, "--db", db], check=True, capture_output=True, text=True).stdout


def ledger_location(folder, postgres):
    """The ledger: a SQLite file in `folder`, or a new schema of the PostgreSQL database `postgres`."""
    if not postgres:
        return os.path.join(folder, "remo.sqlite"), []
    schema = "bench_" + uuid.uuid4().hex[:16]
    return f"{postgres}{'&' if '?' in postgres else '?'}schema={schema}", [
        "--label-key", os.path.join(folder, "label-key")]


def seed(remo, folder, units, postgres=None):
    """A ledger with `units` labeled recorders, a customer holding a license for each, and their codes."""
    db, key = ledger_location(folder, postgres)
    rows = ["model,serial,device_id,produced"] + [
        f"WJ-NX400K/G,BN{index:06d},0A1B2C3D{index:08X},2025-01" for index in range(units)]
    with open(os.path.join(folder, "units.csv"), "w") as file:
        file.write("\n".join(rows) + "\n")
    run(remo, "init", "--simulation", *key, db=db)  # the changes below are dated by --today
    run(remo, "labels", "make", "--csv", os.path.join(folder, "units.csv"), "--out", os.path.join(folder, "labels"),
        "--png", "--today", "2025-03-10", *key, db=db)
    day = ("--today", "2025-03-11")
    run(remo, "partner", "add", "--code", "P001", "--name", "Bench", "--email", "ops@bench.example.jp", *day, db=db)
    run(remo, "stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", str(units + 10), *day, db=db)
    run(remo, "customer", "add", "--partner", "P001", "--name", "Bench", "--email", "bench@example.jp",
        "--temp-password", "bench-password-1", *day, db=db)
    run(remo, "customer", "confirm-email", "--customer", "bench@example.jp", *day, db=db)
    run(remo, "license", "assign", "--partner", "P001", "--customer", "bench@example.jp", "--part", "DG-JLE101W",
        "--count", str(units), "--yes", "--today", "2025-03-12", db=db)
    png = os.path.join(folder, "labels", "png")
    decoded = json.loads(subprocess.run(
        [remo, "qr", "decode", "--json"] + sorted(os.path.join(png, name) for name in os.listdir(png)),
        check=True, capture_output=True, text=True).stdout)
    return db, [entry["codes"][0]["payload"]["registrationCode"] for entry in decoded]


class Server:
    def __init__(self, remo, db, folder, name="serve"):
        self.out = open(os.path.join(folder, name + ".out"), "w+")
        self.process = subprocess.Popen(
            [remo, "serve", "--db", db, "--port", "0", "--today", "2025-04-01"], stdout=self.out,
            stderr=subprocess.DEVNULL, env=dict(os.environ, TMPDIR=folder))
        for _ in range(200):
            self.out.seek(0)
            line = self.out.read()
            if "serving on" in line:
                self.port = int(line.strip().rsplit(":", 1)[1])
                return
            time.sleep(0.05)
        raise RuntimeError("remo serve did not start")

    def peak_kb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))

    def stop(self):
        self.process.terminate()
        self.process.wait()


def request(port, method, path, body=b"", headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    connection.request(method, path, body=body, headers=headers or {})
    answer = connection.getresponse()
    data = answer.read()
    cookie = answer.getheader("Set-Cookie")
    connection.close()
    return answer.status, data, cookie


def log_in(port):
    status, _, cookie = request(port, "POST", "/api/v1/session", json.dumps(
        {"email": "bench@example.jp", "password": "bench-password-1"}).encode(), {"Content-Type": "application/json"})
    assert status == 200, status
    return cookie.split(";")[0]


def registrations(servers, codes, clients):
    """Registrations per second: each client registers its share of the codes, one request each, all through
    one of the servers (`(port, cookie)` pairs): client k through server k mod their count."""
    def register(port, cookie, code):
        body = json.dumps({"customer": "bench@example.jp", "codes": [code]}).encode()
        status, data, _ = request(port, "POST", "/api/v1/registrations", body, {"Content-Type": "application/json", "Cookie": cookie})
        assert status == 200 and json.loads(data)["results"][0]["status"] == "registered", data[:200]

    def client(index):
        port, cookie = servers[index % len(servers)]
        for code in codes[index::clients]:
            register(port, cookie, code)
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    return len(codes) / (time.perf_counter() - started)


def upload(port, cookie, path):
    boundary = uuid.uuid4().hex
    with open(path, "rb") as file:
        content = file.read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"{os.path.basename(path)}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    started = time.perf_counter()
    status, data, _ = request(port, "POST", "/api/v1/decode", body,
                              {"Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": cookie})
    elapsed = time.perf_counter() - started
    assert status == 200 and json.loads(data)[0]["error"] is None, data[:200]
    return elapsed


def uploads(port, cookie, path, total, clients):
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        return list(pool.map(lambda _: upload(port, cookie, path), range(total)))


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--remo", default=os.path.join(ROOT, ".build", "release", "remo"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--per-run", type=int, default=300, help="typed codes registered per run and client count")
    parser.add_argument("--clients", default="1,8,32", help="the client counts, comma-separated")
    parser.add_argument("--postgres", help="a PostgreSQL database (postgres://USER@HOST:PORT/DATABASE): a new schema")
    parser.add_argument("--servers", type=int, default=1, help="remo serve processes on the ledger, for the registrations")
    parser.add_argument("--registrations-only", action="store_true", help="no memory and no uploads")
    arguments = parser.parse_args()
    counts = [int(count) for count in arguments.clients.split(",")]
    folder = tempfile.mkdtemp(prefix="remo-bench-serve-")
    db, codes = seed(arguments.remo, folder, arguments.per_run * len(counts) * arguments.runs, arguments.postgres)
    if arguments.postgres or arguments.servers > 1:
        print(f"ledger: {db}; {arguments.servers} server(s)")
    if not arguments.registrations_only:
        # Memory first, on a server that has done nothing else yet.
        server = Server(arguments.remo, db, folder)
        try:
            cookie = log_in(server.port)
            before = server.peak_kb()
            times = uploads(server.port, cookie, os.path.join(PHOTOS, "phone-nominal.jpg"), 20, 20)
            after = server.peak_kb()
            size = os.path.getsize(os.path.join(PHOTOS, "phone-nominal.jpg")) / 1_048_576
            print(f"peak memory (VmHWM) of a fresh server: {before / 1024:.0f} MB idle, {after / 1024:.0f} MB after 20 uploads"
                  f" of a 12 MP JPEG ({size:.1f} MB) at once (answered in {statistics.median(times):.1f} s median,"
                  f" {max(times):.1f} s the last)")
        finally:
            server.stop()
    servers = []
    try:
        for index in range(arguments.servers):
            servers.append(Server(arguments.remo, db, folder, f"serve-{index}"))
        logged_in = [(server.port, log_in(server.port)) for server in servers]
        rates = {count: [] for count in counts}
        next_code = 0
        for _ in range(arguments.runs):
            for count in counts:
                batch = codes[next_code:next_code + arguments.per_run]
                next_code += arguments.per_run
                rates[count].append(registrations(logged_in, batch, count))
        servers_text = f", {arguments.servers} servers" if arguments.servers > 1 else ""
        print(f"typed-code registrations per second (median of {arguments.runs} runs of {arguments.per_run}{servers_text}):")
        for count in counts:
            print(f"  {count:>2} clients: {statistics.median(rates[count]):7.1f} /s   runs: "
                  + ", ".join(f"{rate:.1f}" for rate in rates[count]))
        if not arguments.registrations_only:
            port, cookie = logged_in[0]
            for name in ["phone-nominal.jpg", "phone-low-light.heic"]:
                uploads(port, cookie, os.path.join(PHOTOS, name), 2, 2)  # warm up
                times = uploads(port, cookie, os.path.join(PHOTOS, name), 20, 4)
                print(f"upload to result, {name} (12 MP), 20 uploads 4 at a time: median {statistics.median(times) * 1000:.0f} ms,"
                      f" p95 {p95(times) * 1000:.0f} ms")
    finally:
        for server in servers:
            server.stop()


if __name__ == "__main__":
    main()
