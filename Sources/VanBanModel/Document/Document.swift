/// A formal Vietnamese document (docs/model.md): the values a clerk knows, never their layout.
/// The profile decides how each is written ("Số: 05/SNV-VP" or "Số 405-CV/BTGTU") and placed.
public struct Document: Sendable, Hashable {
    /// Layout profile: `nd30` (state), `hd36`, `hd05`, or `party` (HD36 or HD05 by the date).
    public var profile: String
    /// Document type (`cong-van`, `quyet-dinh`, …): which elements appear and the default tên loại.
    public var type: String
    /// Issuing body (ô 2).
    public var issuer: Issuer
    /// Who issues it, as written in running text (`Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh`): used
    /// in the `(Kèm theo Quyết định số … của …)` line of attached texts.
    public var issuedBy: String?
    /// Number and symbol (ô 3); a missing `seq` leaves the blank of an unissued draft.
    public var number: DocumentNumber?
    /// Place name for the date line (địa danh, ô 4).
    public var place: String?
    /// Issue date (ô 4); a partial or missing date leaves blanks.
    public var date: PartialDate?
    /// Exact creation time for the PDF metadata; defaults to `date` at 00:00 Vietnam time.
    public var created: Timestamp?
    /// Tên loại when the type's default does not fit (e.g. `QUY CHẾ` for a type the profile lacks).
    public var title: String?
    /// Trích yếu (ô 5a/5b), one string per line as the author wants it broken, or one string.
    public var subject: [String]
    /// Centred line(s) naming the issuing authority before the căn cứ (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`).
    public var authority: [String]
    /// Recipients of a công văn (ô 9a), written bare: the profile adds `- `, `;` and `.`.
    public var addressees: [String]
    /// Replaces `Kính gửi:` (a công điện: `THỦ TƯỚNG CHÍNH PHỦ điện:`).
    public var addresseeLabel: String?
    /// Căn cứ lines, written bare; the last may be `Theo đề nghị của …`.
    public var bases: [String]
    /// Replaces the type's deciding line (`QUYẾT ĐỊNH:`); an empty string removes it.
    public var decision: String?
    /// The content.
    public var body: [Block]
    /// Replaces the profile's closing mark (`./.`); an empty string removes it.
    public var closing: String?
    /// Signers (ô 7), side by side when there are several.
    public var signers: [Signer]
    /// Nơi nhận (ô 9b), written bare.
    public var distribution: [String]
    /// Drafter's initials and number of copies (ô 12), e.g. `PL.(300)`.
    public var drafter: String?
    /// Contact lines at the foot of page 1 (ô 13).
    public var contact: [String]
    /// Texts issued with the document (a quy chế issued by a quyết định), each from a new page.
    public var attachments: [Attachment]
    /// Phụ lục, each from a new page, numbered I, II, … when there are several.
    public var appendices: [Appendix]
    /// Urgency, secrecy, circulation and draft marks.
    public var marks: Marks
    /// The block of a paper copy (SAO Y, SAO LỤC, TRÍCH SAO) after the copied text.
    public var copy: CopyBlock?
    /// PDF keywords.
    public var keywords: [String]
    /// The digital signature's information printed at the top right of page 1 (ô 14: separate-file
    /// attachments and electronic copies).
    public var signingInfo: SigningInfo?

    /// Creates a document; every element is absent unless given, the profile is `nd30` and the type `van-ban`.
    public init(profile: String = "nd30", type: String = "van-ban", issuer: Issuer = Issuer(), issuedBy: String? = nil,
                number: DocumentNumber? = nil, place: String? = nil, date: PartialDate? = nil, created: Timestamp? = nil,
                title: String? = nil, subject: [String] = [], authority: [String] = [], addressees: [String] = [],
                addresseeLabel: String? = nil, bases: [String] = [], decision: String? = nil, body: [Block] = [],
                closing: String? = nil, signers: [Signer] = [], distribution: [String] = [], drafter: String? = nil,
                contact: [String] = [], attachments: [Attachment] = [], appendices: [Appendix] = [], marks: Marks = Marks(),
                copy: CopyBlock? = nil, keywords: [String] = [], signingInfo: SigningInfo? = nil) {
        self.profile = profile
        self.type = type
        self.issuer = issuer
        self.issuedBy = issuedBy
        self.number = number
        self.place = place
        self.date = date
        self.created = created
        self.title = title
        self.subject = subject
        self.authority = authority
        self.addressees = addressees
        self.addresseeLabel = addresseeLabel
        self.bases = bases
        self.decision = decision
        self.body = body
        self.closing = closing
        self.signers = signers
        self.distribution = distribution
        self.drafter = drafter
        self.contact = contact
        self.attachments = attachments
        self.appendices = appendices
        self.marks = marks
        self.copy = copy
        self.keywords = keywords
        self.signingInfo = signingInfo
    }

    /// The PDF creation date: `created`, else a complete `date` at midnight Vietnam time, else none.
    public var creationTimestamp: Timestamp? { created ?? date?.calendarDate.map { Timestamp(date: $0) } }
}

/// The issuing body: the parent body (cơ quan chủ quản, not bold) and the issuer (bold),
/// each as the lines the author wants; long lines also wrap inside the column.
public struct Issuer: Sendable, Hashable {
    /// Lines of the parent body, cơ quan chủ quản, set not bold (`parent`).
    public var parent: [String]
    /// Lines of the issuing body itself, set bold (`name`).
    public var name: [String]
    /// Creates an issuer from its parent-body and name lines.
    public init(parent: [String] = [], name: [String] = []) {
        self.parent = parent
        self.name = name
    }
    /// Whether neither a parent body nor a name is given.
    public var isEmpty: Bool { parent.isEmpty && name.isEmpty }
}

