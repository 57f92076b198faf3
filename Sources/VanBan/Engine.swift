import Synchronization
import VanBanLayout
import VanBanModel
import VanBanPages
import VanBanProfile
import VanBanRender
import VanBanText

/// Options of one render.
public struct RenderOptions: Sendable, Hashable {
    /// Overrides the document's creation date in the PDF metadata.
    public var created: Timestamp?
    /// Folder that image paths in the document are relative to (the document's own folder);
    /// nil: images may only be `data:` URLs.
    public var baseDirectory: String?
    /// Append empty `/Sig` fields on the signature and seal boxes, as an incremental update.
    public var signatureFields: Bool
    /// Folders image files may come from; nil: `baseDirectory` and below. A path that resolves
    /// (symbolic links followed) outside all of them is refused (`MODEL.IMAGE_OUTSIDE`). Empty:
    /// only `data:` URLs.
    public var allowedDirectories: [String]?
    /// Bounds on input size, nesting, strings, pages and images.
    public var limits: InputLimits
    /// Thể thức check errors (`Linter`) stop the render; false (`--force`): they are reported as
    /// warnings and the PDF is made anyway.
    public var enforceChecks: Bool
    /// The tone-mark style the checks expect, instead of the profile's.
    public var toneStyle: ToneStyle?
    /// What to write: the PDF (default), or a PNG, SVG or PostScript rendering.
    public var format: OutputFormat
    /// The page the one-page formats (PNG, SVG) show, from 1.
    public var page: Int
    /// PNG and SVG: draw every page (`Rendered.pages`) instead of `page` alone.
    public var everyPage: Bool
    /// With `everyPage`: only these pages (from 1) are drawn; the others are empty in
    /// `Rendered.pages` (a preview asks for the pages in view).
    public var drawnPages: [ClosedRange<Int>]?
    /// The language of the diagnostics' messages and hints (codes and pointers are the same in all).
    public var language: Language = .en
    /// Who reads the hints: a command line (they may name `vanban check --fix`) or a program.
    public var reader: MessageCatalogue.Reader = .commandLine
    /// A PDF/A-2u file (XMP metadata, sRGB output intent; docs/pdfa.md). Off by default: no PDF/A
    /// validator runs where VanBan is built, so conformance rests on clause-by-clause tests.
    public var pdfa = false

    /// Options with every default: a PDF, images only as `data:` URLs, standard limits, checks enforced.
    public init(created: Timestamp? = nil, baseDirectory: String? = nil, signatureFields: Bool = false,
                allowedDirectories: [String]? = nil, limits: InputLimits = .standard, enforceChecks: Bool = true,
                toneStyle: ToneStyle? = nil, format: OutputFormat = .pdf, page: Int = 1, everyPage: Bool = false) {
        self.format = format
        self.page = page
        self.everyPage = everyPage
        self.created = created
        self.baseDirectory = baseDirectory
        self.signatureFields = signatureFields
        self.allowedDirectories = allowedDirectories
        self.limits = limits
        self.enforceChecks = enforceChecks
        self.toneStyle = toneStyle
    }
}

/// The result of `Engine.check`.
public struct CheckResult: Sendable {
    /// Every problem, errors first.
    public var diagnostics: [Diagnostic]
    /// The certain corrections of the thể thức findings.
    package var fixes: [LintFix]
    /// The JSON as written, when it parsed.
    public var source: JSONValue?

    /// How many findings have a certain correction.
    public var correctionCount: Int { fixes.count }

    /// Whether any problem is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The certain correction of `finding` (the value for its `path`), if it has one.
    public func fix(for finding: Diagnostic) -> JSONValue? {
        fixes.first { $0.path == finding.path && $0.code == finding.code }?.replacement
    }

    /// The JSON with every certain correction made (nil when there is nothing to correct).
    public var corrected: JSONValue? {
        guard let source, !fixes.isEmpty else { return nil }
        return Linter.apply(fixes, to: source)
    }
}

/// The result of a render.
public struct Rendered: Sendable {
    /// The output, in `format`.
    public var output: [UInt8]
    /// What `output` is: the PDF, or a PNG, SVG or PostScript rendering.
    public var format: OutputFormat
    /// With `RenderOptions.everyPage` and a one-page format: each page's output, in order (`output` is the first).
    public var pages: [[UInt8]] = []
    /// The PDF file (`output` when the format is PDF, else empty).
    public var pdf: [UInt8] { format == .pdf ? output : [] }
    /// Number of pages.
    public var pageCount: Int
    /// Warnings and notes (errors are thrown instead).
    public var diagnostics: [Diagnostic]
    /// The laid-out pages the PDF was drawn from (for tests and tools inside the package).
    package var layout: LaidOutDocument
    /// Signature, seal, number, date and stamp boxes, for the signing step.
    public var boxes: [SignatureBox]

