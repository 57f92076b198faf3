#!/usr/bin/env python3
"""Writes Sources/VanBanModel/Messages/MessageKey.swift from messages/en.json: one case per
message key, one static member per term and per diagnostic code. Run it after adding a message
to the English catalogue (then word the same key in every other catalogue); the catalogue tests
fail when the two disagree."""
import json, os, re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
catalogue = json.load(open(os.path.join(root, "messages/en.json")))

def name(key):
    parts = [p for p in re.split(r"[./_\-]", key) if p]
    return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])

# Keys whose first part is not a diagnostic code family.
TEXT_FAMILIES = ("TEXT.", "CLI.", "LINT.", "FONTS.", "BATCH.PROGRESS", "BATCH.SUMMARY")

keys = list(catalogue["messages"].keys())
codes = sorted({k.split("/")[0] for k in keys if not k.startswith(TEXT_FAMILIES)})
terms = list(catalogue["terms"].keys())

out = ["// Generated from messages/en.json by scripts/message-keys.py. Do not edit: add the message to",
       "// the catalogues and run the script.", "",
       "/// Every message VanBan can say: the key of its entry in each catalogue (`messages/<language>.json`).",
       "/// A diagnostic's stable code is the part before `/` (`MODEL.TYPE/string` → `MODEL.TYPE`).",
       "/// A struct rather than an enum: a program built against an older list of keys still finds",
       "/// each key by its name (an enum's cases are numbered, and inserting one renumbers the rest).",
       "public struct MessageKey: RawRepresentable, Sendable, Hashable, CustomStringConvertible {",
       "    /// The key as the catalogues write it.",
       "    public let rawValue: String",
       "    /// A key by its name.",
       "    public init(rawValue: String) { self.rawValue = rawValue }",
       "    public var description: String { rawValue }",
       "",
       "    /// The part of the key before `/`: the code of the diagnostics it words.",
       "    public var codePart: String { rawValue.split(separator: \"/\").first.map(String.init) ?? rawValue }",
       "    /// The stable code of a diagnostic worded by this key.",
       "    public var code: DiagnosticCode { DiagnosticCode(rawValue: codePart) }",
       ""]
for k in keys:
    out.append(f'    /// `{k}`.')
    out.append(f'    public static let {name(k)} = MessageKey(rawValue: "{k}")')
out += ["    /// Every key of the English catalogue, for the catalogue tests.",
        "    public static let allCases: [MessageKey] = [" + ", ".join("." + name(k) for k in keys) + "]",
        "}", "",
        "extension MessageTerm {"]
for t in terms:
    out.append(f'    /// "{catalogue["terms"][t]}" in English.')
    out.append(f'    public static let {name(t)} = MessageTerm("{t}")')
out += ["    /// Every term, for the catalogue tests.",
        "    public static let all: [MessageTerm] = [" + ", ".join("." + name(t) for t in terms) + "]",
        "}", "", "extension DiagnosticCode {"]
for c in codes:
    out.append(f'    /// `{c}`.')
    out.append(f'    public static let {name(c)} = DiagnosticCode(rawValue: "{c}")')
out += ["}", ""]
open(os.path.join(root, "Sources/VanBanModel/Messages/MessageKey.swift"), "w").write("\n".join(out))
print(f"message-keys: {len(keys)} keys, {len(terms)} terms, {len(codes)} codes")
