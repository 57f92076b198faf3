// The document model (Document, Diagnostic, Timestamp, …) is part of the façade's surface.
@_exported import VanBanModel

import VanBanRender

/// What a render writes (PDF, PNG, SVG, PostScript).
public typealias OutputFormat = VanBanRender.OutputFormat
