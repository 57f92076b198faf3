import Foundation
import Synchronization
import VanBan
import VanBanText

/// Paths of the checkout the tests run in.
public enum Repository {
    /// The repository root (this file is `Tests/VanBanTestSupport/Repository.swift`).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The bundled resources.
    public static var resources: Resources { Resources(root: root) }

    /// The bundled faces, loaded once for all tests.
    public static let fonts: FontBook = {
        do { return try FontBook(source: resources.fonts) } catch { fatalError("bundled fonts: \(error)") }
    }()

    /// One engine for all tests.
    public static let engine: Engine = {
        do { return try Engine(resources: resources) } catch { fatalError("engine: \(error)") }
    }()

    /// The bundled examples (`examples/*.json`), full paths in name order.
    public static let examples: [String] = {
        let dir = root + "/examples"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { dir + "/" + $0 }
    }()

    /// A fresh temporary folder, removed with everything in it when the test process exits (a
    /// test run leaves nothing behind in the system's temporary folder).
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        madeDirectories.withLock { made in
            if made.isEmpty { atexit { Repository.removeTemporaryDirectories() } }
            made.append(url)
        }
        return url
    }

    private static let madeDirectories = Mutex<[URL]>([])

    private static func removeTemporaryDirectories() {
        for url in madeDirectories.withLock({ $0 }) { try? FileManager.default.removeItem(at: url) }
    }

    /// The `vanban` executable built next to the test bundle.
    public static var cli: URL {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // swift test runs <build>/debug/VanBanPackageTests.xctest
        if dir.lastPathComponent.hasSuffix(".xctest") { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("vanban")
    }
}

/// Runs a program and collects its output.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: String
    public var text: String { String(decoding: stdout, as: UTF8.self) }
}

public enum Run {
    /// Runs `program` with `arguments` (looked up in PATH), optionally feeding `input`; `environment`
    /// adds to (or, with an empty value, removes from) the test's own environment.
    public static func program(_ program: String, _ arguments: [String], input: Data? = nil,
                               environment: [String: String] = [:]) throws -> ProcessResult {
        let process = Process()
        if !environment.isEmpty {
            var merged = ProcessInfo.processInfo.environment
            for (name, value) in environment { merged[name] = value.isEmpty ? nil : value }
            process.environment = merged
        }
        process.executableURL = program.hasPrefix("/") ? URL(fileURLWithPath: program) : URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so neither fills up.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `pdftotext -raw` of a PDF (`-raw` keeps spaces that the default mode drops: docs/architecture.md, "PDF output").
    public static func pdftotext(_ pdf: [UInt8], firstPage: Int? = nil, lastPage: Int? = nil) throws -> String {
        let file = try write(pdf)
        var args = ["-raw", "-enc", "UTF-8"]
        if let firstPage { args += ["-f", String(firstPage)] }
        if let lastPage { args += ["-l", String(lastPage)] }
        let result = try program("pdftotext", args + [file.path, "-"])
        guard result.status == 0 else { throw RunError(message: "pdftotext: \(result.stderr)") }
        return result.text
    }

    /// Writes bytes to a temporary `.pdf` file.
    public static func write(_ pdf: [UInt8], name: String = "doc.pdf") throws -> URL {
        let url = try Repository.temporaryDirectory().appendingPathComponent(name)
        try Data(pdf).write(to: url)
        return url
    }
}

public struct RunError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}

extension Run {
    /// Runs `program` under `/usr/bin/time` and returns its result (standard error without the
    /// measurement), its peak resident memory in kilobytes and its wall time in seconds.
    public static func measured(_ program: String, _ arguments: [String], input: Data? = nil) throws
        -> (result: ProcessResult, peakKilobytes: Int, seconds: Double) {
        let start = Date()
        var result = try Run.program("/usr/bin/time", ["-f", "VANBAN-PEAK-KB %M"] + [program] + arguments, input: input)
        let seconds = Date().timeIntervalSince(start)
        var lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.lastIndex(where: { $0.hasPrefix("VANBAN-PEAK-KB ") }),
              let peak = Int(lines[index].dropFirst("VANBAN-PEAK-KB ".count)) else {
            throw RunError(message: "no measurement from /usr/bin/time: \(result.stderr.suffix(300))")
        }
        lines.remove(at: index)
        // /usr/bin/time adds "Command exited with non-zero status N".
        lines.removeAll { $0.hasPrefix("Command exited with non-zero status") || $0.hasPrefix("Command terminated by signal") }
        result.stderr = lines.joined(separator: "\n")
        return (result, peak, seconds)
    }
}

extension Diagnostic {
    /// The diagnostic worded in English by the bundled catalogue, as `vanban --lang en` shows it.
    public var english: Diagnostic { Repository.engine.messages[.en].word(self) }
}

extension DiagnosticError {
    /// The diagnostics worded in English.
    public var english: [Diagnostic] { diagnostics.map(\.english) }
}

extension RenderOptions {
    /// The thể thức checks reported, not enforced (`--force`): for tests of what a render draws
    /// from documents that are deliberately incomplete (no signer, no Nơi nhận).
    public static var unchecked: RenderOptions {
        var options = RenderOptions()
        options.enforceChecks = false
        return options
    }
}
