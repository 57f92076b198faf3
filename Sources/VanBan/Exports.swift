// The document model (Document, Diagnostic, Timestamp, …) is part of the façade's surface.
@_exported import VanBanModel

import VanBanRender

/// What a render writes (PDF, PNG, SVG, PostScript).
public typealias OutputFormat = VanBanRender.OutputFormat

import VanBanProfile

/// What a profile file is, for listings (`Engine.profileSummaries`).
public typealias ProfileSummary = VanBanProfile.ProfileSummary
/// A document type of a profile, for listings.
public typealias TypeSummary = VanBanProfile.TypeSummary
