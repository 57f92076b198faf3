import CCairo
import VanBanModel
import VanBanPages
import VanBanText

/// A rendering failure inside Cairo (not a user error: the laid-out document was inconsistent).
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Draws a laid-out document onto a Cairo PDF surface in memory and finishes the file
/// (`PDFFinisher`: `D:` dates, `/ID`). One renderer per thread.
public final class PDFRenderer {
    private let fonts: CairoFontSet

    /// A renderer drawing with the faces of `fonts`.
    public init(fonts: FontBook) throws(DiagnosticError) {
        self.fonts = try CairoFontSet(fonts: fonts)
    }

    /// The PDF bytes of `document`.
    public func render(_ document: LaidOutDocument, archival: Archival? = nil) throws(RenderError) -> [UInt8] {
        interpolateImages = archival == nil
        let sink = ByteSink()
        let first = document.pages.first?.size ?? .a4
        guard let surface = cairo_pdf_surface_create_for_stream(
            ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), first.width.points, first.height.points),
            cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "Cairo could not create a PDF surface")
        }
        defer { cairo_surface_destroy(surface) }
        setMetadata(surface, document.info)
        guard let cr = cairo_create(surface) else { throw RenderError(message: "Cairo could not create a context") }
        defer {
            cairo_destroy(cr)
            for surface in surfaces.values { cairo_surface_destroy(surface) }
            surfaces = [:]
        }
        configureFonts(cr)
        figureDescriptions = []
        for page in document.pages {
            cairo_pdf_surface_set_size(surface, page.size.width.points, page.size.height.points)
            draw(page, on: cr)
            cairo_show_page(cr)
        }
        let status = cairo_status(cr)
        try imageProblem()
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "Cairo failed while drawing: \(String(cString: cairo_status_to_string(status)))")
        }
        cairo_surface_finish(surface)
        let surfaceStatus = cairo_surface_status(surface)
        guard surfaceStatus == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "Cairo failed to finish the PDF: \(String(cString: cairo_status_to_string(surfaceStatus)))")
        }
        do {
            return try PDFFinisher.finish(sink.bytes, created: document.info.created, identifier: document.info.identifier,
                                          figureDescriptions: figureDescriptions, archival: archival)
        } catch {
            throw RenderError(message: "PDF post-processing failed: \(error)")
        }
    }

    func setMetadata(_ surface: OpaquePointer, _ info: DocumentInfo) {
        func set(_ key: cairo_pdf_metadata_t, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        set(CAIRO_PDF_METADATA_TITLE, info.title)
        set(CAIRO_PDF_METADATA_AUTHOR, info.author)
        set(CAIRO_PDF_METADATA_SUBJECT, info.subject)
        set(CAIRO_PDF_METADATA_KEYWORDS, info.keywords.isEmpty ? nil : info.keywords.joined(separator: ", "))
        set(CAIRO_PDF_METADATA_CREATOR, info.creator)
        // A fixed placeholder: the finisher replaces it with the real `D:` date (or removes it),
        // because Cairo 1.16 drops the `D:` prefix (docs/architecture.md, "PDF output") and would otherwise stamp the clock.
        set(CAIRO_PDF_METADATA_CREATE_DATE, PDFFinisher.placeholderDate)
    }

    /// Outlines as designed: no hinting, unrounded metrics (positions come from HarfBuzz).
    func configureFonts(_ cr: OpaquePointer) {
        guard let options = cairo_font_options_create() else { return }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }

    /// The alternative texts of the figures drawn so far, in drawing order (the finisher gives
    /// each `Figure` element its `/Alt`: Cairo's structure tags take no attributes).
    var figureDescriptions: [String] = []
    /// Images drawn smoothed (`/Interpolate true`); not in a PDF/A file.
    var interpolateImages = true
    /// Decoded PNG surfaces of this render, by image (a seal used twice is decoded once).
    var surfaces: [PNGImage: OpaquePointer] = [:]
    /// Images Cairo could not decode during this render: never left out silently (`imageProblem`).
    var undecodedImages = 0

    /// Throws when an image could not be drawn, and starts the count again for the next render.
    func imageProblem() throws(RenderError) {
        defer { undecodedImages = 0 }
        if undecodedImages > 0 {
            throw RenderError(message: "Cairo could not decode \(undecodedImages) signature or seal image(s); nothing was written")
        }
    }

    private func surface(for image: PNGImage) -> OpaquePointer? {
        if let cached = surfaces[image] { return cached }
        let reader = ByteReader(image.bytes)
        guard let surface = cairo_image_surface_create_from_png_stream(ByteReader.read, Unmanaged.passUnretained(reader).toOpaque()),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        surfaces[image] = surface
        return surface
    }

    private func draw(_ image: ImageItem, on cr: OpaquePointer) {
        guard let surface = surface(for: image.image) else {
            undecodedImages += 1
            return
        }
        cairo_save(cr)
        cairo_translate(cr, image.origin.x.points, image.origin.y.points)
        cairo_scale(cr, image.width.points / Double(image.image.width), image.height.points / Double(image.image.height))
        cairo_set_source_surface(cr, surface, 0, 0)
        // PDF/A forbids `/Interpolate true` (ISO 19005-2, 6.2.8.1), which Cairo writes for a smoothed image.
        cairo_pattern_set_filter(cairo_get_source(cr), interpolateImages ? CAIRO_FILTER_GOOD : CAIRO_FILTER_FAST)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    func draw(_ page: Page, on cr: OpaquePointer) {
        var glyphBuffer: [cairo_glyph_t] = []
        var clusterBuffer: [cairo_text_cluster_t] = []
        var currentFace: (OpaquePointer, Double)?
        // Consecutive rules of one colour and thickness are one path, stroked once: Cairo's PDF
        // surface keeps a region of every drawing operation of a page, and merging thousands of
        // thin rectangles (a dense table's grid) costs time quadratic in their number.
        var pendingRules: (color: Color, thickness: Length)?
        var tags = StructureTagger(cr: cr)
        defer { tags.closeAll() }
        func strokeRules() {
            guard pendingRules != nil else { return }
            cairo_stroke(cr)
            pendingRules = nil
        }
        for item in page.items {
            if case .rule(let rule) = item {
                if let pending = pendingRules, pending.color != rule.color || pending.thickness != rule.thickness { strokeRules() }
                if pendingRules == nil {
                    cairo_set_source_rgb(cr, rule.color.red, rule.color.green, rule.color.blue)
                    cairo_set_line_width(cr, rule.thickness.points)
                    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
                    pendingRules = (rule.color, rule.thickness)
                }
                cairo_move_to(cr, rule.from.x.points, rule.from.y.points)
                cairo_line_to(cr, rule.to.x.points, rule.to.y.points)
                continue
            }
            strokeRules()
            switch item {
            case .line(let line):
                tags.enter(line)
                for run in line.runs where !run.glyphs.isEmpty {
                    let face = fonts.face(for: run)
                    if currentFace?.0 != face || currentFace?.1 != run.size.points {
                        cairo_set_font_face(cr, face)
                        cairo_set_font_size(cr, run.size.points)
                        currentFace = (face, run.size.points)
                    }
                    drawRun(run, on: cr, glyphs: &glyphBuffer, clusters: &clusterBuffer)
                }
            case .image(let image):
                tags.enterFigure(image.role.rawValue)
                figureDescriptions.append(image.description)
                draw(image, on: cr)
            case .area:
                continue
            case .box(let box):
                cairo_set_source_rgb(cr, box.color.red, box.color.green, box.color.blue)
                cairo_set_line_width(cr, box.thickness.points)
                cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
                cairo_rectangle(cr, box.origin.x.points, box.origin.y.points, box.width.points, box.height.points)
                cairo_stroke(cr)
            case .rule:
                continue
            }
        }
        strokeRules()
    }

    /// `cairo_show_text_glyphs` with the run's real clusters, so extraction gives the exact text.
    private func drawRun(_ run: GlyphRun, on cr: OpaquePointer,
                         glyphs: inout [cairo_glyph_t], clusters: inout [cairo_text_cluster_t]) {
        cairo_set_source_rgb(cr, run.color.red, run.color.green, run.color.blue)
        glyphs.removeAll(keepingCapacity: true)
        clusters.removeAll(keepingCapacity: true)
        let x0 = run.origin.x.points, y0 = run.origin.y.points
        for glyph in run.glyphs {
            glyphs.append(cairo_glyph_t(index: UInt(glyph.id), x: x0 + glyph.x.points, y: y0 + glyph.y.points))
        }
        for cluster in run.clusters {
            clusters.append(cairo_text_cluster_t(num_bytes: cluster.byteCount, num_glyphs: cluster.glyphCount))
        }
        var text = run.text
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                cairo_show_text_glyphs(cr, chars.baseAddress, Int32(chars.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), cairo_text_cluster_flags_t(0))
            }
        }
    }
}
