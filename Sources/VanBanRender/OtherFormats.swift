import CCairo
import VanBanModel
import VanBanPages

/// What a render writes: the PDF (the document), or a page as a PNG image (previews, at a chosen
/// resolution), an SVG page, or PostScript for printers, all drawn by Cairo from the same pages.
public enum OutputFormat: Sendable, Hashable {
    case pdf
    /// One page as an image, `dpi` pixels per inch (white background).
    case png(dpi: Double)
    /// One page as SVG 1.1 (text as glyph outlines).
    case svg
    /// Every page, PostScript level 3.
    case ps

    /// The resolutions a PNG may have: an A4 page at 600 dpi is 4961 × 7016 pixels, 139 MB while
    /// it is drawn; print checks use 300.
    public static let resolutions: ClosedRange<Double> = 10...600

    /// The media type of the output.
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .svg: "image/svg+xml"
        case .ps: "application/postscript"
        }
    }

    /// Whether the output holds one page only (the `page` option chooses it).
    public var isSinglePage: Bool {
        switch self {
        case .png, .svg: true
        case .pdf, .ps: false
        }
    }
}

extension PDFRenderer {
    /// `document` in `format`; `page` (from 1) for the one-page formats.
    public func render(_ document: LaidOutDocument, as format: OutputFormat, page: Int = 1, archival: Archival? = nil) throws(RenderError) -> [UInt8] {
        switch format {
        case .pdf: return try render(document, archival: archival)
        case .ps: return try renderPostScript(document)
        case .png(let dpi):
            return try renderImage(try pick(document, page), dpi: dpi)
        case .svg:
            return try renderSVG(try pick(document, page))
        }
    }

    private func pick(_ document: LaidOutDocument, _ number: Int) throws(RenderError) -> Page {
        guard document.pages.indices.contains(number - 1) else {
            throw RenderError(message: "there is no page \(number): the document has \(document.pages.count)")
        }
        return document.pages[number - 1]
    }

    /// A page as PNG, antialiased, on white.
    private func renderImage(_ page: Page, dpi: Double) throws(RenderError) -> [UInt8] {
        guard OutputFormat.resolutions.contains(dpi) else { throw RenderError(message: "a resolution of \(dpi) dpi is outside 10…600") }
        let scale = dpi / 72
        let width = Int32((page.size.width.points * scale).rounded(.up)), height = Int32((page.size.height.points * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "Cairo could not create a \(width) × \(height) image")
        }
        defer { cairo_surface_destroy(surface) }
        try drawSingle(page, on: surface) { cr in
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
            cairo_scale(cr, scale, scale)
        }
        let sink = ByteSink(capacity: Int(width) * Int(height) / 4)
        guard cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque()) == CAIRO_STATUS_SUCCESS
        else { throw RenderError(message: "Cairo could not write the PNG") }
        return sink.bytes
    }

    /// A page as SVG.
    private func renderSVG(_ page: Page) throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        guard let surface = cairo_svg_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                                page.size.width.points, page.size.height.points),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "Cairo could not create an SVG surface")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        try drawSingle(page, on: surface) { _ in }
        cairo_surface_finish(surface)
        return sink.bytes
    }

    /// Every page as PostScript.
    private func renderPostScript(_ document: LaidOutDocument) throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        let first = document.pages.first?.size ?? .a4
        guard let surface = cairo_ps_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                               first.width.points, first.height.points),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "Cairo could not create a PostScript surface")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_ps_surface_restrict_to_level(surface, CAIRO_PS_LEVEL_3)
        guard let cr = cairo_create(surface) else { throw RenderError(message: "Cairo could not create a context") }
        defer { release(cr) }
        configureFonts(cr)
        for page in document.pages {
            cairo_ps_surface_set_size(surface, page.size.width.points, page.size.height.points)
            draw(page, on: cr)
            cairo_show_page(cr)
        }
        try check(cr)
        cairo_surface_finish(surface)
        return Self.replacingCreationDate(in: sink.bytes, with: document.info.created)
    }

    /// Cairo writes the clock into the DSC header (`%%CreationDate:`); the output must depend on
    /// the input only (the PDF's rule: the document's date, or no date), so the line is rewritten.
    static func replacingCreationDate(in ps: [UInt8], with created: Timestamp?) -> [UInt8] {
        let key = Array("%%CreationDate:".utf8)
        let header = ps.prefix(4096)
        guard let start = header.indices.first(where: { header[$0...].starts(with: key) }),
              let end = ps[start...].firstIndex(of: 0x0A) else { return ps }
        let line = created.map { Array("%%CreationDate: (\($0.iso))".utf8) } ?? []
        return Array(ps[..<start]) + line + Array(ps[(line.isEmpty ? end + 1 : end)...])
    }

    /// Draws one page on `surface` after `prepare` (background, scale).
    private func drawSingle(_ page: Page, on surface: OpaquePointer, prepare: (OpaquePointer) -> Void) throws(RenderError) {
        guard let cr = cairo_create(surface) else { throw RenderError(message: "Cairo could not create a context") }
        defer { release(cr) }
        prepare(cr)
        configureFonts(cr)
        draw(page, on: cr)
        cairo_show_page(cr)
        try check(cr)
    }

    private func release(_ cr: OpaquePointer) {
        cairo_destroy(cr)
        for surface in surfaces.values { cairo_surface_destroy(surface) }
        surfaces = [:]
    }

    private func check(_ cr: OpaquePointer) throws(RenderError) {
        try imageProblem()
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "Cairo failed while drawing: \(String(cString: cairo_status_to_string(status)))")
        }
    }
}
