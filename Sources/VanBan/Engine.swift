import Synchronization
import VanBanLayout
import VanBanModel
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
    public var fixes: [LintFix]
    /// The JSON as written, when it parsed.
    public var source: JSONValue?

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
    /// The laid-out pages the PDF was drawn from.
    public var layout: LaidOutDocument
    /// Signature, seal, number, date and stamp boxes, for the signing step.
    public var boxes: [SignatureBox]
}

/// Loads fonts and profiles once and renders documents; safe to share between threads
/// (each render borrows its own shaper and Cairo state from a small pool).
public final class Engine: Sendable {
    /// The faces in use.
    public let fonts: FontBook
    private let layoutsDirectory: String
    /// Hash of VanBan's version, the faces and the profiles (`Fingerprint`).
    private let resourceFingerprint: [UInt8]
    private let profiles = Mutex<[String: ProfileEntry]>([:])
    private let contexts = Mutex<[RenderContext]>([])

    /// Loads the faces of `resources` (profiles load on first use).
    public init(resources: Resources) throws(DiagnosticError) {
        fonts = try FontBook(source: resources.fonts)
        layoutsDirectory = resources.layoutsDirectory
        resourceFingerprint = Fingerprint.resources(fonts: fonts, layoutsDirectory: layoutsDirectory)
    }

    /// Decodes a JSON document, checks it and renders it.
    public func render(json: [UInt8], options: RenderOptions = RenderOptions()) throws(DiagnosticError) -> Rendered {
        let (document, warnings, source) = try DocumentDecoder.decodeWithSource(json, limits: options.limits)
        let checks = try enforcedChecks(document, source: source, options: options)
        var rendered = try render(document, source: json, options: options)
        rendered.diagnostics = warnings + checks + rendered.diagnostics
        return rendered
    }

    /// Checks a document built in code and renders it (PDF unless `options.format` says otherwise).
    public func render(_ document: Document, options: RenderOptions = RenderOptions()) throws(DiagnosticError) -> Rendered {
        let checks = try enforcedChecks(document, source: DocumentEncoder.json(document), options: options)
        var rendered = try render(document, source: nil, options: options)
        rendered.diagnostics = checks + rendered.diagnostics
        return rendered
    }

