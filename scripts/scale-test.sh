#!/usr/bin/env bash
# Many instances behind one load balancer (docs/scale.md): three `vanban-serve` on loopback
# ports behind nginx (run as a plain process with its configuration in a temporary folder),
# 1,000 render requests from a thread pool, one instance killed (SIGKILL) a third of the way
# through and started again on its port two thirds of the way. Every request must get its PDF:
# nginx passes a request the dead instance could not answer to the next one
# (`proxy_next_upstream error timeout http_502 http_503 non_idempotent`: a render has no side
# effect, so sending it again is safe). About 25 s; stopped after 90. `make test` runs it last.
#   VANBAN_SERVE   the service binary (default .build/debug/vanban-serve)
#   REQUESTS       how many renders (default 1000)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
command -v nginx >/dev/null || PATH="$PATH:/usr/sbin"
command -v nginx >/dev/null || { echo "scale-test: nginx is missing (scripts/ensure-deps.sh --test installs it)" >&2; exit 1; }
serve="${VANBAN_SERVE:-$root/.build/debug/vanban-serve}"
[ -x "$serve" ] || { echo "scale-test: $serve not found (swift build --product vanban-serve, or set VANBAN_SERVE)" >&2; exit 1; }

exec timeout --kill-after=10 90 python3 - "$serve" "$root" "${REQUESTS:-1000}" <<'EOF'
import concurrent.futures, http.client, json, os, signal, socket, subprocess, sys, tempfile, threading, time

serve, root, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
work = tempfile.mkdtemp(prefix="vanban-scale-")
processes = {}

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def start(index, port):
    """An instance on `port`; returns once it says it listens."""
    out = open(os.path.join(work, f"serve-{index}.out"), "w+")
    log = open(os.path.join(work, f"serve-{index}.log"), "a")
    process = subprocess.Popen([serve, "--resources", root, "--port", str(port), "--workers", "1", "--queue", "256",
                                "--max-per-client", "0", "--log-level", "warning"], stdout=out, stderr=log)
    for _ in range(300):
        out.seek(0)
        if "listening on" in out.read():
            processes[index] = process
            return
        if process.poll() is not None:
            sys.exit(f"scale-test: instance {index} exited: {open(log.name).read()[-2000:]}")
        time.sleep(0.05)
    sys.exit(f"scale-test: instance {index} did not start")

ports = [free_port() for _ in range(3)]
for i, port in enumerate(ports):
    start(i, port)

balancer = free_port()
upstreams = "\n".join(f"    server 127.0.0.1:{p} max_fails=0;" for p in ports)
open(os.path.join(work, "nginx.conf"), "w").write(f"""
daemon off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 512; }}
http {{
  access_log off;
  client_body_temp_path {work}/body;
  proxy_temp_path {work}/proxy;
  fastcgi_temp_path {work}/fastcgi;
  uwsgi_temp_path {work}/uwsgi;
  scgi_temp_path {work}/scgi;
  upstream vanban {{
{upstreams}
    keepalive 16;
  }}
  server {{
    listen 127.0.0.1:{balancer};
    client_max_body_size 8m;
    location / {{
      proxy_pass http://vanban;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }}
  }}
}}
""")
nginx = subprocess.Popen(["nginx", "-p", work, "-e", f"{work}/nginx-error.log", "-c", f"{work}/nginx.conf"],
                         stdout=subprocess.DEVNULL, stderr=open(f"{work}/nginx.stderr", "w"))

def cleanup():
    for process in list(processes.values()) + [nginx]:
        if process.poll() is None:
            process.terminate()
    for process in list(processes.values()) + [nginx]:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    subprocess.run(["rm", "-rf", work])

try:
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", balancer), timeout=0.2):
                break
        except OSError:
            if nginx.poll() is not None:
                sys.exit("scale-test: nginx exited: " + open(f"{work}/nginx.stderr").read() + open(f"{work}/nginx-error.log").read())
            time.sleep(0.05)

    examples = [os.path.join(root, "examples", name) for name in ("cong-van.json", "giay-moi.json", "thong-bao.json", "quyet-dinh.json")]
    bodies = [open(path, "rb").read() for path in examples if os.path.exists(path)]
    local = threading.local()
    done = 0
    lock = threading.Lock()
    failures = []

    def render(n):
        global done
        if not hasattr(local, "connection"):
            local.connection = http.client.HTTPConnection("127.0.0.1", balancer, timeout=60)
        body = bodies[n % len(bodies)]
        try:
            local.connection.request("POST", "/v1/render", body=body, headers={"Content-Type": "application/json"})
            response = local.connection.getresponse()
            data = response.read()
            ok = response.status == 200 and data.startswith(b"%PDF-")
            if not ok:
                failures.append(f"request {n}: HTTP {response.status} {data[:200]!r}")
        except Exception as error:  # a connection nginx closed is a failure too
            failures.append(f"request {n}: {error!r}")
            local.connection.close()
            del local.connection
        with lock:
            done += 1

    def chaos():
        """Kill instance 1 a third of the way through; start it again two thirds of the way."""
        while done < total // 3:
            time.sleep(0.01)
        processes[1].send_signal(signal.SIGKILL)
        processes[1].wait()
        print(f"scale-test: killed instance 1 after {done} requests", flush=True)
        while done < 2 * total // 3:
            time.sleep(0.01)
        start(1, ports[1])
        print(f"scale-test: started instance 1 again after {done} requests", flush=True)

    started = time.time()
    chaos_thread = threading.Thread(target=chaos)
    chaos_thread.start()
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(render, range(total)))
    chaos_thread.join()
    seconds = time.time() - started
    retried = open(f"{work}/nginx-error.log").read().count("while connecting to upstream") + \
              open(f"{work}/nginx-error.log").read().count("upstream prematurely closed")
    print(f"scale-test: {total} renders through nginx to 3 instances in {seconds:.1f} s "
          f"({total / seconds:.1f}/s), {len(failures)} failed, {retried} passed on by nginx")
    for failure in failures[:10]:
        print("  " + failure)
    status = 1 if failures else 0
finally:
    cleanup()
sys.exit(status)
EOF
