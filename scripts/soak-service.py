#!/usr/bin/env python3
"""A soak of `vanban serve` under attack (docs/security.md): for DURATION seconds, slow uploads,
bursts of renders and one hostile request of each class arrive while a normal client renders a
công văn again and again. Passes when the normal client is always answered 200 within the
deadline, no answer is a 5xx, every hostile request gets its 4xx JSON problem, and the resident
memory after the load is near where it started.

    scripts/soak-service.py [--duration 60] [--serve .build/release/vanban-serve]

Prints one JSON object with the counts, latencies and memory; exit status 0 when it passes.
Standard library only."""
import argparse, base64, http.client, json, os, signal, socket, struct, subprocess, sys, threading, time, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def png(width, height, idat, bad_crc=False):
    def chunk(kind, data, bad=False):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc ^ (1 if bad else 0))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat, bad_crc) + chunk(b"IEND", b"")


def data_url(data):
    return "data:image/png;base64," + base64.b64encode(data).decode()


def document(body='"Nội dung."', signer="", extra=""):
    return ('{"type": "cong-van", "issuer": {"name": "SỞ NỘI VỤ"}, "number": {"seq": 1, "symbol": "SNV-VP"}, '
            '"place": "Trà Vinh", "date": "2024-03-05", "subject": "thử", "body": [%s], '
            '"signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"%s}], "distribution": ["Lưu: VT"]%s}'
            % (body, signer, extra)).encode()


def hostile_requests():
    """(name, path, body, expected status, expected code) of each class of issue 13."""
    raw = b"".join(b"\0" + b"\xc8\0\0\xff" * 10 for _ in range(10))
    good = png(10, 10, zlib.compress(raw))
    row = "[" + ",".join(['"x"'] * 50) + "]"
    return [
        ("overflowing PNG header", "/v1/render", document(signer=', "signature": "%s"' % data_url(png(0xFFFFFFFF, 0xFFFFFFFF, b""))), 422, "MODEL.IMAGE_TOO_LARGE"),
        ("PNG with a bad checksum", "/v1/render", document(signer=', "seal": "%s"' % data_url(png(10, 10, zlib.compress(raw), True))), 422, "MODEL.IMAGE"),
        ("truncated PNG", "/v1/check", document(signer=', "seal": "%s"' % data_url(good[:-30])), 200, "MODEL.IMAGE"),
        ("200,000 stars", "/v1/render", document(body='"%s"' % ("*" * 200000)), 200, None),
        ("unclosed footnotes", "/v1/render", document(body='"%s"' % ("^[" * 100000)), 200, None),
        ("combining storm", "/v1/render", document(body='"a%s"' % ("\u0301" * 120000)), 422, "MODEL.COMBINING_MARKS"),
        ("5 MB data: subject", "/v1/render", ('{"type": "cong-van", "subject": "data:%s", "body": ["x"]}' % ("x" * (5 << 20))).encode(), 422, "MODEL.TOO_LONG"),
        ("7 MB key", "/v1/render", ('{"%s": 1}' % ("k" * (7 << 20))).encode(), 400, "JSON.SYNTAX"),
        ("nonsense column widths", "/v1/render", document(body='{"table": {"columns": ["nanmm", 1e308], "rows": [["a", "b"]]}}'), 422, "MODEL.LENGTH"),
        ("a table of 105,000 cells", "/v1/render", document(body='{"table": {"rows": [%s]}}' % ",".join([row] * 2100)), 422, "MODEL.TOO_LARGE"),
    ]


