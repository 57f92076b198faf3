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
            throw DiagnosticError([Diagnostic(.error, .profileSelect, path: "/profile", ["name": .text(name)])])
        }
        guard let date else {
            return (newest.profile, Diagnostic(.note, .profileSelectedNoDate, path: "/profile", ["name": .text(name), "chosen": .text(newest.profile)]))
        }
        let day = lastDay(of: date)
        let match = choices.first { ($0.from.map { $0 <= day } ?? true) && ($0.until.map { day <= $0 } ?? true) } ?? newest
        let arguments: [String: MessageArgument] = ["name": .text(name), "chosen": .text(match.profile), "date": .text(date.iso)]
        return (match.profile, Diagnostic(.note, date.day == nil ? .profileSelectedPartialDate : .profileSelected, path: "/profile", arguments))
    }

    private static func lastDay(of date: PartialDate) -> CalendarDate {
        let month = date.month ?? 12
        let day = date.day ?? CalendarDate.daysIn(month: month, year: date.year)
        return CalendarDate(year: date.year, month: month, day: day) ?? CalendarDate(year: date.year, month: 12, day: 31)!
    }
}
