import VanBanModel

/// A profile file that only chooses another by the document's date (`layouts/party.json`):
/// `{ "select": [ { "profile": "hd36", "until": "2026-05-26" }, { "profile": "hd05", "from": "2026-05-27" } ] }`.
public enum ProfileSelector {
    /// The profile to use for a document dated `date`, and a note saying why; nil when `json` is
    /// a plain profile. A partial date counts as its last day; no date picks the newest entry.
    public static func select(_ json: JSONValue, name: String, date: PartialDate?) throws(DiagnosticError) -> (String, Diagnostic)? {
        guard case .array(let entries)? = json["select"] else { return nil }
        var choices: [(profile: String, from: CalendarDate?, until: CalendarDate?)] = []
        for entry in entries {
            guard case .string(let profile)? = entry["profile"] else { continue }
            let from: CalendarDate? = if case .string(let s)? = entry["from"] { CalendarDate(iso: s) } else { nil }
            let until: CalendarDate? = if case .string(let s)? = entry["until"] { CalendarDate(iso: s) } else { nil }
            choices.append((profile, from, until))
        }
        guard let newest = choices.last else {
            throw DiagnosticError([Diagnostic(.error, code: "PROFILE.SELECT", path: "/profile",
                                              message: "layouts/\(name).json selects no profile", hint: "list { \"profile\": …, \"from\": …, \"until\": … } entries")])
        }
        guard let date else {
            return (newest.profile, note(name, newest.profile, "the document has no date: the newest guideline applies"))
        }
        let day = lastDay(of: date)
        let match = choices.first { ($0.from.map { $0 <= day } ?? true) && ($0.until.map { day <= $0 } ?? true) } ?? newest
        let why = date.day == nil ? "the date \(date.iso) is partial, so its last day counts" : "the document is dated \(date.iso)"
        return (match.profile, note(name, match.profile, why))
    }

    private static func lastDay(of date: PartialDate) -> CalendarDate {
        let month = date.month ?? 12
        let day = date.day ?? CalendarDate.daysIn(month: month, year: date.year)
        return CalendarDate(year: date.year, month: month, day: day) ?? CalendarDate(year: date.year, month: 12, day: 31)!
    }

    private static func note(_ name: String, _ chosen: String, _ why: String) -> Diagnostic {
        Diagnostic(.note, code: "PROFILE.SELECTED", path: "/profile", message: "profile '\(name)' uses '\(chosen)': \(why)",
                   hint: "write \"profile\": \"\(chosen)\" to choose it yourself")
    }
}
