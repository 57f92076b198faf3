// A libFuzzer target over everything that reads a document: the JSON parser, the input
// sanitiser, the decoder, the thể thức checks, layout, and (for inputs that decode) the PDF.
// Built normally it replays files given as arguments (a corpus or a crash); built with
// -sanitize=fuzzer -DFUZZING it is driven by libFuzzer (docs/fuzzing.md).
#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import VanBan

/// Writes to standard error.
func report(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}

/// One engine for the whole run (fonts loaded once); `VANBAN_RESOURCES` or the working directory.
let engine: Engine = {
    let root = getenv("VANBAN_RESOURCES").map { String(cString: $0) } ?? "."
    do {
        return try Engine(resources: Resources(root: root))
    } catch {
        report("VanBanFuzz: cannot load the resources in \(root): \(error)\n")
        exit(2)
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var options = RenderOptions(enforceChecks: false)
    options.limits.pages = 50  // keep each run short; the limit itself is part of what is tested
    let result = engine.check(json: bytes, options: options)
    if !result.hasErrors, bytes.count < 64 << 10 {
        let rendered = try? engine.render(json: bytes, options: options)
        if let pdf = rendered?.pdf, !pdf.starts(with: Array("%PDF-".utf8)) { abort() }
    }
    // Every failure is a diagnostic with a code and a message.
    for d in result.diagnostics where d.code.rawValue.isEmpty || d.message.isEmpty { abort() }
    return 0
}

#if FUZZING
/// SwiftPM links an executable's entry point as `<target>_main`; libFuzzer's own `main` is then
/// left out, so this one hands over to its driver.
@_cdecl("VanBanFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
}
#else
@main
struct Replay {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            report("usage: VanBanFuzz FILE... (replays inputs; see docs/fuzzing.md for the libFuzzer build)\n")
            exit(2)
        }
        for file in files {
            guard let handle = fopen(file, "rb") else {
                report("cannot open \(file)\n")
                exit(2)
            }
            var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&chunk, 1, chunk.count, handle)
                bytes += chunk[0..<n]
                if n < chunk.count { break }
            }
            fclose(handle)
            _ = bytes.withUnsafeBufferPointer { fuzzOne($0.baseAddress, $0.count) }
            print("ok \(file)")
        }
    }
}
#endif