class Service:
    def __init__(self, serve, workers, deadline):
        self.process = subprocess.Popen(
            [serve, "--resources", ROOT, "--port", "0", "--workers", str(workers), "--deadline", str(deadline), "--log-level", "warning"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = self.process.stdout.readline().decode()
        self.port = int(line.rsplit(":", 1)[1])

    def rss_kb(self):
        with open("/proc/%d/status" % self.process.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def request(self, method, path, body=None, timeout=60):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
            answer = connection.getresponse()
            return answer.status, answer.read(), answer.getheader("Content-Type") or ""
        finally:
            connection.close()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--serve", default=os.path.join(ROOT, ".build/release/vanban-serve"))
    parser.add_argument("--deadline", type=float, default=10)
    args = parser.parse_args()

    service = Service(args.serve, workers=2, deadline=args.deadline)
    normal_body = open(os.path.join(ROOT, "examples/cong-van-405-CV-BTGTU.json"), "rb").read()
    for _ in range(5):
        service.request("POST", "/v1/render", normal_body)
    rss_start = service.rss_kb()
    stop = time.time() + args.duration
    lock = threading.Lock()
    results = {"normal": [], "normal_failures": [], "burst": {}, "hostile": [], "slow_uploads": 0, "server_errors": 0}

    def normal_client():
        while time.time() < stop:
            start = time.time()
            try:
                status, body, _ = service.request("POST", "/v1/render", normal_body, timeout=args.deadline + 5)
            except Exception as error:  # noqa: BLE001 - any failure is a finding
                status, body = "error: %s" % error, b""
            elapsed = time.time() - start
            with lock:
                results["normal"].append(elapsed)
                if status != 200 or elapsed > args.deadline:
                    results["normal_failures"].append([status, round(elapsed, 3)])

    def slow_uploader():
        while time.time() < stop:
            sockets = []
            for _ in range(30):
                try:
                    s = socket.create_connection(("127.0.0.1", service.port))
                    s.sendall(b"POST /v1/render HTTP/1.1\r\nHost: x\r\nContent-Length: 8388608\r\n\r\n{")
                    sockets.append(s)
                except OSError:
                    pass
            with lock:
                results["slow_uploads"] += len(sockets)
            end = min(stop, time.time() + args.deadline + 2)
            while time.time() < end:
                for s in sockets:
                    try:
                        s.sendall(b" ")
                    except OSError:
                        pass
                time.sleep(1)
            for s in sockets:
                s.close()

    def burst():
        while time.time() < stop:
            threads = [threading.Thread(target=burst_one) for _ in range(20)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            time.sleep(2)

    def burst_one():
        try:
            status, _, _ = service.request("POST", "/v1/render", normal_body, timeout=args.deadline + 5)
        except Exception:  # noqa: BLE001
            status = "error"
        with lock:
            results["burst"][str(status)] = results["burst"].get(str(status), 0) + 1
            if isinstance(status, int) and status >= 500 and status != 503:
                results["server_errors"] += 1

    def hostile():
        requests = hostile_requests()
        i = 0
        while time.time() < stop:
            name, path, body, expected, code = requests[i % len(requests)]
            try:
                status, answer, kind = service.request("POST", path, body, timeout=args.deadline + 5)
                codes = [d["code"] for d in json.loads(answer)["diagnostics"]] if "json" in kind else []
                ok = status == expected and (code is None or code in codes)
            except Exception as error:  # noqa: BLE001
                status, codes, ok = "error: %s" % error, [], False
            with lock:
                results["hostile"].append({"request": name, "status": status, "ok": ok})
                if isinstance(status, int) and status >= 500 and status != 503:
                    results["server_errors"] += 1
            i += 1
            time.sleep(0.2)
        # A request that is not HTTP at all.
        s = socket.create_connection(("127.0.0.1", service.port))
        s.sendall(b"NOT\x00HTTP / HTTP/1.1\r\n\r\n")
        answer = s.recv(4096)
        with lock:
            results["hostile"].append({"request": "not HTTP", "status": answer[:12].decode(errors="replace"),
                                       "ok": answer.startswith(b"HTTP/1.1 400") and b"SERVICE.HTTP" in answer})

    workers = [threading.Thread(target=f) for f in (normal_client, slow_uploader, burst, hostile)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    time.sleep(3)
    for _ in range(3):
        service.request("POST", "/v1/render", normal_body)
    rss_end = service.rss_kb()
    exit_status = service.stop()

    latencies = sorted(results["normal"])
    hostile_failed = [h for h in results["hostile"] if not h["ok"]]
    summary = {
        "duration_s": args.duration,
        "normal_renders": len(latencies),
        "normal_p50_ms": round(latencies[len(latencies) // 2] * 1000, 1) if latencies else None,
        "normal_max_ms": round(latencies[-1] * 1000, 1) if latencies else None,
        "normal_failures": results["normal_failures"],
        "burst_answers": results["burst"],
        "slow_uploads_opened": results["slow_uploads"],
        "hostile_requests": len(results["hostile"]),
        "hostile_unexpected": hostile_failed[:10],
        "server_errors": results["server_errors"],
        "rss_start_mb": round(rss_start / 1024, 1),
        "rss_end_mb": round(rss_end / 1024, 1),
        "exit_status": exit_status,
    }
    passed = (latencies and not results["normal_failures"] and not hostile_failed and results["server_errors"] == 0
              and rss_end <= rss_start + 48 * 1024 and exit_status == 0)
    summary["passed"] = bool(passed)
    print(json.dumps(summary, ensure_ascii=False))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
