// The document model (Document, Diagnostic, Timestamp, …) is part of the façade's surface.
@_exported import VanBanModel