    /// Each page's size (a landscape appendix turns its pages).
    public var pageSizes: [PageSize] { layout.pages.map(\.size) }

    /// Where the text of each JSON pointer begins: the page and the top of its first line, for
    /// every value that prints (a paragraph, a heading, a table cell, a signer's name), in page order.
    public var anchors: [TextAnchor] {
        var seen: Set<String> = []
        var anchors: [TextAnchor] = []
        for (index, page) in layout.pages.enumerated() {
            for line in page.lines where !line.path.isEmpty && seen.insert(line.path).inserted {
                anchors.append(TextAnchor(path: line.path, page: index + 1, top: line.baseline - line.size))
            }
        }
        return anchors
    }
}

/// Where a value of the document prints: its JSON pointer, the page (from 1) and the top of its
/// first line from the top of the page.
public struct TextAnchor: Sendable, Hashable {
    /// The value's JSON pointer (`/body/3`, `/signers/0/name`).
    public var path: String
    /// The page its first line is on, from 1.
    public var page: Int
    /// The top of that line (its baseline less its size), from the top of the page.
    public var top: Length
}

/// Loads fonts and profiles once and renders documents; safe to share between threads
/// (each render borrows its own shaper and Cairo state from a small pool).
public final class Engine: Sendable {
    /// The faces in use.
    package let fonts: FontBook
    /// The layout profiles (`layouts/`), each loaded on first use.
    package let profiles: ProfileStore
    /// The ICC profile of a PDF/A file's output intent, when the resources have it.
    let colourProfile: [UInt8]?
    /// The messages of every language (`messages/`).
    public let messages: MessageCatalogues
    /// Hash of VanBan's version, the faces and the profiles (`Fingerprint`).
    private let resourceFingerprint: [UInt8]
    private let contexts = Mutex<[RenderContext]>([])

