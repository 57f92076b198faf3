// VanBan benchmark: in-process render throughput of generated documents, with the time split
// between layout (shaping + breaking + pagination) and PDF (drawing + Cairo finish + post-processing).
// Usage: vanban-bench [RESOURCES_ROOT] [DOCUMENTS]
#if canImport(Glibc)
import Glibc
#endif
import VanBan

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// A document of about `words` words, different for every `seed` (no two paragraphs alike).
func document(seed: Int, words: Int) -> Document {
    let syllables = ["cán", "bộ", "đảng", "viên", "hội", "các", "đoàn", "thể", "quần", "chúng", "nhân", "dân", "trên",
                     "địa", "bàn", "tỉnh", "thực", "hiện", "khá", "tốt", "việc", "đăng", "tải", "chia", "sẻ", "thông",
                     "tin", "mạng", "xã", "góp", "phần", "tuyên", "truyền", "chủ", "trương,", "đường", "lối", "của",
                     "Đảng,", "chính", "sách,", "pháp", "luật", "Nhà", "nước;", "“sạch”", "số", "405-CV/BTGTU", "24/8/2021"]
    var state = UInt64(bitPattern: Int64(seed)) &* 6364136223846793005 &+ 1442695040888963407
    func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33)
    }
    var body: [String] = []
    var remaining = words
    while remaining > 0 {
        let count = min(remaining, 40 + next() % 80)
        var words: [String] = []
        for i in 0..<count {
            let word = syllables[next() % syllables.count]
            words.append(i % 17 == 5 ? "*\(word)*" : i % 23 == 7 ? "**\(word)**" : word)
        }
        body.append(words.joined(separator: " ") + " \(seed).")
        remaining -= count
    }
    return Document(
        type: "cong-van", issuer: Issuer(parent: ["TỈNH ỦY TRÀ VINH"], name: ["BAN TUYÊN GIÁO"]),
        number: DocumentNumber(seq: seed + 1, symbol: "BTGTU-VP"), place: "Trà Vinh", date: PartialDate(iso: "2024-03-05"),
        subject: ["chấn chỉnh việc đăng, chia sẻ, bình luận thông tin trên mạng xã hội \(seed)"],
        addressees: ["Các huyện ủy, thị ủy, thành ủy", "Các đảng ủy trực thuộc Tỉnh ủy", "Các sở, ban, ngành, đoàn thể tỉnh"],
        body: body.map { .paragraph(Paragraph($0)) },
        signers: [Signer(title: ["TRƯỞNG BAN"], name: "Trần Quốc Tuấn")],
        distribution: ["Thường trực Tỉnh ủy (để b/c)", "Như Kính gửi", "Lãnh đạo Ban", "Lưu: VT"])
}

/// `value` with `digits` decimals (no Foundation formatting).
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
    return text
}

let arguments = CommandLine.arguments
let root = arguments.count > 1 ? arguments[1] : "."
let count = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200
do {
    let engine = try Engine(resources: Resources(root: root))
    for (label, words) in [("1-page document (~420 words)", 420), ("2-page document (~1000 words)", 1000)] {
        _ = try engine.render(document(seed: -1, words: words))  // warm-up: profile load, first Cairo faces
        var layoutTime = 0.0, total = 0.0, pages = 0, bytes = 0
        for i in 0..<count {
            let doc = document(seed: i, words: words)
            let t0 = now()
            let laidOut = try engine.layout(doc)
            let t1 = now()
            let pdf = try engine.pdf(laidOut)
            let t2 = now()
            layoutTime += t1 - t0
            total += t2 - t0
            pages += laidOut.pages.count
            bytes += pdf.count
        }
        let perDoc = total / Double(count)
        print("\(label): \(count) documents, \(pages / count) pages each, \(bytes / count / 1024) KB each")
        print("  render \(fixed(perDoc, 2)) ms/doc (\(fixed(1000 / perDoc, 0)) docs/s), of which layout "
              + "\(fixed(layoutTime / Double(count), 2)) ms, PDF \(fixed((total - layoutTime) / Double(count), 2)) ms; peak RSS \(fixed(peakRSSMegabytes(), 1)) MB")
    }
    // The signing step's extra work: boxes and empty /Sig fields appended as an incremental update.
    var plain = 0.0, withFields = 0.0
    for i in 0..<count {
        let doc = document(seed: i, words: 1000)
        let t0 = now()
        _ = try engine.render(doc)
        let t1 = now()
        _ = try engine.render(doc, options: RenderOptions(signatureFields: true))
        withFields += now() - t1
        plain += t1 - t0
    }
    print("signature fields (2-page document): \(fixed(plain / Double(count), 2)) ms/doc without, "
          + "\(fixed(withFields / Double(count), 2)) ms/doc with")
} catch {
    print("bench failed: \(error)")
    exit(1)
}