/// Số and ký hiệu: the running number and the symbol after it (`SNV-VP`, `QĐ-UBND`, `CV/BTGTU`).
public struct DocumentNumber: Sendable, Hashable {
    /// The number in the year's series; nil for a draft whose number is given at issue.
    public var seq: Int?
    /// The ký hiệu after the number (`SNV-VP`, `QĐ-UBND`), without `Số:` (`symbol`).
    public var symbol: String?
    /// Creates a number from its running number and symbol.
    public init(seq: Int? = nil, symbol: String? = nil) {
        self.seq = seq
        self.symbol = symbol
    }
}

/// A date that may lack its day or month (`2024`, `2024-03`): what is missing stays blank for
/// the clerk to fill at issue time.
public struct PartialDate: Sendable, Hashable {
    /// Year, 1–9999.
    public var year: Int
    /// Month, 1–12; nil when not known yet.
    public var month: Int?
    /// Day of the month, 1–31; nil when not known yet.
    public var day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1...9999).contains(year),
              parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }) else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard let day = Int(parts[2]), CalendarDate(year: year, month: month!, day: day) != nil else { return nil }
            self.day = day
        }
    }

    /// The complete date `date`.
    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
        day = date.day
    }

    /// The full date, when day and month are known.
    public var calendarDate: CalendarDate? {
        guard let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var iso: String {
        var text = String.zeroPadded(year, width: 4)
        if let month { text += "-" + String.zeroPadded(month, width: 2) }
        if let day { text += "-" + String.zeroPadded(day, width: 2) }
        return text
    }
}

/// One signature (ô 7a, 7b, 7c).
public struct Signer: Sendable, Hashable {
    /// Lines above the signature set as written, not in capitals (the confirmation box of a giấy
    /// nghỉ phép: `Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép`).
    public var caption: [String]
    /// Authority line(s) with their prefix: `KT. GIÁM ĐỐC`; `TL. BỘ TRƯỞNG`, `KT. CỤC TRƯỞNG`.
    public var authority: [String]
    /// Position line(s) of the signer: `PHÓ GIÁM ĐỐC`.
    public var title: [String]
    /// Full name, without academic titles.
    public var name: String?
    /// Lines under the name.
    public var after: [String]
    /// The signer's signature image (PNG with transparency), a path relative to the document or a
    /// `data:image/png;base64,…` URL; drawn centred in the signature box (NĐ30 PL I, II.7.d).
    public var signature: String?
    /// The seal image (PNG), drawn at `sealSize` overlapping the left third of the signature (NĐ30
    /// PL I, II.8; Điều 33).
    public var seal: String?
    /// The seal's real width (`"36mm"`); the profile's when nil.
    public var sealSize: Length?
    /// Creates a signer; every line list is empty and every image absent unless given.
    public init(caption: [String] = [], authority: [String] = [], title: [String] = [], name: String? = nil, after: [String] = [],
                signature: String? = nil, seal: String? = nil, sealSize: Length? = nil) {
        self.caption = caption
        self.authority = authority
        self.title = title
        self.name = name
        self.after = after
        self.signature = signature
        self.seal = seal
        self.sealSize = sealSize
    }
}

/// A text issued with the document (a quy chế, quy định or kế hoạch "ban hành kèm theo"):
/// it starts on a new page with its own heading and its page numbers restart.
public struct Attachment: Sendable, Hashable {
    /// Document type of the attached text (`quy-che`); gives the tên loại.
    public var type: String
    /// Replaces the type's tên loại.
    public var title: String?
    /// Trích yếu lines of the attached text (`subject`).
    public var subject: [String]
    /// Replaces the generated `(Kèm theo Quyết định số …)` line.
    public var reference: String?
    /// The attached text's content (`body`).
    public var body: [Block]
    /// Signers of the attached text; defaults to the document's.
    public var signers: [Signer]?
    /// The attached text's own Phụ lục (a quy chế's forms), printed after it in this order.
    public var appendices: [Appendix]
    /// Creates an attached text of the given type.
    public init(type: String, title: String? = nil, subject: [String] = [], reference: String? = nil,
                body: [Block] = [], signers: [Signer]? = nil, appendices: [Appendix] = []) {
        self.appendices = appendices
        self.type = type
        self.title = title
        self.subject = subject
        self.reference = reference
        self.body = body
        self.signers = signers
    }
}

/// Dates as people write them, recognised so a message can show the model's form.
public enum DateNotation {
    /// `09/09/2024`, `9/9/2024`, `9-9-2024`, `9.9.2024` (day, month, year: how Vietnamese dates
    /// are written) as a complete date; nil for anything else or a day that does not exist.
    public static func dayMonthYear(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingSpaces()
        guard let separator = trimmed.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
        let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return PartialDate(date)
    }

    /// `2024-3-5`: the model's order without the leading zeros, as a complete date; nil for
    /// anything else (and for the model's own `2024-03-05`).
    public static func unpaddedISO(_ text: String) -> PartialDate? {
        let parts = text.trimmingSpaces().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts[1].count == 1 || parts[2].count == 1,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return PartialDate(date)
    }

    /// The message key and the model's form of a date written another way people write it, or
    /// nil when it is not one.
    public static func recognised(_ text: String) -> (key: MessageKey, iso: String)? {
        if let date = dayMonthYear(text) { return (.modelBadDateDayMonthYear, date.iso) }
        if let date = unpaddedISO(text) { return (.modelBadDateUnpadded, date.iso) }
        return nil
    }
}
