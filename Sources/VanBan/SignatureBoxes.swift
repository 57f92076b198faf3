import VanBanLayout
import VanBanModel
import VanBanPages
import VanBanRender

/// A place on the page for the signing step: a signer's signature, the seal, the number or the
/// date of an unissued draft, the ô 14 stamp.
public struct SignatureBox: Sendable, Hashable {
    /// `signer:0`, `seal:0`, `number`, `date`, `date:day`, `date:month`, `stamp`, `copy-signer:0`, …
    public var role: Role
    /// Page number, from 1.
    public var page: Int
    /// In PDF points, origin at the bottom-left corner of the page.
    public var x: Double, y: Double, width: Double, height: Double
    /// In millimetres from the top-left corner of the page.
    public var leftMM: Double, topMM: Double, widthMM: Double, heightMM: Double
    /// The name of the empty signature field on this box, when fields are added.
    public var field: String?

    /// The boxes of a laid-out document.
    static func collect(from layout: LaidOutDocument) -> [SignatureBox] {
        layout.pages.enumerated().flatMap { index, page in
            page.areas.map { area in
                let height = page.size.height
                return SignatureBox(role: area.role, page: index + 1, x: area.origin.x.points,
                                    y: (height - area.origin.y - area.height).points, width: area.width.points,
                                    height: area.height.points, leftMM: area.origin.x.millimetres, topMM: area.origin.y.millimetres,
                                    widthMM: area.width.millimetres, heightMM: area.height.millimetres,
                                    field: fieldName(area.role) ?? issuingFieldName(area))
            }
        }
    }

    /// The fields of the issuing step (docs/model.md, "Signature fields"): on a draft whose
    /// number or date is left blank, the văn thư stamps them with the organisation's certificate
    /// when the leader has signed ("Thêm số", "Thêm ngày"): `SoVanBan` on the number's blank,
    /// `NgayVanBan` on the day's blank (a draft dated `2021-08` leaves only the day to stamp).
    static let numberField = "SoVanBan", dateField = "NgayVanBan"

    /// `SoVanBan` on the number's blank, `NgayVanBan` on the day's.
    static func issuingFieldName(_ area: Area) -> String? {
        guard area.isBlank else { return nil }
        switch area.role {
        case .number: return numberField
        case .dateDay: return dateField
        default: return nil
        }
    }

    /// Stable field names: one per signer (`Signer1`, `Signer2`, …), one per seal (`OrganSeal`, then
    /// `OrganSeal2`, … for the other organs of a joint document), the same for a copy's signers
    /// (`CopySigner1`, `CopySeal`).
    static func fieldName(_ role: Role) -> String? {
        let parts = role.rawValue.split(separator: ":")
        guard parts.count == 2, let index = Int(parts[1]) else { return nil }
        switch parts[0] {
        case "signer": return "Signer\(index + 1)"
        case "seal": return index == 0 ? "OrganSeal" : "OrganSeal\(index + 1)"
        case "copy-signer": return "CopySigner\(index + 1)"
        case "copy-seal": return index == 0 ? "CopySeal" : "CopySeal\(index + 1)"
        default: return nil
        }
    }

    var signatureField: SignatureField? {
        field.map { SignatureField(name: $0, page: page - 1, rect: (x, y, x + width, y + height)) }
    }

    /// The boxes as JSON text (`vanban render --boxes`).
    public static func json(_ boxes: [SignatureBox], pages: Int) -> String {
        value(boxes, pages: pages).serialized() + "\n"
    }

    /// The boxes as a JSON value (`pages`, `units`, `boxes`), for embedding in other JSON.
    public static func value(_ boxes: [SignatureBox], pages: Int) -> JSONValue {
        func number(_ v: Double) -> JSONValue { .number((v * 100).rounded() / 100) }
        let items: [JSONValue] = boxes.map { box in
            var members: [(key: String, value: JSONValue)] = [("role", .string(box.role.rawValue)), ("page", .number(Double(box.page)))]
            if let field = box.field { members.append(("field", .string(field))) }
            members.append(("pdf", .object([("x", number(box.x)), ("y", number(box.y)), ("width", number(box.width)),
                                            ("height", number(box.height))])))
            members.append(("mm", .object([("left", number(box.leftMM)), ("top", number(box.topMM)), ("width", number(box.widthMM)),
                                           ("height", number(box.heightMM))])))
            return .object(members)
        }
        return JSONValue.object([("pages", .number(Double(pages))),
                                 ("units", .string("pdf: points from the bottom-left corner; mm: millimetres from the top-left corner")),
                                 ("boxes", .array(items))])
    }
}