    /// Everything wrong with a JSON document, without making a PDF: decoding, the thể thức
    /// checks, images, and layout (a missing glyph, too many pages). Never throws.
    public func check(json: [UInt8], options: RenderOptions = RenderOptions()) -> CheckResult {
        let decoded: (Document, [Diagnostic], JSONValue)
        do {
            decoded = try DocumentDecoder.decodeWithSource(json, limits: options.limits)
        } catch {
            return CheckResult(diagnostics: error.diagnostics, fixes: [], source: try? JSONParser.parse(json))
        }
        let (document, warnings, source) = decoded
        var diagnostics = warnings
        var findings: [LintFinding] = []
        do {
            let (profile, note) = try profile(for: document)
            if let note { diagnostics.insert(note, at: 0) }
            findings = Linter.check(document, source: source, profile: profile, toneStyle: options.toneStyle)
            diagnostics += findings.map(\.diagnostic)
            let context = borrowContext()
            defer { giveBack(context) }
            let images = try ImageLoader.load(document, options: options)
            diagnostics += try layout(document, shaper: context.shaper, images: images, maxPages: options.limits.pages).diagnostics
                .filter { $0.code != "PROFILE.SELECTED" }
        } catch {
            diagnostics += error.diagnostics
        }
        return CheckResult(diagnostics: diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error },
                           fixes: findings.compactMap(\.fix), source: source)
    }

    /// Everything wrong with a document built in code (see `check(json:options:)`).
    public func check(_ document: Document, options: RenderOptions = RenderOptions()) -> CheckResult {
        check(json: Array(DocumentEncoder.json(document).serialized(indent: nil).utf8), options: options)
    }

    /// The thể thức findings of a document: thrown when they hold errors and the options enforce
    /// them, else returned (errors then reported as warnings).
    private func enforcedChecks(_ document: Document, source: JSONValue, options: RenderOptions) throws(DiagnosticError) -> [Diagnostic] {
        let (profile, _) = try profile(for: document)
        let findings = Linter.check(document, source: source, profile: profile, toneStyle: options.toneStyle).map(\.diagnostic)
        guard findings.contains(where: { $0.severity == .error }) else { return findings }
        if options.enforceChecks {
            throw DiagnosticError(findings.filter { $0.severity == .error } + findings.filter { $0.severity != .error })
        }
        return findings.map { finding in
            var d = finding
            if d.severity == .error {
                d.severity = .warning
                d.message += " (rendered anyway: --force)"
            }
            return d
        }
    }

    /// The file identifier (`/ID`, upper-case hexadecimal) the PDF of this JSON document gets
    /// with these options, without rendering it: an existing PDF with the same identifier has
    /// exactly the bytes a new render would give (same input, images, faces, profiles, version).
    public func identifier(json: [UInt8], options: RenderOptions = RenderOptions()) throws(DiagnosticError) -> String {
        let (document, _) = try DocumentDecoder.decode(json, limits: options.limits)
        let images = try ImageLoader.load(document, options: options)
        return PDFIdentifier.hexadecimal(Fingerprint.render(source: json, resources: resourceFingerprint, options: options, images: images))
    }

    /// `source` is the JSON the document came from (its own encoding when nil): with the
    /// resources, images and options it makes the file identifier.
    private func render(_ document: Document, source: [UInt8]?, options: RenderOptions) throws(DiagnosticError) -> Rendered {
        let context = borrowContext()
        defer { giveBack(context) }
        let images = try ImageLoader.load(document, options: options)
        var laidOut = try layout(document, shaper: context.shaper, images: images, maxPages: options.limits.pages)
        if let created = options.created { laidOut.info.created = created }
        if options.format == .pdf {  // only the PDF carries the file identifier (/ID)
            let bytes = source ?? Array(DocumentEncoder.json(document).serialized(indent: nil).utf8)
            laidOut.info.identifier = Fingerprint.render(source: bytes, resources: resourceFingerprint, options: options, images: images)
        }
        let boxes = SignatureBox.collect(from: laidOut)
        guard options.format == .pdf else {
            let pages = options.everyPage && options.format.isSinglePage
                ? try drawEveryPage(laidOut, as: options.format, with: context)
                : [try draw(laidOut, as: options.format, page: options.page, with: context)]
            return Rendered(output: pages.first ?? [], format: options.format, pages: options.everyPage ? pages : [],
                            pageCount: laidOut.pages.count, diagnostics: laidOut.diagnostics, layout: laidOut, boxes: boxes)
        }
        var pdf = try draw(laidOut, with: context)
        if options.signatureFields {
            do {
                pdf = try SignatureFieldWriter.append(boxes.compactMap(\.signatureField), to: pdf)
            } catch {
                throw DiagnosticError([Diagnostic(.error, code: "RENDER.FIELDS", path: "", message: "\(error)",
                                                  hint: "this is a bug in VanBan; please report it with the input document")])
            }
        }
        return Rendered(output: pdf, format: .pdf, pageCount: laidOut.pages.count, diagnostics: laidOut.diagnostics, layout: laidOut,
                        boxes: boxes)
    }

    /// Draws already laid-out pages to PDF.
    public func pdf(_ laidOut: LaidOutDocument) throws(DiagnosticError) -> [UInt8] {
        let context = borrowContext()
        defer { giveBack(context) }
        return try draw(laidOut, with: context)
    }

    private func drawEveryPage(_ laidOut: LaidOutDocument, as format: OutputFormat, with context: RenderContext) throws(DiagnosticError) -> [[UInt8]] {
        var pages: [[UInt8]] = []
        for number in laidOut.pages.indices { pages.append(try draw(laidOut, as: format, page: number + 1, with: context)) }
        return pages
    }

    private func draw(_ laidOut: LaidOutDocument, as format: OutputFormat = .pdf, page: Int = 1,
                      with context: RenderContext) throws(DiagnosticError) -> [UInt8] {
        if format.isSinglePage, page < 1 || page > laidOut.pages.count {
            throw DiagnosticError([Diagnostic(.error, code: "RENDER.PAGE", path: "", message: "there is no page \(page): the document has \(laidOut.pages.count)",
                                              hint: "ask for a page from 1 to \(laidOut.pages.count)")])
        }
        if case .png(let dpi) = format, !OutputFormat.resolutions.contains(dpi) {
            throw DiagnosticError([Diagnostic(.error, code: "RENDER.RESOLUTION", path: "", message: "a resolution of \(dpi) dpi is outside 10…600",
                                              hint: "previews use 72–150 dpi, print checks 300")])
        }
        do {
            return try context.renderer().render(laidOut, as: format, page: page)
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError([Diagnostic(.error, code: "RENDER.FAILED", path: "", message: "\(error)",
                                              hint: "this is a bug in VanBan; please report it with the input document")])
        }
    }

    /// Lays out a document without drawing it.
    public func layout(_ document: Document) throws(DiagnosticError) -> LaidOutDocument {
        let context = borrowContext()
        defer { giveBack(context) }
        return try layout(document, shaper: context.shaper)
    }

    private func layout(_ document: Document, shaper: HarfBuzzShaper, images: [String: PNGImage] = [:],
                        maxPages: Int = InputLimits.standard.pages) throws(DiagnosticError) -> LaidOutDocument {
        let (profile, note) = try profile(for: document)
        let styled = try Resolver.resolve(document, profile: profile, images: images)
        var laidOut = try DocumentLayouter(profile: profile, shaper: shaper, maxPages: maxPages).layout(styled)
        if let note { laidOut.diagnostics.insert(note, at: 0) }
        return laidOut
    }

    /// The document's profile; a selecting profile (`party`) picks one by the document's date.
    public func profile(for document: Document) throws(DiagnosticError) -> (Profile, Diagnostic?) {
        switch try entry(named: document.profile) {
        case .layout(let profile):
            return (profile, nil)
        case .selector(let json):
            guard let (chosen, note) = try ProfileSelector.select(json, name: document.profile, date: document.date) else {
                return (try profile(named: document.profile), nil)
            }
            return (try profile(named: chosen), note)
        }
    }

    /// The layout profile `layouts/<name>.json`, loaded once.
    public func profile(named name: String) throws(DiagnosticError) -> Profile {
        guard case .layout(let profile) = try entry(named: name) else {
            throw DiagnosticError([Diagnostic(.error, code: "MODEL.UNKNOWN_PROFILE", path: "/profile",
                                              message: "'\(name)' chooses a profile by date and is not a layout itself",
                                              hint: "use it as a document's profile, or name a layout such as \"hd36\"")])
        }
        return profile
    }

    /// What `layouts/<name>.json` holds, parsed once per engine.
    private func entry(named name: String) throws(DiagnosticError) -> ProfileEntry {
        if let cached = profiles.withLock({ $0[name] }) { return cached }
        guard let bytes = profileBytes(name) else {
            throw DiagnosticError([Diagnostic(.error, code: "MODEL.UNKNOWN_PROFILE", path: "/profile",
                                              message: "there is no layout profile '\(name)'",
                                              hint: "use one of the layout profiles: \(availableProfiles.joined(separator: ", "))")])
        }
        let entry: ProfileEntry
        if let json = try? JSONParser.parse(bytes), json["select"] != nil {
            entry = .selector(json)
        } else {
            do {
                entry = .layout(try ProfileDecoder.decode(bytes, load: profileBytes))
            } catch {
                throw DiagnosticError(error.diagnostics.map {
                    var d = $0
                    d.message = "in layouts/\(name).json at \(d.path.isEmpty ? "/" : d.path): " + d.message
                    d.path = "/profile"
                    return d
                })
            }
        }
        profiles.withLock { $0[name] = entry }
        return entry
    }

    /// The bytes of `layouts/<name>.json`; names are plain ids, never paths.
    private func profileBytes(_ name: String) -> [UInt8]? {
        let safe = !name.isEmpty && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        return safe ? FileBytes.read("\(layoutsDirectory)/\(name).json") : nil
    }

    /// The profiles of the layouts folder, by name.
    public var availableProfiles: [String] {
        FileBytes.list(layoutsDirectory).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    private func borrowContext() -> RenderContext {
        contexts.withLock { $0.popLast() } ?? RenderContext(fonts: fonts)
    }

    private func giveBack(_ context: RenderContext) {
        contexts.withLock { $0.append(context) }
    }
}