    /// Loads the messages and the faces of `resources` (profiles load on first use).
    public init(resources: Resources) throws(DiagnosticError) {
        messages = try MessageCatalogues(directory: resources.messagesDirectory)
        colourProfile = resources.colourProfile.flatMap { FileBytes.read($0) }
        do {
            fonts = try FontBook(source: resources.fonts)
        } catch {
            throw DiagnosticError(messages[.en].word(error.diagnostics))
        }
        let folder = resources.layoutsDirectory
        profiles = ProfileStore(names: FileBytes.list(folder).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }) {
            FileBytes.read("\(folder)/\($0).json")
        }
        resourceFingerprint = Fingerprint.resources(fonts: fonts, profiles: profiles)
    }

    /// Decodes a JSON document, checks it and renders it. Diagnostics are worded in `options.language`.
    public func render(json: [UInt8], options: RenderOptions = RenderOptions()) throws(DiagnosticError) -> Rendered {
        try worded(options) { () throws(DiagnosticError) in
            let decoded: (Document, [Diagnostic], JSONValue)
            do {
                decoded = try DocumentDecoder.decodeWithSource(json, limits: options.limits)
            } catch let error as DiagnosticError {
                // Data errors stop here; an unknown key among them is an error too, as when the data is sound.
                throw DiagnosticError(error.diagnostics.map(Self.completeness).errorsFirst)
            } catch {
                throw DiagnosticError([Diagnostic(.error, .renderFailed, path: "", ["detail": .text("\(error)")])])
            }
            let (document, warnings, source) = decoded
            let checks: [Diagnostic]
            do {
                checks = try enforcedChecks(document, source: source, decoding: warnings, options: options)
            } catch {
                // Refused: say everything `check` finds (an unknown type, a missing glyph too), not
                // only the first stage's errors, so one round of corrections is enough.
                throw DiagnosticError(unwordedCheck(json: json, options: options).diagnostics.filter { $0.severity == .error })
            }
            var rendered = try render(document, source: json, options: options)
            rendered.diagnostics = checks + rendered.diagnostics
            return rendered
        }
    }

    /// Checks a document built in code and renders it (PDF unless `options.format` says otherwise).
    public func render(_ document: Document, options: RenderOptions = RenderOptions()) throws(DiagnosticError) -> Rendered {
        try worded(options) { () throws(DiagnosticError) in
            let checks = try enforcedChecks(document, source: DocumentEncoder.json(document), decoding: [], options: options)
            var rendered = try render(document, source: nil, options: options)
            rendered.diagnostics = checks + rendered.diagnostics
            return rendered
        }
    }

    /// `diagnostics` with their messages and hints in `language`.
    public func word(_ diagnostics: [Diagnostic], in language: Language, for reader: MessageCatalogue.Reader = .commandLine) -> [Diagnostic] {
        messages[language].word(diagnostics, for: reader)
    }

    /// Runs `body`, wording the diagnostics it returns or throws.
    private func worded(_ options: RenderOptions, _ body: () throws(DiagnosticError) -> Rendered) throws(DiagnosticError) -> Rendered {
        do {
            var rendered = try body()
            rendered.diagnostics = word(rendered.diagnostics, in: options.language, for: options.reader)
            return rendered
        } catch {
            throw DiagnosticError(word(error.diagnostics, in: options.language, for: options.reader))
        }
    }

    /// Everything wrong with a JSON document, without making a PDF: decoding, the thể thức
    /// checks, images, and layout (a missing glyph, too many pages). Never throws.
    public func check(json: [UInt8], options: RenderOptions = RenderOptions()) -> CheckResult {
        var result = unwordedCheck(json: json, options: options)
        result.diagnostics = word(result.diagnostics, in: options.language, for: options.reader)
        return result
    }

    private func unwordedCheck(json: [UInt8], options: RenderOptions) -> CheckResult {
        let decoded: (Document, [Diagnostic], JSONValue)
        do {
            decoded = try DocumentDecoder.decodeWithSource(json, limits: options.limits)
        } catch {
            let (diagnostics, fixes) = Self.decodingCorrections(error.diagnostics.map(Self.completeness))
            return CheckResult(diagnostics: diagnostics.errorsFirst, fixes: fixes, source: try? JSONParser.parse(json))
        }
        let (document, warnings, source) = decoded
        var diagnostics = warnings.map(Self.completeness)
        var findings: [LintFinding] = []
        do {
            let (profile, note) = try profile(for: document)
            if let note { diagnostics.insert(note, at: 0) }
            findings = Linter.check(document, source: source, profile: profile, toneStyle: options.toneStyle)
            diagnostics += findings.map(\.diagnostic)
            let context = borrowContext()
            defer { giveBack(context) }
            let images = try ImageLoader.load(document, options: options)
            diagnostics += try layout(document, context: context, images: images, maxPages: options.limits.pages).diagnostics
                .filter { $0.code != .profileSelected }
        } catch {
            diagnostics += error.diagnostics
        }
        return CheckResult(diagnostics: diagnostics.errorsFirst,
                           fixes: findings.compactMap(\.fix), source: source)
    }

    /// The certain corrections of decoding errors: a date written day/month/year or without its
    /// leading zeros becomes the model's YYYY-MM-DD.
    private static func decodingCorrections(_ diagnostics: [Diagnostic]) -> ([Diagnostic], [LintFix]) {
        var fixes: [LintFix] = []
        let marked = diagnostics.map { diagnostic -> Diagnostic in
            guard [.modelBadDateDayMonthYear, .modelBadDateUnpadded].contains(diagnostic.key), case .text(let iso)? = diagnostic.arguments["iso"]
            else { return diagnostic }
            fixes.append(LintFix(path: diagnostic.path, replacement: .string(iso), code: diagnostic.code))
            var correctable = diagnostic
            correctable.correctable = true
            return correctable
        }
        return (marked, fixes)
    }

    /// Everything wrong with a document built in code (see `check(json:options:)`).
    public func check(_ document: Document, options: RenderOptions = RenderOptions()) -> CheckResult {
        check(json: Array(DocumentEncoder.json(document).serialized(indent: nil).utf8), options: options)
    }

    /// The decoding warnings and the thể thức findings of a document: thrown when they hold errors
    /// and the options enforce them, else returned (errors then reported as warnings, `forced`).
    private func enforcedChecks(_ document: Document, source: JSONValue, decoding warnings: [Diagnostic],
                                options: RenderOptions) throws(DiagnosticError) -> [Diagnostic] {
        let (profile, _) = try profile(for: document)
        let findings = warnings.map(Self.completeness)
            + Linter.check(document, source: source, profile: profile, toneStyle: options.toneStyle).map(\.diagnostic)
        guard findings.contains(where: { $0.severity == .error }) else { return findings }
        if options.enforceChecks {
            throw DiagnosticError(findings.errorsFirst)
        }
        return findings.map { finding in
            var d = finding
            if d.severity == .error {
                d.severity = .warning
                d.forced = true
            }
            return d
        }
    }

    /// An unknown key is an error (one `--force` lets pass): a misspelt part (`signer`,
    /// `distrbution`, `issuer.parnet`) would otherwise print without what it holds.
    private static func completeness(_ warning: Diagnostic) -> Diagnostic {
        guard warning.key == .modelUnknownKey || warning.key == .modelUnknownKeySuggestion else { return warning }
        var error = warning
        error.severity = .error
        error.key = warning.key == .modelUnknownKey ? .modelUnknownKeyPart : .modelUnknownKeyPartSuggestion
        return error
    }

    /// The file identifier (`/ID`, upper-case hexadecimal) the PDF of this JSON document gets
    /// with these options, without rendering it: an existing PDF with the same identifier has
    /// exactly the bytes a new render would give (same input, images, faces, profiles, version).
    public func identifier(json: [UInt8], options: RenderOptions = RenderOptions()) throws(DiagnosticError) -> String {
        do {
            let (document, _) = try DocumentDecoder.decode(json, limits: options.limits)
            let images = try ImageLoader.load(document, options: options)
            return PDFIdentifier.hexadecimal(Fingerprint.render(source: json, resources: resourceFingerprint, options: options, images: images))
        } catch {
            throw DiagnosticError(word(error.diagnostics, in: options.language, for: options.reader))
        }
    }

    /// `source` is the JSON the document came from (its own encoding when nil): with the
    /// resources, images and options it makes the file identifier.
    private func render(_ document: Document, source: [UInt8]?, options: RenderOptions) throws(DiagnosticError) -> Rendered {
        let context = borrowContext()
        defer { giveBack(context) }
        let images = try ImageLoader.load(document, options: options)
        var laidOut = try layout(document, context: context, images: images, maxPages: options.limits.pages)
        if let created = options.created { laidOut.info.created = created }
        if options.format == .pdf {  // only the PDF carries the file identifier (/ID)
            let bytes = source ?? Array(DocumentEncoder.json(document).serialized(indent: nil).utf8)
            laidOut.info.identifier = Fingerprint.render(source: bytes, resources: resourceFingerprint, options: options, images: images)
        }
        let boxes = SignatureBox.collect(from: laidOut)
        guard options.format == .pdf else {
            let pages = options.everyPage && options.format.isSinglePage
                ? try drawEveryPage(laidOut, as: options.format, only: options.drawnPages, with: context)
                : [try draw(laidOut, as: options.format, page: options.page, with: context)]
            return Rendered(output: pages.first ?? [], format: options.format, pages: options.everyPage ? pages : [],
                            pageCount: laidOut.pages.count, diagnostics: laidOut.diagnostics, layout: laidOut, boxes: boxes)
        }
        var pdf = try draw(laidOut, with: context, archival: options.pdfa ? try archival() : nil)
        if options.signatureFields {
            do {
                pdf = try SignatureFieldWriter.append(boxes.compactMap(\.signatureField), to: pdf)
            } catch {
                throw DiagnosticError([Diagnostic(.error, .renderFields, path: "", ["detail": .text("\(error)")])])
            }
        }
        return Rendered(output: pdf, format: .pdf, pageCount: laidOut.pages.count, diagnostics: laidOut.diagnostics, layout: laidOut,
                        boxes: boxes)
    }

    /// Draws already laid-out pages to PDF.
    package func pdf(_ laidOut: LaidOutDocument) throws(DiagnosticError) -> [UInt8] {
        let context = borrowContext()
        defer { giveBack(context) }
        return try draw(laidOut, with: context)
    }

    private func drawEveryPage(_ laidOut: LaidOutDocument, as format: OutputFormat, only drawn: [ClosedRange<Int>]?,
                               with context: RenderContext) throws(DiagnosticError) -> [[UInt8]] {
        var pages: [[UInt8]] = []
        for number in laidOut.pages.indices {
            let wanted = drawn?.contains { $0.contains(number + 1) } ?? true
            pages.append(wanted ? try draw(laidOut, as: format, page: number + 1, with: context) : [])
        }
        return pages
    }

    /// The PDF/A parts that come from the resources (the output intent's ICC profile).
    private func archival() throws(DiagnosticError) -> Archival {
        guard let colourProfile else {
            throw DiagnosticError([Diagnostic(.error, .resourcesColourProfile, path: "", ["file": .text(Resources.colourProfileFile)])])
        }
        return Archival(colourProfile: colourProfile)
    }

    private func draw(_ laidOut: LaidOutDocument, as format: OutputFormat = .pdf, page: Int = 1,
                      with context: RenderContext, archival: Archival? = nil) throws(DiagnosticError) -> [UInt8] {
        if format.isSinglePage, page < 1 || page > laidOut.pages.count {
            throw DiagnosticError([Diagnostic(.error, .renderPage, path: "", ["page": .number(page), "count": .number(laidOut.pages.count)])])
        }
        if case .png(let dpi) = format, !OutputFormat.resolutions.contains(dpi) {
            throw DiagnosticError([Diagnostic(.error, .renderResolution, path: "", ["dpi": "\(dpi)"])])
        }
        do {
            return try context.renderer().render(laidOut, as: format, page: page, archival: archival)
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError([Diagnostic(.error, .renderFailed, path: "", ["detail": .text("\(error)")])])
        }
    }

    /// Lays out a document without drawing it.
    package func layout(_ document: Document) throws(DiagnosticError) -> LaidOutDocument {
        let context = borrowContext()
        defer { giveBack(context) }
        return try layout(document, context: context)
    }

    private func layout(_ document: Document, context: RenderContext, images: [String: PNGImage] = [:],
                        maxPages: Int = InputLimits.standard.pages) throws(DiagnosticError) -> LaidOutDocument {
        let (profile, note) = try profile(for: document)
        let styled = try Resolver.resolve(document, profile: profile, images: images)
        var laidOut = try DocumentLayouter(profile: profile, shaper: context.shaper, maxPages: maxPages, cache: context.lineCache)
            .layout(styled)
        if let note { laidOut.diagnostics.insert(note, at: 0) }
        if let family = familyNote(profile) { laidOut.diagnostics.append(family) }
        return laidOut
    }

    /// A note when the faces in use are neither the family the profile's standard asks for nor
    /// one with its metrics (`--font-dir` with another family): the lines break differently.
    private func familyNote(_ profile: Profile) -> Diagnostic? {
        let family = fonts.face(.regular).familyName
        guard family != profile.fontFamily, !profile.compatibleFamilies.contains(family) else { return nil }
        return Diagnostic(.note, .fontFamily, path: "", ["family": .text(family), "wanted": .text(profile.fontFamily),
                                                          "standard": .text(profile.lint.standardName),
                                                          "compatible": .texts(profile.compatibleFamilies)])
    }

    /// The document's profile; a selecting profile (`party`) picks one by the document's date.
    package func profile(for document: Document) throws(DiagnosticError) -> (Profile, Diagnostic?) {
        try profiles.profile(for: document)
    }

    /// The layout profile `layouts/<name>.json`, loaded once.
    package func profile(named name: String) throws(DiagnosticError) -> Profile {
        try profiles.profile(named: name)
    }

    /// The profiles of the layouts folder, by name.
    public var availableProfiles: [String] { profiles.names }

    /// Every profile of the layouts folder, with its title, what it builds on and, for a layout,
    /// its standard and types.
    public var profileSummaries: [ProfileSummary] { profiles.summaries }

    private func borrowContext() -> RenderContext {
        contexts.withLock { $0.popLast() } ?? RenderContext(fonts: fonts)
    }

    private func giveBack(_ context: RenderContext) {
        contexts.withLock { $0.append(context) }
    }
}

/// What one thread needs to render: a shaper (its HarfBuzz buffer) and Cairo's FreeType faces.
/// Used by one render at a time, handed between threads only through the engine's pool.
final class RenderContext: @unchecked Sendable {
    let shaper: HarfBuzzShaper
    /// Paragraphs set for this context's earlier documents (a batch repeats most blocks).
    let lineCache = LineSetCache()
    private let fonts: FontBook
    private var pdfRenderer: PDFRenderer?

    init(fonts: FontBook) {
        self.fonts = fonts
        shaper = HarfBuzzShaper(fonts: fonts)
    }

    /// The Cairo side is made on first use (layout-only callers never need it).
    func renderer() throws -> PDFRenderer {
        if let pdfRenderer { return pdfRenderer }
        let made = try PDFRenderer(fonts: fonts)
        pdfRenderer = made
        return made
    }
}

