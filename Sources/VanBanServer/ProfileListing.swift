import VanBan

/// `GET /v1/profiles`: every profile with its title, what it builds on, and a layout's standard,
/// signing prefixes and document types (docs/openapi.yaml).
enum ProfileListing {
    static func json(_ summaries: [ProfileSummary]) -> JSONValue {
        .object([("profiles", .array(summaries.map(item)))])
    }

    static func item(_ summary: ProfileSummary) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(summary.id))]
        if let title = summary.title { members.append(("title", .string(title))) }
        if let extends = summary.extends { members.append(("extends", .string(extends))) }
        if let standard = summary.standard { members.append(("standard", .string(standard))) }
        if let name = summary.standardName { members.append(("standardName", .string(name))) }
        if !summary.authorityPrefixes.isEmpty { members.append(("authorityPrefixes", .array(summary.authorityPrefixes.map { .string($0) }))) }
        if let last = summary.lastDistributionExample { members.append(("lastDistributionExample", .string(last))) }
        if !summary.types.isEmpty { members.append(("types", .array(summary.types.map(type)))) }
        if !summary.selects.isEmpty {
            members.append(("selects", .array(summary.selects.map { choice in
                var range: [(key: String, value: JSONValue)] = [("profile", .string(choice.profile))]
                if let from = choice.from { range.append(("from", .string(from))) }
                if let until = choice.until { range.append(("until", .string(until))) }
                return .object(range)
            })))
        }
        return .object(members)
    }

    static func type(_ type: TypeSummary) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(type.id)), ("displayName", .string(type.displayName))]
        if let name = type.name { members.append(("name", .string(name))) }
        if let code = type.code { members.append(("code", .string(code))) }
        if let decision = type.decision { members.append(("decision", .string(decision))) }
        members += [("addressees", .bool(type.takesAddressees)), ("subjectUnderNumber", .bool(type.subjectUnderNumber)),
                    ("headerDate", .bool(type.headerDate))]
        return .object(members)
    }
}
