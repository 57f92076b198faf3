/// A Phụ lục (NĐ30 PL I, III.1): a new page, `Phụ lục I`, its title, the `(Kèm theo …)` line,
/// a short rule and its content; its pages are numbered from 1; it may be landscape.
public struct Appendix: Sendable, Hashable {
    /// Title lines (set in capitals).
    public var title: [String]
    /// Replaces the generated label (`Phụ lục`, or `Phụ lục I`, `II`, … when there are several).
    public var label: String?
    /// Replaces the generated `(Kèm theo … số … ngày … của …)` line; `""` removes it.
    public var reference: String?
    /// Set on A4 turned on its side (for wide tables).
    public var landscape: Bool
    /// The appendix's content: any blocks (`body`).
    public var body: [Block]

    /// Creates an appendix; portrait, with the generated label and `(Kèm theo …)` line unless given.
    public init(title: [String] = [], label: String? = nil, reference: String? = nil, landscape: Bool = false, body: [Block] = []) {
        self.title = title
        self.label = label
        self.reference = reference
        self.landscape = landscape
        self.body = body
    }
}

/// Stamps and notes around the header (NĐ30 PL I, III.2; ô 10a, 10b, 11; HD36 ô 11b).
public struct Marks: Sendable, Hashable {
    /// `HỎA TỐC`, `THƯỢNG KHẨN` or `KHẨN` (ô 10b), in a red frame.
    public var urgency: String?
    /// `MẬT`, `TỐI MẬT` or `TUYỆT MẬT` (ô 10a).
    public var secrecy: String?
    /// `XEM XONG TRẢ LẠI`, `LƯU HÀNH NỘI BỘ`, … (ô 11), in a frame.
    public var circulation: String?
    /// A draft note (`Dự thảo lần 2`).
    public var draft: String?

    /// Creates marks; each is absent unless given.
    public init(urgency: String? = nil, secrecy: String? = nil, circulation: String? = nil, draft: String? = nil) {
        self.urgency = urgency
        self.secrecy = secrecy
        self.circulation = circulation
        self.draft = draft
    }

    /// Whether no mark is set.
    public var isEmpty: Bool { urgency == nil && secrecy == nil && circulation == nil && draft == nil }
}

/// A paper copy (bản sao, NĐ30 PL I, Phần II): the copying body's block under a full-width rule
/// after the copied text.
public struct CopyBlock: Sendable, Hashable {
    /// `SAO Y`, `SAO LỤC` or `TRÍCH SAO`.
    public var form: String
    /// The copying body (`issuer`), set like a document's issuer.
    public var issuer: Issuer
    /// `Số: 15/SY-UBND`: the copy's own series.
    public var number: DocumentNumber?
    /// Place name for the copy's date line (`place`).
    public var place: String?
    /// Date of the copy (`date`); a partial date leaves blanks.
    public var date: PartialDate?
    /// Who signs the copy (`signers`).
    public var signers: [Signer]
    /// The copy's Nơi nhận, written bare (`distribution`).
    public var distribution: [String]

    /// Creates a copy block of the given form (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`).
    public init(form: String, issuer: Issuer = Issuer(), number: DocumentNumber? = nil, place: String? = nil,
                date: PartialDate? = nil, signers: [Signer] = [], distribution: [String] = []) {
        self.form = form
        self.issuer = issuer
        self.number = number
        self.place = place
        self.date = date
        self.signers = signers
        self.distribution = distribution
    }
}

/// What ô 14 prints (NĐ30 PL I, II.8.c and Phần II, I.3): who signed and when, in Vietnam time.
public struct SigningInfo: Sendable, Hashable {
    /// The organ's name, or the document's number and symbol.
    public var text: String
    /// The signing time, printed as ISO 8601 with its offset (`2024-03-05T09:30:15+07:00`).
    public var time: Timestamp
    /// Creates the ô 14 information from the signing organ (or number) and the signing time.
    public init(text: String, time: Timestamp) {
        self.text = text
        self.time = time
    }
}
