/// The document to set. This is the first, minimal shape (a title and paragraphs); the full
/// model of DESIGN.md §4 (issuer, number, signers, …) grows from here.
public struct Document: Sendable, Hashable {
    /// Layout profile name (`layouts/<profile>.json`).
    public var profile: String
    /// Heading set centred and bold above the body; may hold several lines (`\n`).
    public var title: String?
    /// Body paragraphs with inline markup (`*italic*`, `**bold**`, `__underlined__`).
    public var body: [String]
    /// Issue date: printed by later profiles, and the PDF creation date (so output is reproducible).
    public var date: CalendarDate?
    /// Exact creation time for the PDF metadata; defaults to `date` at 00:00 Vietnam time.
    public var created: Timestamp?
    /// PDF metadata: author (the issuing body), subject, keywords.
    public var author: String?
    public var subject: String?
    public var keywords: [String]

    public init(profile: String = "nd30", title: String? = nil, body: [String] = [], date: CalendarDate? = nil,
                created: Timestamp? = nil, author: String? = nil, subject: String? = nil, keywords: [String] = []) {
        self.profile = profile
        self.title = title
        self.body = body
        self.date = date
        self.created = created
        self.author = author
        self.subject = subject
        self.keywords = keywords
    }

    /// The PDF creation date: `created`, else `date` at midnight Vietnam time, else none.
    public var creationTimestamp: Timestamp? { created ?? date.map { Timestamp(date: $0) } }
}
