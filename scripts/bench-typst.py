#!/usr/bin/env python3
"""VanBan beside Typst on one core (issue 20, `make bench`).

    .venv-bench/bin/python scripts/bench-typst.py DOCS [-n 200] [--long 10] [--vanban PATH]

DOCS is a folder of generated công văn (`VanBanBench . --emit N DOCS` writes doc-0.json …).
Two runs, each on the same documents for both engines:

  công văn   the first N documents (2 pages each);
  long mix   --long documents, each the header of one công văn with the bodies of --parts
             consecutive ones run together (about 22 pages for 20), written to OUT/long/.

Typst (the `typst` PyPI package, Benchmarks/typst/cong-van.typ) compiles in this process,
pinned to one core, after one warm-up compile (of a document that is not in the set), in a
fresh process each time (Typst memoises layout within a process), twice: `typst.compile` per document (a new world
each time, as the command line does) and one `typst.Compiler` reused (fonts loaded once, as in
VanBan's batch). VanBan renders the same documents with `taskset -c CPU vanban batch --jobs 1`:
its wall time includes starting the process and loading the fonts; `--report` gives the time
spent in each document as well. Page counts of the two are compared document by document.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATE = os.path.join(ROOT, "Benchmarks", "typst", "cong-van.typ")
FONTS = os.path.join(ROOT, "fonts")


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def docs_in(folder):
    files = glob.glob(os.path.join(folder, "doc-*.json"))
    return sorted(files, key=lambda f: int(re.search(r"doc-(\d+)\.json$", f).group(1)))


def make_long(sources, count, parts, folder):
    """Long documents: the header of one công văn, the bodies of `parts` of them in a row."""
    os.makedirs(folder, exist_ok=True)
    out = []
    for k in range(count):
        picked = [sources[(k * parts + i) % len(sources)] for i in range(parts)]
        docs = [json.load(open(f, encoding="utf-8")) for f in picked]
        doc = dict(docs[0])
        doc["body"] = [block for d in docs for block in d["body"]]
        path = os.path.join(folder, f"long-{k}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        out.append(path)
    return out


def run_typst(files, outdir, reuse):
    """Typst in a fresh process each time: Typst memoises layout across compiles in a process
    (comemo), and the long mix is made of the công văn's paragraphs."""
    os.makedirs(outdir, exist_ok=True)
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", "reuse" if reuse else "compile", outdir, *files]
    result = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    return result["seconds"], [pdf_pages(p) for p in result["outputs"]]


def typst_worker(mode, outdir, files):
    """Compiles `files` after one warm-up compile of a document none of them contains: the
    first one's header with a one-line body."""
    import typst

    common = dict(font_paths=[FONTS], ignore_system_fonts=True)
    compiler = typst.Compiler(TEMPLATE, root=ROOT, **common) if mode == "reuse" else None

    def one(text, dst):
        inputs = {"json": text}
        if compiler is not None:
            compiler.compile(output=dst, sys_inputs=inputs, timestamp=0)
        else:
            typst.compile(TEMPLATE, output=dst, root=ROOT, sys_inputs=inputs, timestamp=0, **common)

    warm = json.load(open(files[0], encoding="utf-8"))
    warm["body"] = ["Văn bản khởi động."]
    warm_pdf = os.path.join(outdir, "warm-up.pdf")
    one(json.dumps(warm, ensure_ascii=False), warm_pdf)
    os.remove(warm_pdf)
    outputs = [os.path.join(outdir, os.path.basename(f)[:-5] + ".pdf") for f in files]
    start = time.perf_counter()
    for src, dst in zip(files, outputs):
        with open(src, encoding="utf-8") as f:
            one(f.read(), dst)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "outputs": outputs}))


