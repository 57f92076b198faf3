/// A calendar date (proleptic Gregorian), as written in ISO 8601 (`2024-03-05`).
public struct CalendarDate: Sendable, Hashable, Comparable {
    /// Year, 1–9999.
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day of the month, 1–31.
    public var day: Int

    /// Creates a date; `nil` when the day does not exist (`2023-02-29`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Number of days in `month` (1–12) of `year`, counting 29 February in leap years.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String { "\(String.zeroPadded(year, width: 4))-\(String.zeroPadded(month, width: 2))-\(String.zeroPadded(day, width: 2))" }
}

/// A moment with its UTC offset, as written in ISO 8601 (`2024-03-05T09:30:15+07:00`).
/// The library never reads the clock: every timestamp comes from the input or the caller.
public struct Timestamp: Sendable, Hashable {
    /// The calendar date, in the timestamp's own offset.
    public var date: CalendarDate
    /// Hour, 0–23, local to `offsetMinutes`.
    public var hour: Int
    /// Minute, 0–59.
    public var minute: Int
    /// Second, 0–59.
    public var second: Int
    /// Offset from UTC in minutes (Vietnam: +420).
    public var offsetMinutes: Int

    /// Vietnam's offset from UTC, +07:00 (NĐ30 PL I, II.8: Vietnam time zone).
    public static let vietnamOffsetMinutes = 7 * 60

    /// Creates a timestamp; the time defaults to 00:00:00 and the offset to Vietnam's, +07:00.
    public init(date: CalendarDate, hour: Int = 0, minute: Int = 0, second: Int = 0,
                offsetMinutes: Int = Timestamp.vietnamOffsetMinutes) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss]` (Vietnam time) or with `Z` / `±hh:mm`.
    public init?(iso text: String) {
        let halves = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let date = CalendarDate(iso: String(halves[0])) else { return nil }
        guard halves.count == 2 else { self.init(date: date); return }
        var clock = Substring(halves[1])
        var offset = Timestamp.vietnamOffsetMinutes
        if clock.hasSuffix("Z") {
            offset = 0
            clock = clock.dropLast()
        } else if let signIndex = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = clock[clock.index(after: signIndex)...].split(separator: ":")
            guard zone.count == 2, zone[0].count == 2, zone[1].count == 2,
                  let h = Int(zone[0]), let m = Int(zone[1]), h <= 14, m < 60 else { return nil }
            offset = (h * 60 + m) * (clock[signIndex] == "-" ? -1 : 1)
            clock = clock[..<signIndex]
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 }),
              let h = Int(fields[0]), let m = Int(fields[1]), h < 24, m < 60 else { return nil }
        let s = fields.count == 3 ? Int(fields[2]) : 0
        guard let s, s < 60 else { return nil }
        self.init(date: date, hour: h, minute: m, second: s, offsetMinutes: offset)
    }

    /// `2024-03-05T09:30:15+07:00`.
    public var iso: String {
        "\(date.iso)T\(String.zeroPadded(hour, width: 2)):\(String.zeroPadded(minute, width: 2)):\(String.zeroPadded(second, width: 2))\(offsetText(separator: ":", trailing: ""))"
    }

    /// PDF date string (ISO 32000-1 §7.9.4): `D:20240305093015+07'00'`.
    public var pdfDate: String {
        "D:\(String.zeroPadded(date.year, width: 4))\(String.zeroPadded(date.month, width: 2))\(String.zeroPadded(date.day, width: 2))\(String.zeroPadded(hour, width: 2))\(String.zeroPadded(minute, width: 2))\(String.zeroPadded(second, width: 2))"
            + offsetText(separator: "'", trailing: "'")
    }

    private func offsetText(separator: String, trailing: String) -> String {
        if offsetMinutes == 0 && separator == ":" { return "Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let m = abs(offsetMinutes)
        return "\(sign)\(String.zeroPadded(m / 60, width: 2))\(separator)\(String.zeroPadded(m % 60, width: 2))\(trailing)"
    }
}