/// A profile file: a layout, or a selector that picks one by date.
enum ProfileEntry: Sendable {
    case layout(Profile)
    case selector(JSONValue)
}

/// What one thread needs to render: a shaper (its HarfBuzz buffer) and Cairo's FreeType faces.
/// Used by one render at a time, handed between threads only through the engine's pool.
final class RenderContext: @unchecked Sendable {
    let shaper: HarfBuzzShaper
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

/// What a profile file is, for listings (`GET /v1/profiles`, the desk).
public struct ProfileSummary: Sendable, Hashable {
    /// The name documents use in `"profile"`.
    public var id: String
    /// Its title (`"name"` in the file), e.g. `Nghị định 30/2020/NĐ-CP — văn bản hành chính`.
    public var title: String?
    /// The profile it builds on (`"extends"`).
    public var extends: String?
    /// For a selector (`party`): the layouts it picks, in date order, with their date ranges (ISO dates).
    public var selects: [(profile: String, from: String?, until: String?)]
    /// For a layout: the standard its checks follow (`ND30`, `HD36`, `HD05`).
    public var standard: String?
    /// For a layout: its document types, in the file's order.
    public var types: [TypeSummary] = []
    /// For a layout: the signing-authority prefixes it writes (`TM.`, `KT.`, … or `T/M`, `K/T`, …).
    public var authorityPrefixes: [String] = []
    /// For a layout: an example of the last Nơi nhận line (`Lưu: VT, …`).
    public var lastDistributionExample: String?