def run_vanban(vanban, files, outdir, cpu):
    os.makedirs(outdir, exist_ok=True)
    batch = os.path.join(outdir, "batch.jsonl")
    with open(batch, "w", encoding="utf-8") as out:
        for f in files:
            with open(f, encoding="utf-8") as src:
                out.write(json.dumps(json.load(src), ensure_ascii=False) + "\n")
    report = os.path.join(outdir, "report.jsonl")
    cmd = ["taskset", "-c", str(cpu), vanban, "batch", batch, "-o", outdir, "--jobs", "1", "--quiet",
           "--report", report]
    start = time.perf_counter()
    subprocess.run(cmd, check=True)
    seconds = time.perf_counter() - start
    rows = [json.loads(line) for line in open(report, encoding="utf-8")]
    inside = sum(r["milliseconds"] for r in rows) / 1000
    return seconds, inside, [r["pages"] for r in rows]


def line(label, n, seconds, pages):
    return (f"  {label:<34} {n / seconds:8.1f} docs/s {1000 * seconds / n:8.1f} ms/doc "
            f"{sum(pages) / seconds:8.1f} pages/s")


def bench(title, files, work, vanban, cpu):
    n = len(files)
    t_once, p_once = run_typst(files, os.path.join(work, "typst-compile"), reuse=False)
    t_reuse, p_reuse = run_typst(files, os.path.join(work, "typst-compiler"), reuse=True)
    v_wall, v_inside, p_vanban = run_vanban(vanban, files, os.path.join(work, "vanban"), cpu)
    mismatched = [os.path.basename(f) for f, a, b in zip(files, p_reuse, p_vanban) if a != b]
    best = min(t_once, t_reuse)
    print(f"{title}: {n} documents, {sum(p_vanban)} pages (VanBan), {sum(p_reuse)} pages (Typst); one core (cpu {cpu})")
    print(line("Typst typst.compile() per doc", n, t_once, p_once))
    print(line("Typst Compiler reused", n, t_reuse, p_reuse))
    print(line("VanBan batch --jobs 1, wall", n, v_wall, p_vanban))
    print(line("VanBan batch, in documents", n, v_inside, p_vanban))
    print(f"  VanBan/Typst (wall vs faster Typst): {best / v_wall:.2f}x documents per second")
    print(f"  page counts: {n - len(mismatched)}/{n} equal" + (f"; differ: {', '.join(mismatched[:10])}" if mismatched else ""))
    sys.stdout.flush()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        return typst_worker(sys.argv[2], sys.argv[3], sys.argv[4:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs", help="folder of doc-*.json (VanBanBench . --emit N DOCS)")
    ap.add_argument("-n", type=int, default=200, help="công văn to render (default 200)")
    ap.add_argument("--long", type=int, default=10, help="long documents (default 10; 0 skips)")
    ap.add_argument("--parts", type=int, default=20, help="công văn bodies in one long document (default 20)")
    ap.add_argument("--vanban", default=os.path.join(ROOT, ".build", "release", "vanban"))
    ap.add_argument("--cpu", type=int, default=0, help="the core both run on (default 0)")
    ap.add_argument("--out", help="folder for the PDFs (default: a temporary folder, removed)")
    args = ap.parse_args()

    import typst

    os.sched_setaffinity(0, {args.cpu})
    os.environ.setdefault("VANBAN_RESOURCES", ROOT)
    sources = docs_in(args.docs)
    if len(sources) < args.n:
        sys.exit(f"bench-typst: {args.docs} holds {len(sources)} documents, -n asks for {args.n}")
    work = args.out or tempfile.mkdtemp(prefix="bench-typst-")
    print(f"Typst {typst.__version__} (PyPI typst), template {os.path.relpath(TEMPLATE, ROOT)}; VanBan {args.vanban}")
    try:
        bench("công văn", sources[:args.n], os.path.join(work, "cong-van"), args.vanban, args.cpu)
        if args.long > 0:
            longs = make_long(sources, args.long, args.parts, os.path.join(work, "long"))
            bench(f"long mix ({args.parts} bodies each)", longs, os.path.join(work, "long-mix"), args.vanban, args.cpu)
    finally:
        if not args.out:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
