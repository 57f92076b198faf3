// VanBan benchmarks (`make bench`; never part of the tests). Every document is generated afresh
// (TextGenerator: no two paragraphs alike). Usage:
//   VanBanBench [ROOT] [COUNT] [--batch N]
// ROOT holds fonts/, layouts/ and .build/release/vanban; COUNT documents per in-process scenario;
// --batch N also runs `vanban batch` on N generated documents (peak RSS over a long batch).
//   VanBanBench --emit N DIR   writes N generated 2-page công văn as DIR/doc-0.json… and
//                              DIR/batch.jsonl (the same N, for `make bench-service`).
#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import VanBan
import VanBanPages
import VanBanTestSupport

let arguments = CommandLine.arguments
let root = arguments.count > 1 ? arguments[1] : "."
let count = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200
let batchCount = arguments.firstIndex(of: "--batch").flatMap { arguments.count > $0 + 1 ? Int(arguments[$0 + 1]) : nil }

if let flag = arguments.firstIndex(of: "--emit"), arguments.count > flag + 2, let n = Int(arguments[flag + 1]) {
    let dir = arguments[flag + 2]
    guard let lines = fopen(dir + "/batch.jsonl", "w") else { print("cannot write \(dir)/batch.jsonl"); exit(1) }
    for i in 0..<n {
        let json = DocumentEncoder.json(Documents.congVan(i + 7_000_000)).serialized(indent: nil)
        guard let file = fopen("\(dir)/doc-\(i).json", "w") else { print("cannot write \(dir)/doc-\(i).json"); exit(1) }
        fputs(json, file)
        fclose(file)
        fputs(json + "\n", lines)
    }
    fclose(lines)
    exit(0)
}

// `--profile N`: only N công văn, for a profiler (`valgrind --tool=callgrind`, `perf record`).
if let flag = arguments.firstIndex(of: "--profile"), arguments.count > flag + 1, let n = Int(arguments[flag + 1]) {
    do {
        let engine = try Engine(resources: Resources(root: root))
        for i in 0..<n { _ = try engine.render(Documents.congVan(i)) }
    } catch {
        print("bench failed: \(error)")
        exit(1)
    }
    exit(0)
}

do {
    let start = now()
    let engine = try Engine(resources: Resources(root: root))
    let loaded = now()
    _ = try engine.render(Documents.congVan(-7))
    let firstRender = now() - loaded
    print("VanBan \(VanBanVersion.string) benchmarks — \(count) documents per scenario, release build, \(Measure.cores) cores")
    print("")
    print("Start-up in process: Engine(resources:) \(fixed(loaded - start, 2)) ms (4 faces read and unhinted, profiles hashed), "
          + "first render \(fixed(firstRender, 2)) ms (profile parsed, Cairo and FreeType state created)")
    print("")

    // 1. One worker, in process (fonts loaded once).
    print("One worker, in process:")
    let scenarios: [(String, Int, (Int) -> Document)] = [
        ("2-page công văn", count, { Documents.congVan($0) }),
        ("1-page quyết định", count, { Documents.quyetDinh($0) }),
        ("40-page kế hoạch with tables", max(5, count / 40), { Documents.keHoach($0) }),
    ]
    for (label, n, make) in scenarios {
        let result = try Measure.render(engine, n, make)
        print(result.line(label))
        let split = try Measure.split(engine, max(5, n / 4), make)
        print("      of which layout \(fixed(split.layout, 2)) ms (resolve, shape, break, paginate), PDF \(fixed(split.pdf, 2)) ms (Cairo drawing, subsetting, deflate; finish)")
    }
    print("")

    // 2. Two workers sharing one engine, in alternating rounds with one worker.
    let parallel = try Measure.parallel(engine, workers: 2, max(10, count / 5)) { Documents.congVan($0 + 1_000_000) }
    print("Two workers, in process, 2-page công văn: best \(fixed(parallel.many, 1)) docs/s against \(fixed(parallel.one, 1)) with one; "
          + "median ratio of alternating rounds \(fixed(parallel.ratio, 2))×")
    print("")

    // 3. Cost per page: 1 page against 100 pages.
    let one = try Measure.render(engine, count, { Documents.pages($0 + 2_000_000, 1) })
    let hundred = try Measure.render(engine, 5, { Documents.pages($0 + 3_000_000, 100) })
    print("Cost per page:")
    print(one.line("1-page document"))
    print(hundred.line("100-page document"))
    print("  100 pages take \(fixed(hundred.best / one.best, 1))× the time of 1 page (best rounds; \(fixed(hundred.median / one.median, 1))× by medians)")
    print("")

    // 4. Typography: how evenly justified lines are spaced (docs/typography.md).
    let survey = try TypographyCorpus.survey(engine, root: root)
    print("Word spacing (every example and 1,200 generated paragraphs): \(survey.looseLines) of \(survey.justifiedLines) justified lines "
          + "loose (gaps over \(fixed(WordSpacingSurvey.looseThreshold, 1))× the natural space): \(fixed(survey.loosePercent, 2)) %; "
          + "\(survey.letterSpacedLines) lines letter-spaced instead; widest spacing \(fixed(survey.widest, 2))×")
    print("")

    // 5. Cold start of the command line.
    let cli = root + "/.build/release/vanban"
    if access(cli, X_OK) == 0 {
        // Into a folder of its own: `render` looks through its output folder for stale temporary
        // files, and a crowded /tmp would be timed too.
        mkdir("/tmp/vanban-bench-cold", 0o755)
        let cold = Measure.cold(cli, [ "render", root + "/examples/cong-van.json", "-o", "/tmp/vanban-bench-cold/cong-van.pdf"], runs: 21)
        print("Cold `vanban render examples/cong-van.json`: median \(fixed(cold.median, 1)) ms wall (min \(fixed(cold.min, 1)), max \(fixed(cold.max, 1))) over 21 runs")

        // 6. A long batch through the command line.
        if let batchCount {
            for jobs in [1, 2] {
                let run = try Measure.batch(cli, documents: batchCount, jobs: jobs)
                print("`vanban batch` of \(batchCount) công văn (JSON Lines), --jobs \(jobs): \(fixed(run.seconds, 1)) s, \(fixed(Double(batchCount) / run.seconds, 1)) docs/s, peak memory \(fixed(run.rss, 1)) MB")
            }
        }
    } else {
        print("(no \(cli): run `swift build -c release --product vanban` for the command-line figures)")
    }
} catch {
    print("bench failed: \(error)")
    exit(1)
}