    /// A summary.
    public init(id: String, title: String? = nil, extends: String? = nil, selects: [(profile: String, from: String?, until: String?)]) {
        self.id = id
        self.title = title
        self.extends = extends
        self.selects = selects
    }

    public static func == (a: ProfileSummary, b: ProfileSummary) -> Bool {
        a.id == b.id && a.title == b.title && a.extends == b.extends && a.standard == b.standard && a.types == b.types
            && a.selects.map { [$0.profile, $0.from ?? "", $0.until ?? ""] } == b.selects.map { [$0.profile, $0.from ?? "", $0.until ?? ""] }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A document type of a profile, for listings.
public struct TypeSummary: Sendable, Hashable {
    /// The id documents use in `"type"` (`quyet-dinh`).
    public var id: String
    /// The Vietnamese name for lists (`Quyết định`, `Công văn`).
    public var displayName: String
    /// The tên loại printed on the document (`QUYẾT ĐỊNH`); nil when the type has none.
    public var name: String?
    /// The type code of the ký hiệu (`QĐ`).
    public var code: String?
    /// The deciding line after the căn cứ (`QUYẾT ĐỊNH:`).
    public var decision: String?
    /// Whether the type takes Kính gửi.
    public var takesAddressees: Bool
    /// Whether the trích yếu goes under the number (`V/v …`, công văn).
    public var subjectUnderNumber: Bool
    /// Whether the header shows the place and date.
    public var headerDate: Bool
}

extension Engine {
    /// Every profile of the layouts folder, by name, with its title, what it builds on and, for a
    /// layout, its standard and types.
    public var profileSummaries: [ProfileSummary] {
        availableProfiles.map { name in
            func text(_ value: JSONValue?) -> String? {
                if case .string(let s)? = value { s } else { nil }
            }
            guard let json = FileBytes.read("\(layoutsDirectory)/\(name).json").flatMap({ try? JSONParser.parse($0) }) else {
                return ProfileSummary(id: name, selects: [])
            }
            var selects: [(profile: String, from: String?, until: String?)] = []
            if case .array(let items)? = json["select"] {
                for item in items {
                    if let profile = text(item["profile"]) { selects.append((profile, text(item["from"]), text(item["until"]))) }
                }
            }
            var summary = ProfileSummary(id: name, title: text(json["name"]), extends: text(json["extends"]), selects: selects)
            if selects.isEmpty, let profile = try? profile(named: name) {
                summary.standard = profile.lint.standard
                summary.authorityPrefixes = profile.lint.authorityPrefixes
                summary.lastDistributionExample = profile.lint.lastDistributionExample.isEmpty ? nil : profile.lint.lastDistributionExample
                summary.types = profile.typeOrder.compactMap { id in
                    guard let type = profile.types[id] else { return nil }
                    return TypeSummary(id: id, displayName: type.displayName ?? id, name: type.name, code: type.code, decision: type.decision,
                                       takesAddressees: profile.lint.addresseeTypes.contains(id),
                                       subjectUnderNumber: type.subjectUnderNumber, headerDate: type.headerDate)
                }
            }
            return summary
        }
    }
}
