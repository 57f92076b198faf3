// Generated from messages/en.json by scripts/message-keys.py. Do not edit: add the message to
// the catalogues and run the script.

/// Every message VanBan can say: the key of its entry in each catalogue (`messages/<language>.json`).
/// A diagnostic's stable code is the part before `/` (`MODEL.TYPE/string` → `MODEL.TYPE`).
/// A struct rather than an enum: a program built against an older list of keys still finds
/// each key by its name (an enum's cases are numbered, and inserting one renumbers the rest).
public struct MessageKey: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The key as the catalogues write it.
    public let rawValue: String
    /// A key by its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The part of the key before `/`: the code of the diagnostics it words.
    public var codePart: String { rawValue.split(separator: "/").first.map(String.init) ?? rawValue }
    /// The stable code of a diagnostic worded by this key.
    public var code: DiagnosticCode { DiagnosticCode(rawValue: codePart) }

    /// `JSON.SYNTAX`.
    public static let jsonSyntax = MessageKey(rawValue: "JSON.SYNTAX")
    /// `JSON.SYNTAX/text-after-end`.
    public static let jsonSyntaxTextAfterEnd = MessageKey(rawValue: "JSON.SYNTAX/text-after-end")
    /// `JSON.SYNTAX/value-missing`.
    public static let jsonSyntaxValueMissing = MessageKey(rawValue: "JSON.SYNTAX/value-missing")
    /// `JSON.SYNTAX/unknown-word`.
    public static let jsonSyntaxUnknownWord = MessageKey(rawValue: "JSON.SYNTAX/unknown-word")
    /// `JSON.SYNTAX/unexpected-character`.
    public static let jsonSyntaxUnexpectedCharacter = MessageKey(rawValue: "JSON.SYNTAX/unexpected-character")
    /// `JSON.SYNTAX/expected-word`.
    public static let jsonSyntaxExpectedWord = MessageKey(rawValue: "JSON.SYNTAX/expected-word")
    /// `JSON.SYNTAX/expected-name`.
    public static let jsonSyntaxExpectedName = MessageKey(rawValue: "JSON.SYNTAX/expected-name")
    /// `JSON.SYNTAX/name-too-long`.
    public static let jsonSyntaxNameTooLong = MessageKey(rawValue: "JSON.SYNTAX/name-too-long")
    /// `JSON.SYNTAX/duplicate-key`.
    public static let jsonSyntaxDuplicateKey = MessageKey(rawValue: "JSON.SYNTAX/duplicate-key")
    /// `JSON.SYNTAX/expected-colon`.
    public static let jsonSyntaxExpectedColon = MessageKey(rawValue: "JSON.SYNTAX/expected-colon")
    /// `JSON.SYNTAX/unclosed-object`.
    public static let jsonSyntaxUnclosedObject = MessageKey(rawValue: "JSON.SYNTAX/unclosed-object")
    /// `JSON.SYNTAX/expected-object-separator`.
    public static let jsonSyntaxExpectedObjectSeparator = MessageKey(rawValue: "JSON.SYNTAX/expected-object-separator")
    /// `JSON.SYNTAX/unclosed-array`.
    public static let jsonSyntaxUnclosedArray = MessageKey(rawValue: "JSON.SYNTAX/unclosed-array")
    /// `JSON.SYNTAX/expected-array-separator`.
    public static let jsonSyntaxExpectedArraySeparator = MessageKey(rawValue: "JSON.SYNTAX/expected-array-separator")
    /// `JSON.SYNTAX/number-digits`.
    public static let jsonSyntaxNumberDigits = MessageKey(rawValue: "JSON.SYNTAX/number-digits")
    /// `JSON.SYNTAX/leading-zero`.
    public static let jsonSyntaxLeadingZero = MessageKey(rawValue: "JSON.SYNTAX/leading-zero")
    /// `JSON.SYNTAX/fraction-digits`.
    public static let jsonSyntaxFractionDigits = MessageKey(rawValue: "JSON.SYNTAX/fraction-digits")
    /// `JSON.SYNTAX/exponent-digits`.
    public static let jsonSyntaxExponentDigits = MessageKey(rawValue: "JSON.SYNTAX/exponent-digits")
    /// `JSON.SYNTAX/number-range`.
    public static let jsonSyntaxNumberRange = MessageKey(rawValue: "JSON.SYNTAX/number-range")
    /// `JSON.SYNTAX/unterminated-string`.
    public static let jsonSyntaxUnterminatedString = MessageKey(rawValue: "JSON.SYNTAX/unterminated-string")
    /// `JSON.SYNTAX/utf8`.
    public static let jsonSyntaxUtf8 = MessageKey(rawValue: "JSON.SYNTAX/utf8")
    /// `JSON.SYNTAX/line-break`.
    public static let jsonSyntaxLineBreak = MessageKey(rawValue: "JSON.SYNTAX/line-break")
    /// `JSON.SYNTAX/control-character`.
    public static let jsonSyntaxControlCharacter = MessageKey(rawValue: "JSON.SYNTAX/control-character")
    /// `JSON.SYNTAX/unterminated-escape`.
    public static let jsonSyntaxUnterminatedEscape = MessageKey(rawValue: "JSON.SYNTAX/unterminated-escape")
    /// `JSON.SYNTAX/unknown-escape`.
    public static let jsonSyntaxUnknownEscape = MessageKey(rawValue: "JSON.SYNTAX/unknown-escape")
    /// `JSON.SYNTAX/hex-digits`.
    public static let jsonSyntaxHexDigits = MessageKey(rawValue: "JSON.SYNTAX/hex-digits")
    /// `JSON.SYNTAX/lone-surrogate`.
    public static let jsonSyntaxLoneSurrogate = MessageKey(rawValue: "JSON.SYNTAX/lone-surrogate")
    /// `JSON.SYNTAX/surrogate-pair`.
    public static let jsonSyntaxSurrogatePair = MessageKey(rawValue: "JSON.SYNTAX/surrogate-pair")
    /// `JSON.TOO_DEEP`.
    public static let jsonTooDeep = MessageKey(rawValue: "JSON.TOO_DEEP")
    /// `JSON.TOO_DEEP/at`.
    public static let jsonTooDeepAt = MessageKey(rawValue: "JSON.TOO_DEEP/at")
    /// `MODEL.TYPE/object`.
    public static let modelTypeObject = MessageKey(rawValue: "MODEL.TYPE/object")
    /// `MODEL.TYPE/string`.
    public static let modelTypeString = MessageKey(rawValue: "MODEL.TYPE/string")
    /// `MODEL.TYPE/number`.
    public static let modelTypeNumber = MessageKey(rawValue: "MODEL.TYPE/number")
    /// `MODEL.TYPE/boolean`.
    public static let modelTypeBoolean = MessageKey(rawValue: "MODEL.TYPE/boolean")
    /// `MODEL.TYPE/length`.
    public static let modelTypeLength = MessageKey(rawValue: "MODEL.TYPE/length")
    /// `MODEL.TYPE/integer`.
    public static let modelTypeInteger = MessageKey(rawValue: "MODEL.TYPE/integer")
    /// `MODEL.TYPE/lines`.
    public static let modelTypeLines = MessageKey(rawValue: "MODEL.TYPE/lines")
    /// `MODEL.TYPE/array`.
    public static let modelTypeArray = MessageKey(rawValue: "MODEL.TYPE/array")
    /// `MODEL.TYPE/array-one-item`.
    public static let modelTypeArrayOneItem = MessageKey(rawValue: "MODEL.TYPE/array-one-item")
    /// `MODEL.TYPE/strings`.
    public static let modelTypeStrings = MessageKey(rawValue: "MODEL.TYPE/strings")
    /// `MODEL.TYPE/item`.
    public static let modelTypeItem = MessageKey(rawValue: "MODEL.TYPE/item")
    /// `MODEL.RANGE`.
    public static let modelRange = MessageKey(rawValue: "MODEL.RANGE")
    /// `MODEL.RANGE/length`.
    public static let modelRangeLength = MessageKey(rawValue: "MODEL.RANGE/length")
    /// `MODEL.RANGE/integer`.
    public static let modelRangeInteger = MessageKey(rawValue: "MODEL.RANGE/integer")
    /// `MODEL.LENGTH`.
    public static let modelLength = MessageKey(rawValue: "MODEL.LENGTH")
    /// `MODEL.UNKNOWN_KEY`.
    public static let modelUnknownKey = MessageKey(rawValue: "MODEL.UNKNOWN_KEY")
    /// `MODEL.UNKNOWN_KEY/suggestion`.
    public static let modelUnknownKeySuggestion = MessageKey(rawValue: "MODEL.UNKNOWN_KEY/suggestion")
    /// `MODEL.UNKNOWN_KEY/more`.
    public static let modelUnknownKeyMore = MessageKey(rawValue: "MODEL.UNKNOWN_KEY/more")
    /// `MODEL.UNKNOWN_KEY/part`.
    public static let modelUnknownKeyPart = MessageKey(rawValue: "MODEL.UNKNOWN_KEY/part")
    /// `MODEL.UNKNOWN_KEY/part-suggestion`.
    public static let modelUnknownKeyPartSuggestion = MessageKey(rawValue: "MODEL.UNKNOWN_KEY/part-suggestion")
    /// `MODEL.TOO_LARGE`.
    public static let modelTooLarge = MessageKey(rawValue: "MODEL.TOO_LARGE")
    /// `MODEL.TOO_LARGE/tables`.
    public static let modelTooLargeTables = MessageKey(rawValue: "MODEL.TOO_LARGE/tables")
    /// `MODEL.BAD_DATE`.
    public static let modelBadDate = MessageKey(rawValue: "MODEL.BAD_DATE")
    /// `MODEL.BAD_DATE/day-month-year`.
    public static let modelBadDateDayMonthYear = MessageKey(rawValue: "MODEL.BAD_DATE/day-month-year")
    /// `MODEL.BAD_DATE/unpadded`.
    public static let modelBadDateUnpadded = MessageKey(rawValue: "MODEL.BAD_DATE/unpadded")
    /// `MODEL.BAD_TIMESTAMP`.
    public static let modelBadTimestamp = MessageKey(rawValue: "MODEL.BAD_TIMESTAMP")
    /// `MODEL.BAD_TIMESTAMP/signing`.
    public static let modelBadTimestampSigning = MessageKey(rawValue: "MODEL.BAD_TIMESTAMP/signing")
    /// `MODEL.MISSING_FIELD/signing-time`.
    public static let modelMissingFieldSigningTime = MessageKey(rawValue: "MODEL.MISSING_FIELD/signing-time")
    /// `MODEL.MISSING_FIELD/signing-text`.
    public static let modelMissingFieldSigningText = MessageKey(rawValue: "MODEL.MISSING_FIELD/signing-text")
    /// `MODEL.NOT_A_DOCUMENT`.
    public static let modelNotADocument = MessageKey(rawValue: "MODEL.NOT_A_DOCUMENT")
    /// `MODEL.MISSING_FIELD/signer-name`.
    public static let modelMissingFieldSignerName = MessageKey(rawValue: "MODEL.MISSING_FIELD/signer-name")
    /// `MODEL.MISSING_FIELD/attachment-type`.
    public static let modelMissingFieldAttachmentType = MessageKey(rawValue: "MODEL.MISSING_FIELD/attachment-type")
    /// `MODEL.VALUE/copy-form`.
    public static let modelValueCopyForm = MessageKey(rawValue: "MODEL.VALUE/copy-form")
    /// `MODEL.MISSING_FIELD/copy-form`.
    public static let modelMissingFieldCopyForm = MessageKey(rawValue: "MODEL.MISSING_FIELD/copy-form")
    /// `MODEL.VALUE/alignment`.
    public static let modelValueAlignment = MessageKey(rawValue: "MODEL.VALUE/alignment")
    /// `MODEL.VALUE/vertical-alignment`.
    public static let modelValueVerticalAlignment = MessageKey(rawValue: "MODEL.VALUE/vertical-alignment")
    /// `MODEL.TYPE/cells`.
    public static let modelTypeCells = MessageKey(rawValue: "MODEL.TYPE/cells")
    /// `MODEL.MISSING_FIELD/row`.
    public static let modelMissingFieldRow = MessageKey(rawValue: "MODEL.MISSING_FIELD/row")
    /// `MODEL.RANGE/share`.
    public static let modelRangeShare = MessageKey(rawValue: "MODEL.RANGE/share")
    /// `MODEL.LENGTH/column`.
    public static let modelLengthColumn = MessageKey(rawValue: "MODEL.LENGTH/column")
    /// `MODEL.RANGE/column`.
    public static let modelRangeColumn = MessageKey(rawValue: "MODEL.RANGE/column")
    /// `MODEL.VALUE/column`.
    public static let modelValueColumn = MessageKey(rawValue: "MODEL.VALUE/column")
    /// `MODEL.RANGE/columns`.
    public static let modelRangeColumns = MessageKey(rawValue: "MODEL.RANGE/columns")
    /// `MODEL.VALUE/break`.
    public static let modelValueBreak = MessageKey(rawValue: "MODEL.VALUE/break")
    /// `MODEL.VALUE/style`.
    public static let modelValueStyle = MessageKey(rawValue: "MODEL.VALUE/style")
    /// `MODEL.BLOCK`.
    public static let modelBlock = MessageKey(rawValue: "MODEL.BLOCK")
    /// `MODEL.TOO_LONG`.
    public static let modelTooLong = MessageKey(rawValue: "MODEL.TOO_LONG")
    /// `MODEL.COMBINING_MARKS`.
    public static let modelCombiningMarks = MessageKey(rawValue: "MODEL.COMBINING_MARKS")
    /// `MODEL.LEGACY_ENCODING`.
    public static let modelLegacyEncoding = MessageKey(rawValue: "MODEL.LEGACY_ENCODING")
    /// `MODEL.INVISIBLE_REMOVED`.
    public static let modelInvisibleRemoved = MessageKey(rawValue: "MODEL.INVISIBLE_REMOVED")
    /// `MARKUP.UNCLOSED`.
    public static let markupUnclosed = MessageKey(rawValue: "MARKUP.UNCLOSED")
    /// `RESOURCES.MESSAGES`.
    public static let resourcesMessages = MessageKey(rawValue: "RESOURCES.MESSAGES")
    /// `RESOURCES.COLOUR_PROFILE`.
    public static let resourcesColourProfile = MessageKey(rawValue: "RESOURCES.COLOUR_PROFILE")
    /// `RESOURCES.MESSAGES/language`.
    public static let resourcesMessagesLanguage = MessageKey(rawValue: "RESOURCES.MESSAGES/language")
    /// `TEXT.FORCED_SUFFIX`.
    public static let textForcedSuffix = MessageKey(rawValue: "TEXT.FORCED_SUFFIX")
    /// `TEXT.CORRECTABLE_SUFFIX`.
    public static let textCorrectableSuffix = MessageKey(rawValue: "TEXT.CORRECTABLE_SUFFIX")
    /// `RENDER.FAILED`.
    public static let renderFailed = MessageKey(rawValue: "RENDER.FAILED")
    /// `RENDER.FIELDS`.
    public static let renderFields = MessageKey(rawValue: "RENDER.FIELDS")
    /// `SERVICE.INTERNAL`.
    public static let serviceInternal = MessageKey(rawValue: "SERVICE.INTERNAL")
    /// `TEXT.MISSING_GLYPH`.
    public static let textMissingGlyph = MessageKey(rawValue: "TEXT.MISSING_GLYPH")
    /// `TEXT.MISSING_GLYPH/several`.
    public static let textMissingGlyphSeveral = MessageKey(rawValue: "TEXT.MISSING_GLYPH/several")
    /// `FONT.NOT_FOUND`.
    public static let fontNotFound = MessageKey(rawValue: "FONT.NOT_FOUND")
    /// `FONT.INVALID`.
    public static let fontInvalid = MessageKey(rawValue: "FONT.INVALID")
    /// `FONT.FAMILY`.
    public static let fontFamily = MessageKey(rawValue: "FONT.FAMILY")
    /// `TEXT.FALLBACK_FONT`.
    public static let textFallbackFont = MessageKey(rawValue: "TEXT.FALLBACK_FONT")
    /// `LAYOUT.SIZE_IN_RANGE`.
    public static let layoutSizeInRange = MessageKey(rawValue: "LAYOUT.SIZE_IN_RANGE")
    /// `MODEL.UNKNOWN_TYPE`.
    public static let modelUnknownType = MessageKey(rawValue: "MODEL.UNKNOWN_TYPE")
    /// `MODEL.UNKNOWN_TYPE/suggestion`.
    public static let modelUnknownTypeSuggestion = MessageKey(rawValue: "MODEL.UNKNOWN_TYPE/suggestion")
    /// `MODEL.UNKNOWN_TYPE/attachment`.
    public static let modelUnknownTypeAttachment = MessageKey(rawValue: "MODEL.UNKNOWN_TYPE/attachment")
    /// `LAYOUT.TOO_MANY_PAGES`.
    public static let layoutTooManyPages = MessageKey(rawValue: "LAYOUT.TOO_MANY_PAGES")
    /// `LAYOUT.OVERFLOW`.
    public static let layoutOverflow = MessageKey(rawValue: "LAYOUT.OVERFLOW")
    /// `LAYOUT.SIZE_IN_RANGE/issuer`.
    public static let layoutSizeInRangeIssuer = MessageKey(rawValue: "LAYOUT.SIZE_IN_RANGE/issuer")
    /// `LAYOUT.HEADER_WRAPS`.
    public static let layoutHeaderWraps = MessageKey(rawValue: "LAYOUT.HEADER_WRAPS")
    /// `LAYOUT.TABLE_WIDTH`.
    public static let layoutTableWidth = MessageKey(rawValue: "LAYOUT.TABLE_WIDTH")
    /// `LAYOUT.TABLE_SHORT_ROW`.
    public static let layoutTableShortRow = MessageKey(rawValue: "LAYOUT.TABLE_SHORT_ROW")
    /// `PROFILE.EXTENDS`.
    public static let profileExtends = MessageKey(rawValue: "PROFILE.EXTENDS")
    /// `PROFILE.PAGE`.
    public static let profilePage = MessageKey(rawValue: "PROFILE.PAGE")
    /// `PROFILE.MISSING/style`.
    public static let profileMissingStyle = MessageKey(rawValue: "PROFILE.MISSING/style")
    /// `PROFILE.MISSING/id`.
    public static let profileMissingId = MessageKey(rawValue: "PROFILE.MISSING/id")
    /// `PROFILE.UNKNOWN_ELEMENT`.
    public static let profileUnknownElement = MessageKey(rawValue: "PROFILE.UNKNOWN_ELEMENT")
    /// `PROFILE.VALUE/alignment`.
    public static let profileValueAlignment = MessageKey(rawValue: "PROFILE.VALUE/alignment")
    /// `PROFILE.VALUE/date-placement`.
    public static let profileValueDatePlacement = MessageKey(rawValue: "PROFILE.VALUE/date-placement")
    /// `PROFILE.RANGE`.
    public static let profileRange = MessageKey(rawValue: "PROFILE.RANGE")
    /// `PROFILE.VALUE/color`.
    public static let profileValueColor = MessageKey(rawValue: "PROFILE.VALUE/color")
    /// `PROFILE.VALUE/range`.
    public static let profileValueRange = MessageKey(rawValue: "PROFILE.VALUE/range")
    /// `PROFILE.VALUE/tone-style`.
    public static let profileValueToneStyle = MessageKey(rawValue: "PROFILE.VALUE/tone-style")
    /// `PROFILE.SELECT`.
    public static let profileSelect = MessageKey(rawValue: "PROFILE.SELECT")
    /// `PROFILE.SELECTED`.
    public static let profileSelected = MessageKey(rawValue: "PROFILE.SELECTED")
    /// `PROFILE.SELECTED/partial-date`.
    public static let profileSelectedPartialDate = MessageKey(rawValue: "PROFILE.SELECTED/partial-date")
    /// `PROFILE.SELECTED/no-date`.
    public static let profileSelectedNoDate = MessageKey(rawValue: "PROFILE.SELECTED/no-date")
    /// `PROFILE.IN_FILE`.
    public static let profileInFile = MessageKey(rawValue: "PROFILE.IN_FILE")
    /// `MODEL.UNKNOWN_PROFILE`.
    public static let modelUnknownProfile = MessageKey(rawValue: "MODEL.UNKNOWN_PROFILE")
    /// `MODEL.UNKNOWN_PROFILE/selector`.
    public static let modelUnknownProfileSelector = MessageKey(rawValue: "MODEL.UNKNOWN_PROFILE/selector")
    /// `LINT.NUMBER_SEQ`.
    public static let lintNumberSeq = MessageKey(rawValue: "LINT.NUMBER_SEQ")
    /// `LINT.SYMBOL_FORM`.
    public static let lintSymbolForm = MessageKey(rawValue: "LINT.SYMBOL_FORM")
    /// `LINT.SUBJECT_PREFIX`.
    public static let lintSubjectPrefix = MessageKey(rawValue: "LINT.SUBJECT_PREFIX")
    /// `LINT.TYPE_CODE/spelling`.
    public static let lintTypeCodeSpelling = MessageKey(rawValue: "LINT.TYPE_CODE/spelling")
    /// `LINT.TYPE_CODE/other-type`.
    public static let lintTypeCodeOtherType = MessageKey(rawValue: "LINT.TYPE_CODE/other-type")
    /// `LINT.TYPE_CODE/none`.
    public static let lintTypeCodeNone = MessageKey(rawValue: "LINT.TYPE_CODE/none")
    /// `LINT.TYPE_CODE/variant`.
    public static let lintTypeCodeVariant = MessageKey(rawValue: "LINT.TYPE_CODE/variant")
    /// `LINT.PLACE`.
    public static let lintPlace = MessageKey(rawValue: "LINT.PLACE")
    /// `LINT.AUTHORITY_PREFIX`.
    public static let lintAuthorityPrefix = MessageKey(rawValue: "LINT.AUTHORITY_PREFIX")
    /// `LINT.AUTHORITY_PREFIX/unknown`.
    public static let lintAuthorityPrefixUnknown = MessageKey(rawValue: "LINT.AUTHORITY_PREFIX/unknown")
    /// `LINT.ACADEMIC_TITLE`.
    public static let lintAcademicTitle = MessageKey(rawValue: "LINT.ACADEMIC_TITLE")
    /// `LINT.SIGNERS`.
    public static let lintSigners = MessageKey(rawValue: "LINT.SIGNERS")
    /// `LINT.ADDRESSEES`.
    public static let lintAddressees = MessageKey(rawValue: "LINT.ADDRESSEES")
    /// `LINT.BASES_PUNCTUATION`.
    public static let lintBasesPunctuation = MessageKey(rawValue: "LINT.BASES_PUNCTUATION")
    /// `LINT.BASES_PUNCTUATION/last`.
    public static let lintBasesPunctuationLast = MessageKey(rawValue: "LINT.BASES_PUNCTUATION/last")
    /// `LINT.DISTRIBUTION`.
    public static let lintDistribution = MessageKey(rawValue: "LINT.DISTRIBUTION")
    /// `LINT.LAST_DISTRIBUTION`.
    public static let lintLastDistribution = MessageKey(rawValue: "LINT.LAST_DISTRIBUTION")
    /// `LINT.LAST_DISTRIBUTION/missing`.
    public static let lintLastDistributionMissing = MessageKey(rawValue: "LINT.LAST_DISTRIBUTION/missing")
    /// `LINT.LAST_DISTRIBUTION/vt`.
    public static let lintLastDistributionVt = MessageKey(rawValue: "LINT.LAST_DISTRIBUTION/vt")
    /// `LINT.LAST_DISTRIBUTION/form`.
    public static let lintLastDistributionForm = MessageKey(rawValue: "LINT.LAST_DISTRIBUTION/form")
    /// `LINT.LAST_DISTRIBUTION/after`.
    public static let lintLastDistributionAfter = MessageKey(rawValue: "LINT.LAST_DISTRIBUTION/after")
    /// `LINT.FIXED_STRING`.
    public static let lintFixedString = MessageKey(rawValue: "LINT.FIXED_STRING")
    /// `LINT.FIXED_STRING/profile`.
    public static let lintFixedStringProfile = MessageKey(rawValue: "LINT.FIXED_STRING/profile")
    /// `LINT.DATE_PADDING`.
    public static let lintDatePadding = MessageKey(rawValue: "LINT.DATE_PADDING")
    /// `LINT.TONE_STYLE`.
    public static let lintToneStyle = MessageKey(rawValue: "LINT.TONE_STYLE")
    /// `LINT.TONE_STYLE/mixed`.
    public static let lintToneStyleMixed = MessageKey(rawValue: "LINT.TONE_STYLE/mixed")
    /// `FONT.FREETYPE`.
    public static let fontFreetype = MessageKey(rawValue: "FONT.FREETYPE")
    /// `FONT.INVALID/freetype`.
    public static let fontInvalidFreetype = MessageKey(rawValue: "FONT.INVALID/freetype")
    /// `FONT.CAIRO`.
    public static let fontCairo = MessageKey(rawValue: "FONT.CAIRO")
    /// `MODEL.IMAGE`.
    public static let modelImage = MessageKey(rawValue: "MODEL.IMAGE")
    /// `MODEL.IMAGE/data-url`.
    public static let modelImageDataUrl = MessageKey(rawValue: "MODEL.IMAGE/data-url")
    /// `MODEL.IMAGE/no-folder`.
    public static let modelImageNoFolder = MessageKey(rawValue: "MODEL.IMAGE/no-folder")
    /// `MODEL.IMAGE/missing`.
    public static let modelImageMissing = MessageKey(rawValue: "MODEL.IMAGE/missing")
    /// `MODEL.IMAGE/not-regular`.
    public static let modelImageNotRegular = MessageKey(rawValue: "MODEL.IMAGE/not-regular")
    /// `MODEL.IMAGE/unreadable`.
    public static let modelImageUnreadable = MessageKey(rawValue: "MODEL.IMAGE/unreadable")
    /// `MODEL.IMAGE/damaged`.
    public static let modelImageDamaged = MessageKey(rawValue: "MODEL.IMAGE/damaged")
    /// `MODEL.IMAGE/not-png`.
    public static let modelImageNotPng = MessageKey(rawValue: "MODEL.IMAGE/not-png")
    /// `MODEL.IMAGE/truncated`.
    public static let modelImageTruncated = MessageKey(rawValue: "MODEL.IMAGE/truncated")
    /// `MODEL.IMAGE/empty`.
    public static let modelImageEmpty = MessageKey(rawValue: "MODEL.IMAGE/empty")
    /// `MODEL.IMAGE_OUTSIDE`.
    public static let modelImageOutside = MessageKey(rawValue: "MODEL.IMAGE_OUTSIDE")
    /// `MODEL.IMAGE_TOO_LARGE`.
    public static let modelImageTooLarge = MessageKey(rawValue: "MODEL.IMAGE_TOO_LARGE")
    /// `MODEL.IMAGE_TOO_LARGE/data-url`.
    public static let modelImageTooLargeDataUrl = MessageKey(rawValue: "MODEL.IMAGE_TOO_LARGE/data-url")
    /// `MODEL.IMAGE_TOO_LARGE/file`.
    public static let modelImageTooLargeFile = MessageKey(rawValue: "MODEL.IMAGE_TOO_LARGE/file")
    /// `MODEL.IMAGE_TOO_LARGE/pixels`.
    public static let modelImageTooLargePixels = MessageKey(rawValue: "MODEL.IMAGE_TOO_LARGE/pixels")
    /// `MODEL.IMAGE_TOO_LARGE/side`.
    public static let modelImageTooLargeSide = MessageKey(rawValue: "MODEL.IMAGE_TOO_LARGE/side")
    /// `RENDER.PAGE`.
    public static let renderPage = MessageKey(rawValue: "RENDER.PAGE")
    /// `RENDER.RESOLUTION`.
    public static let renderResolution = MessageKey(rawValue: "RENDER.RESOLUTION")
    /// `OPTION.FORMAT`.
    public static let optionFormat = MessageKey(rawValue: "OPTION.FORMAT")
    /// `OPTION.DPI`.
    public static let optionDpi = MessageKey(rawValue: "OPTION.DPI")
    /// `OPTION.PAGE`.
    public static let optionPage = MessageKey(rawValue: "OPTION.PAGE")
    /// `OPTION.PAGES`.
    public static let optionPages = MessageKey(rawValue: "OPTION.PAGES")
    /// `OPTION.CREATED`.
    public static let optionCreated = MessageKey(rawValue: "OPTION.CREATED")
    /// `OPTION.TONE_STYLE`.
    public static let optionToneStyle = MessageKey(rawValue: "OPTION.TONE_STYLE")
    /// `OPTION.LANG`.
    public static let optionLang = MessageKey(rawValue: "OPTION.LANG")
    /// `OPTION.FLAG`.
    public static let optionFlag = MessageKey(rawValue: "OPTION.FLAG")
    /// `SERVICE.QUERY`.
    public static let serviceQuery = MessageKey(rawValue: "SERVICE.QUERY")
    /// `SERVICE.TOO_LARGE`.
    public static let serviceTooLarge = MessageKey(rawValue: "SERVICE.TOO_LARGE")
    /// `SERVICE.TOO_MANY`.
    public static let serviceTooMany = MessageKey(rawValue: "SERVICE.TOO_MANY")
    /// `SERVICE.BODY`.
    public static let serviceBody = MessageKey(rawValue: "SERVICE.BODY")
    /// `SERVICE.BUSY`.
    public static let serviceBusy = MessageKey(rawValue: "SERVICE.BUSY")
    /// `SERVICE.BUSY/memory`.
    public static let serviceBusyMemory = MessageKey(rawValue: "SERVICE.BUSY/memory")
    /// `SERVICE.UPLOAD_TIMEOUT`.
    public static let serviceUploadTimeout = MessageKey(rawValue: "SERVICE.UPLOAD_TIMEOUT")
    /// `SERVICE.DEADLINE`.
    public static let serviceDeadline = MessageKey(rawValue: "SERVICE.DEADLINE")
    /// `SERVICE.NOT_FOUND`.
    public static let serviceNotFound = MessageKey(rawValue: "SERVICE.NOT_FOUND")
    /// `SERVICE.NOT_FOUND/documentation`.
    public static let serviceNotFoundDocumentation = MessageKey(rawValue: "SERVICE.NOT_FOUND/documentation")
    /// `SERVICE.NOT_FOUND/example`.
    public static let serviceNotFoundExample = MessageKey(rawValue: "SERVICE.NOT_FOUND/example")
    /// `SERVICE.NOT_FOUND/desk-file`.
    public static let serviceNotFoundDeskFile = MessageKey(rawValue: "SERVICE.NOT_FOUND/desk-file")
    /// `SERVICE.NOT_FOUND/desk`.
    public static let serviceNotFoundDesk = MessageKey(rawValue: "SERVICE.NOT_FOUND/desk")
    /// `SERVICE.METHOD`.
    public static let serviceMethod = MessageKey(rawValue: "SERVICE.METHOD")
    /// `SERVICE.HTTP`.
    public static let serviceHttp = MessageKey(rawValue: "SERVICE.HTTP")
    /// `SERVICE.HTTP/status`.
    public static let serviceHttpStatus = MessageKey(rawValue: "SERVICE.HTTP/status")
    /// `CLI.UNKNOWN_COMMAND`.
    public static let cliUnknownCommand = MessageKey(rawValue: "CLI.UNKNOWN_COMMAND")
    /// `CLI.UNKNOWN_COMMAND/close`.
    public static let cliUnknownCommandClose = MessageKey(rawValue: "CLI.UNKNOWN_COMMAND/close")
    /// `CLI.RESOURCES_NOT_FOUND`.
    public static let cliResourcesNotFound = MessageKey(rawValue: "CLI.RESOURCES_NOT_FOUND")
    /// `CLI.RESOURCES_INCOMPLETE`.
    public static let cliResourcesIncomplete = MessageKey(rawValue: "CLI.RESOURCES_INCOMPLETE")
    /// `TEXT.CLI_ERROR`.
    public static let textCliError = MessageKey(rawValue: "TEXT.CLI_ERROR")
    /// `TEXT.HINT_LINE`.
    public static let textHintLine = MessageKey(rawValue: "TEXT.HINT_LINE")
    /// `TEXT.DIAGNOSTIC_LINE`.
    public static let textDiagnosticLine = MessageKey(rawValue: "TEXT.DIAGNOSTIC_LINE")
    /// `BATCH.READ`.
    public static let batchRead = MessageKey(rawValue: "BATCH.READ")
    /// `BATCH.WRITE`.
    public static let batchWrite = MessageKey(rawValue: "BATCH.WRITE")
    /// `DATA.TOO_LARGE`.
    public static let dataTooLarge = MessageKey(rawValue: "DATA.TOO_LARGE")
    /// `DATA.ENCODING`.
    public static let dataEncoding = MessageKey(rawValue: "DATA.ENCODING")
    /// `DATA.NO_HEADER`.
    public static let dataNoHeader = MessageKey(rawValue: "DATA.NO_HEADER")
    /// `DATA.QUOTE`.
    public static let dataQuote = MessageKey(rawValue: "DATA.QUOTE")
    /// `DATA.DUPLICATE_COLUMN`.
    public static let dataDuplicateColumn = MessageKey(rawValue: "DATA.DUPLICATE_COLUMN")
    /// `DATA.NOT_AN_OBJECT`.
    public static let dataNotAnObject = MessageKey(rawValue: "DATA.NOT_AN_OBJECT")
    /// `DATA.FORMAT`.
    public static let dataFormat = MessageKey(rawValue: "DATA.FORMAT")
    /// `XLSX.ZIP`.
    public static let xlsxZip = MessageKey(rawValue: "XLSX.ZIP")
    /// `XLSX.ZIP/truncated`.
    public static let xlsxZipTruncated = MessageKey(rawValue: "XLSX.ZIP/truncated")
    /// `XLSX.ZIP/entry`.
    public static let xlsxZipEntry = MessageKey(rawValue: "XLSX.ZIP/entry")
    /// `XLSX.ZIP/encrypted`.
    public static let xlsxZipEncrypted = MessageKey(rawValue: "XLSX.ZIP/encrypted")
    /// `XLSX.ZIP/method`.
    public static let xlsxZipMethod = MessageKey(rawValue: "XLSX.ZIP/method")
    /// `XLSX.TOO_MANY_ENTRIES`.
    public static let xlsxTooManyEntries = MessageKey(rawValue: "XLSX.TOO_MANY_ENTRIES")
    /// `XLSX.BOMB`.
    public static let xlsxBomb = MessageKey(rawValue: "XLSX.BOMB")
    /// `XLSX.PART_MISSING`.
    public static let xlsxPartMissing = MessageKey(rawValue: "XLSX.PART_MISSING")
    /// `XLSX.SHEET`.
    public static let xlsxSheet = MessageKey(rawValue: "XLSX.SHEET")
    /// `XLSX.XML`.
    public static let xlsxXml = MessageKey(rawValue: "XLSX.XML")
    /// `MERGE.SLOT`.
    public static let mergeSlot = MessageKey(rawValue: "MERGE.SLOT")
    /// `MERGE.MISSING_COLUMN`.
    public static let mergeMissingColumn = MessageKey(rawValue: "MERGE.MISSING_COLUMN")
    /// `MERGE.EMPTY_CELL`.
    public static let mergeEmptyCell = MessageKey(rawValue: "MERGE.EMPTY_CELL")
    /// `MERGE.NOT_A_DATE`.
    public static let mergeNotADate = MessageKey(rawValue: "MERGE.NOT_A_DATE")
    /// `MERGE.ERROR_CELL`.
    public static let mergeErrorCell = MessageKey(rawValue: "MERGE.ERROR_CELL")
    /// `MERGE.NOT_A_NUMBER`.
    public static let mergeNotANumber = MessageKey(rawValue: "MERGE.NOT_A_NUMBER")
    /// `MERGE.EXTRA_CELLS`.
    public static let mergeExtraCells = MessageKey(rawValue: "MERGE.EXTRA_CELLS")
    /// `CLI.SHARD`.
    public static let cliShard = MessageKey(rawValue: "CLI.SHARD")
    /// `CLI.DELIMITER`.
    public static let cliDelimiter = MessageKey(rawValue: "CLI.DELIMITER")
    /// `CLI.OPEN`.
    public static let cliOpen = MessageKey(rawValue: "CLI.OPEN")
    /// `CLI.IS_FOLDER`.
    public static let cliIsFolder = MessageKey(rawValue: "CLI.IS_FOLDER")
    /// `CLI.READ`.
    public static let cliRead = MessageKey(rawValue: "CLI.READ")
    /// `CLI.STDOUT`.
    public static let cliStdout = MessageKey(rawValue: "CLI.STDOUT")
    /// `CLI.WRITE`.
    public static let cliWrite = MessageKey(rawValue: "CLI.WRITE")
    /// `CLI.WRITE/create`.
    public static let cliWriteCreate = MessageKey(rawValue: "CLI.WRITE/create")
    /// `CLI.WRITE/folder`.
    public static let cliWriteFolder = MessageKey(rawValue: "CLI.WRITE/folder")
    /// `CLI.WRITE/device`.
    public static let cliWriteDevice = MessageKey(rawValue: "CLI.WRITE/device")
    /// `CLI.WRITE/links`.
    public static let cliWriteLinks = MessageKey(rawValue: "CLI.WRITE/links")
    /// `CLI.LINK`.
    public static let cliLink = MessageKey(rawValue: "CLI.LINK")
    /// `CLI.FONT_DIR`.
    public static let cliFontDir = MessageKey(rawValue: "CLI.FONT_DIR")
    /// `CLI.FALLBACK_FONT`.
    public static let cliFallbackFont = MessageKey(rawValue: "CLI.FALLBACK_FONT")
    /// `CLI.OPTION_RANGE`.
    public static let cliOptionRange = MessageKey(rawValue: "CLI.OPTION_RANGE")
    /// `CLI.OPTION_EMPTY`.
    public static let cliOptionEmpty = MessageKey(rawValue: "CLI.OPTION_EMPTY")
    /// `CLI.OUTPUT_FORMAT`.
    public static let cliOutputFormat = MessageKey(rawValue: "CLI.OUTPUT_FORMAT")
    /// `CLI.SERVE_MISSING`.
    public static let cliServeMissing = MessageKey(rawValue: "CLI.SERVE_MISSING")
    /// `CLI.SERVE_START`.
    public static let cliServeStart = MessageKey(rawValue: "CLI.SERVE_START")
    /// `CLI.SERVICE_STOPPED`.
    public static let cliServiceStopped = MessageKey(rawValue: "CLI.SERVICE_STOPPED")
    /// `CLI.REPORT`.
    public static let cliReport = MessageKey(rawValue: "CLI.REPORT")
    /// `CLI.REPORT/open`.
    public static let cliReportOpen = MessageKey(rawValue: "CLI.REPORT/open")
    /// `CLI.NOT_A_FOLDER`.
    public static let cliNotAFolder = MessageKey(rawValue: "CLI.NOT_A_FOLDER")
    /// `CLI.MKDIR`.
    public static let cliMkdir = MessageKey(rawValue: "CLI.MKDIR")
    /// `CLI.NAME_BRACE`.
    public static let cliNameBrace = MessageKey(rawValue: "CLI.NAME_BRACE")
    /// `CLI.NAME_FIELD`.
    public static let cliNameField = MessageKey(rawValue: "CLI.NAME_FIELD")
    /// `CLI.CORRECTED`.
    public static let cliCorrected = MessageKey(rawValue: "CLI.CORRECTED")
    /// `FONTS.FACE`.
    public static let fontsFace = MessageKey(rawValue: "FONTS.FACE")
    /// `FONTS.COUNTS`.
    public static let fontsCounts = MessageKey(rawValue: "FONTS.COUNTS")
    /// `FONTS.COVERAGE`.
    public static let fontsCoverage = MessageKey(rawValue: "FONTS.COVERAGE")
    /// `FONTS.METRICS`.
    public static let fontsMetrics = MessageKey(rawValue: "FONTS.METRICS")
    /// `FONTS.MISSING`.
    public static let fontsMissing = MessageKey(rawValue: "FONTS.MISSING")
    /// `BATCH.SUMMARY`.
    public static let batchSummary = MessageKey(rawValue: "BATCH.SUMMARY")
    /// `BATCH.SUMMARY/interrupted`.
    public static let batchSummaryInterrupted = MessageKey(rawValue: "BATCH.SUMMARY/interrupted")
    /// `BATCH.SUMMARY/report`.
    public static let batchSummaryReport = MessageKey(rawValue: "BATCH.SUMMARY/report")
    /// `BATCH.SUMMARY/memory`.
    public static let batchSummaryMemory = MessageKey(rawValue: "BATCH.SUMMARY/memory")
    /// `BATCH.PROGRESS/done`.
    public static let batchProgressDone = MessageKey(rawValue: "BATCH.PROGRESS/done")
    /// `BATCH.PROGRESS/count`.
    public static let batchProgressCount = MessageKey(rawValue: "BATCH.PROGRESS/count")
    /// `BATCH.PROGRESS/rate`.
    public static let batchProgressRate = MessageKey(rawValue: "BATCH.PROGRESS/rate")
    /// `BATCH.PROGRESS/eta`.
    public static let batchProgressEta = MessageKey(rawValue: "BATCH.PROGRESS/eta")
    /// `BATCH.PROGRESS/failed`.
    public static let batchProgressFailed = MessageKey(rawValue: "BATCH.PROGRESS/failed")
    /// Every key of the English catalogue, for the catalogue tests.
    public static let allCases: [MessageKey] = [.jsonSyntax, .jsonSyntaxTextAfterEnd, .jsonSyntaxValueMissing, .jsonSyntaxUnknownWord, .jsonSyntaxUnexpectedCharacter, .jsonSyntaxExpectedWord, .jsonSyntaxExpectedName, .jsonSyntaxNameTooLong, .jsonSyntaxDuplicateKey, .jsonSyntaxExpectedColon, .jsonSyntaxUnclosedObject, .jsonSyntaxExpectedObjectSeparator, .jsonSyntaxUnclosedArray, .jsonSyntaxExpectedArraySeparator, .jsonSyntaxNumberDigits, .jsonSyntaxLeadingZero, .jsonSyntaxFractionDigits, .jsonSyntaxExponentDigits, .jsonSyntaxNumberRange, .jsonSyntaxUnterminatedString, .jsonSyntaxUtf8, .jsonSyntaxLineBreak, .jsonSyntaxControlCharacter, .jsonSyntaxUnterminatedEscape, .jsonSyntaxUnknownEscape, .jsonSyntaxHexDigits, .jsonSyntaxLoneSurrogate, .jsonSyntaxSurrogatePair, .jsonTooDeep, .jsonTooDeepAt, .modelTypeObject, .modelTypeString, .modelTypeNumber, .modelTypeBoolean, .modelTypeLength, .modelTypeInteger, .modelTypeLines, .modelTypeArray, .modelTypeArrayOneItem, .modelTypeStrings, .modelTypeItem, .modelRange, .modelRangeLength, .modelRangeInteger, .modelLength, .modelUnknownKey, .modelUnknownKeySuggestion, .modelUnknownKeyMore, .modelUnknownKeyPart, .modelUnknownKeyPartSuggestion, .modelTooLarge, .modelTooLargeTables, .modelBadDate, .modelBadDateDayMonthYear, .modelBadDateUnpadded, .modelBadTimestamp, .modelBadTimestampSigning, .modelMissingFieldSigningTime, .modelMissingFieldSigningText, .modelNotADocument, .modelMissingFieldSignerName, .modelMissingFieldAttachmentType, .modelValueCopyForm, .modelMissingFieldCopyForm, .modelValueAlignment, .modelValueVerticalAlignment, .modelTypeCells, .modelMissingFieldRow, .modelRangeShare, .modelLengthColumn, .modelRangeColumn, .modelValueColumn, .modelRangeColumns, .modelValueBreak, .modelValueStyle, .modelBlock, .modelTooLong, .modelCombiningMarks, .modelLegacyEncoding, .modelInvisibleRemoved, .markupUnclosed, .resourcesMessages, .resourcesColourProfile, .resourcesMessagesLanguage, .textForcedSuffix, .textCorrectableSuffix, .renderFailed, .renderFields, .serviceInternal, .textMissingGlyph, .textMissingGlyphSeveral, .fontNotFound, .fontInvalid, .fontFamily, .textFallbackFont, .layoutSizeInRange, .modelUnknownType, .modelUnknownTypeSuggestion, .modelUnknownTypeAttachment, .layoutTooManyPages, .layoutOverflow, .layoutSizeInRangeIssuer, .layoutHeaderWraps, .layoutTableWidth, .layoutTableShortRow, .profileExtends, .profilePage, .profileMissingStyle, .profileMissingId, .profileUnknownElement, .profileValueAlignment, .profileValueDatePlacement, .profileRange, .profileValueColor, .profileValueRange, .profileValueToneStyle, .profileSelect, .profileSelected, .profileSelectedPartialDate, .profileSelectedNoDate, .profileInFile, .modelUnknownProfile, .modelUnknownProfileSelector, .lintNumberSeq, .lintSymbolForm, .lintSubjectPrefix, .lintTypeCodeSpelling, .lintTypeCodeOtherType, .lintTypeCodeNone, .lintTypeCodeVariant, .lintPlace, .lintAuthorityPrefix, .lintAuthorityPrefixUnknown, .lintAcademicTitle, .lintSigners, .lintAddressees, .lintBasesPunctuation, .lintBasesPunctuationLast, .lintDistribution, .lintLastDistribution, .lintLastDistributionMissing, .lintLastDistributionVt, .lintLastDistributionForm, .lintLastDistributionAfter, .lintFixedString, .lintFixedStringProfile, .lintDatePadding, .lintToneStyle, .lintToneStyleMixed, .fontFreetype, .fontInvalidFreetype, .fontCairo, .modelImage, .modelImageDataUrl, .modelImageNoFolder, .modelImageMissing, .modelImageNotRegular, .modelImageUnreadable, .modelImageDamaged, .modelImageNotPng, .modelImageTruncated, .modelImageEmpty, .modelImageOutside, .modelImageTooLarge, .modelImageTooLargeDataUrl, .modelImageTooLargeFile, .modelImageTooLargePixels, .modelImageTooLargeSide, .renderPage, .renderResolution, .optionFormat, .optionDpi, .optionPage, .optionPages, .optionCreated, .optionToneStyle, .optionLang, .optionFlag, .serviceQuery, .serviceTooLarge, .serviceTooMany, .serviceBody, .serviceBusy, .serviceBusyMemory, .serviceUploadTimeout, .serviceDeadline, .serviceNotFound, .serviceNotFoundDocumentation, .serviceNotFoundExample, .serviceNotFoundDeskFile, .serviceNotFoundDesk, .serviceMethod, .serviceHttp, .serviceHttpStatus, .cliUnknownCommand, .cliUnknownCommandClose, .cliResourcesNotFound, .cliResourcesIncomplete, .textCliError, .textHintLine, .textDiagnosticLine, .batchRead, .batchWrite, .dataTooLarge, .dataEncoding, .dataNoHeader, .dataQuote, .dataDuplicateColumn, .dataNotAnObject, .dataFormat, .xlsxZip, .xlsxZipTruncated, .xlsxZipEntry, .xlsxZipEncrypted, .xlsxZipMethod, .xlsxTooManyEntries, .xlsxBomb, .xlsxPartMissing, .xlsxSheet, .xlsxXml, .mergeSlot, .mergeMissingColumn, .mergeEmptyCell, .mergeNotADate, .mergeErrorCell, .mergeNotANumber, .mergeExtraCells, .cliShard, .cliDelimiter, .cliOpen, .cliIsFolder, .cliRead, .cliStdout, .cliWrite, .cliWriteCreate, .cliWriteFolder, .cliWriteDevice, .cliWriteLinks, .cliLink, .cliFontDir, .cliFallbackFont, .cliOptionRange, .cliOptionEmpty, .cliOutputFormat, .cliServeMissing, .cliServeStart, .cliServiceStopped, .cliReport, .cliReportOpen, .cliNotAFolder, .cliMkdir, .cliNameBrace, .cliNameField, .cliCorrected, .fontsFace, .fontsCounts, .fontsCoverage, .fontsMetrics, .fontsMissing, .batchSummary, .batchSummaryInterrupted, .batchSummaryReport, .batchSummaryMemory, .batchProgressDone, .batchProgressCount, .batchProgressRate, .batchProgressEta, .batchProgressFailed]
}

extension MessageTerm {
    /// "null" in English.
    public static let kindNull = MessageTerm("kind.null")
    /// "a boolean" in English.
    public static let kindBoolean = MessageTerm("kind.boolean")
    /// "a number" in English.
    public static let kindNumber = MessageTerm("kind.number")
    /// "a string" in English.
    public static let kindString = MessageTerm("kind.string")
    /// "an array" in English.
    public static let kindArray = MessageTerm("kind.array")
    /// "an object" in English.
    public static let kindObject = MessageTerm("kind.object")
    /// "a fraction" in English.
    public static let kindFraction = MessageTerm("kind.fraction")
    /// "an object" in English.
    public static let thingObject = MessageTerm("thing.object")
    /// "a document" in English.
    public static let thingDocument = MessageTerm("thing.document")
    /// "a signer" in English.
    public static let thingSigner = MessageTerm("thing.signer")
    /// "a block" in English.
    public static let thingBlock = MessageTerm("thing.block")
    /// "a cell" in English.
    public static let thingCell = MessageTerm("thing.cell")
    /// "a column" in English.
    public static let thingColumn = MessageTerm("thing.column")
    /// "a list item" in English.
    public static let thingListItem = MessageTerm("thing.list-item")
    /// "a profile" in English.
    public static let thingProfile = MessageTerm("thing.profile")
    /// "a row" in English.
    public static let thingRow = MessageTerm("thing.row")
    /// "an appendix" in English.
    public static let thingAppendix = MessageTerm("thing.appendix")
    /// "an attached text" in English.
    public static let thingAttachment = MessageTerm("thing.attachment")
    /// "a string, or an object with one of: text, heading, center, list, table, together, break" in English.
    public static let exampleBlock = MessageTerm("example.block")
    /// "control character" in English.
    public static let controlCharacter = MessageTerm("control-character")
    /// "Regular" in English.
    public static let faceRegular = MessageTerm("face.regular")
    /// "Bold" in English.
    public static let faceBold = MessageTerm("face.bold")
    /// "Italic" in English.
    public static let faceItalic = MessageTerm("face.italic")
    /// "Bold Italic" in English.
    public static let faceBoldItalic = MessageTerm("face.bold-italic")
    /// "the national title" in English.
    public static let partNationalTitle = MessageTerm("part.national-title")
    /// "the motto" in English.
    public static let partMotto = MessageTerm("part.motto")
    /// "the date line" in English.
    public static let partDateLine = MessageTerm("part.date-line")
    /// "table row" in English.
    public static let partTableRow = MessageTerm("part.table-row")
    /// "signature block" in English.
    public static let partSignature = MessageTerm("part.signature")
    /// "paragraph" in English.
    public static let partParagraph = MessageTerm("part.paragraph")
    /// "Kính gửi block" in English.
    public static let partAddressees = MessageTerm("part.addressees")
    /// "block" in English.
    public static let partBlock = MessageTerm("part.block")
    /// "the issuing body's name" in English.
    public static let partIssuer = MessageTerm("part.issuer")
    /// "the number and symbol" in English.
    public static let partNumber = MessageTerm("part.number")
    /// "it starts with 'Số' (the profile writes it)" in English.
    public static let symbolStartsWithSo = MessageTerm("symbol.starts-with-so")
    /// "it repeats the number" in English.
    public static let symbolRepeatsNumber = MessageTerm("symbol.repeats-number")
    /// "it starts with '/'" in English.
    public static let symbolStartsWithSlash = MessageTerm("symbol.starts-with-slash")
    /// "it has spaces" in English.
    public static let symbolHasSpaces = MessageTerm("symbol.has-spaces")
    /// "it has a ':'" in English.
    public static let symbolHasColon = MessageTerm("symbol.has-colon")
    /// "old" in English.
    public static let toneOld = MessageTerm("tone.old")
    /// "new" in English.
    public static let toneNew = MessageTerm("tone.new")
    /// "and" in English.
    public static let and = MessageTerm("and")
    /// "or" in English.
    public static let or = MessageTerm("or")
    /// "bytes" in English.
    public static let unitBytes = MessageTerm("unit.bytes")
    /// "the data: URL" in English.
    public static let imageDataUrl = MessageTerm("image.data-url")
    /// "error" in English.
    public static let severityError = MessageTerm("severity.error")
    /// "warning" in English.
    public static let severityWarning = MessageTerm("severity.warning")
    /// "note" in English.
    public static let severityNote = MessageTerm("severity.note")
    /// "Fallback" in English.
    public static let faceFallback = MessageTerm("face.fallback")
    /// Every term, for the catalogue tests.
    public static let all: [MessageTerm] = [.kindNull, .kindBoolean, .kindNumber, .kindString, .kindArray, .kindObject, .kindFraction, .thingObject, .thingDocument, .thingSigner, .thingBlock, .thingCell, .thingColumn, .thingListItem, .thingProfile, .thingRow, .thingAppendix, .thingAttachment, .exampleBlock, .controlCharacter, .faceRegular, .faceBold, .faceItalic, .faceBoldItalic, .partNationalTitle, .partMotto, .partDateLine, .partTableRow, .partSignature, .partParagraph, .partAddressees, .partBlock, .partIssuer, .partNumber, .symbolStartsWithSo, .symbolRepeatsNumber, .symbolStartsWithSlash, .symbolHasSpaces, .symbolHasColon, .toneOld, .toneNew, .and, .or, .unitBytes, .imageDataUrl, .severityError, .severityWarning, .severityNote, .faceFallback]
}

extension DiagnosticCode {
    /// `BATCH.READ`.
    public static let batchRead = DiagnosticCode(rawValue: "BATCH.READ")
    /// `BATCH.WRITE`.
    public static let batchWrite = DiagnosticCode(rawValue: "BATCH.WRITE")
    /// `DATA.DUPLICATE_COLUMN`.
    public static let dataDuplicateColumn = DiagnosticCode(rawValue: "DATA.DUPLICATE_COLUMN")
    /// `DATA.ENCODING`.
    public static let dataEncoding = DiagnosticCode(rawValue: "DATA.ENCODING")
    /// `DATA.FORMAT`.
    public static let dataFormat = DiagnosticCode(rawValue: "DATA.FORMAT")
    /// `DATA.NOT_AN_OBJECT`.
    public static let dataNotAnObject = DiagnosticCode(rawValue: "DATA.NOT_AN_OBJECT")
    /// `DATA.NO_HEADER`.
    public static let dataNoHeader = DiagnosticCode(rawValue: "DATA.NO_HEADER")
    /// `DATA.QUOTE`.
    public static let dataQuote = DiagnosticCode(rawValue: "DATA.QUOTE")
    /// `DATA.TOO_LARGE`.
    public static let dataTooLarge = DiagnosticCode(rawValue: "DATA.TOO_LARGE")
    /// `FONT.CAIRO`.
    public static let fontCairo = DiagnosticCode(rawValue: "FONT.CAIRO")
    /// `FONT.FAMILY`.
    public static let fontFamily = DiagnosticCode(rawValue: "FONT.FAMILY")
    /// `FONT.FREETYPE`.
    public static let fontFreetype = DiagnosticCode(rawValue: "FONT.FREETYPE")
    /// `FONT.INVALID`.
    public static let fontInvalid = DiagnosticCode(rawValue: "FONT.INVALID")
    /// `FONT.NOT_FOUND`.
    public static let fontNotFound = DiagnosticCode(rawValue: "FONT.NOT_FOUND")
    /// `JSON.SYNTAX`.
    public static let jsonSyntax = DiagnosticCode(rawValue: "JSON.SYNTAX")
    /// `JSON.TOO_DEEP`.
    public static let jsonTooDeep = DiagnosticCode(rawValue: "JSON.TOO_DEEP")
    /// `LAYOUT.HEADER_WRAPS`.
    public static let layoutHeaderWraps = DiagnosticCode(rawValue: "LAYOUT.HEADER_WRAPS")
    /// `LAYOUT.OVERFLOW`.
    public static let layoutOverflow = DiagnosticCode(rawValue: "LAYOUT.OVERFLOW")
    /// `LAYOUT.SIZE_IN_RANGE`.
    public static let layoutSizeInRange = DiagnosticCode(rawValue: "LAYOUT.SIZE_IN_RANGE")
    /// `LAYOUT.TABLE_SHORT_ROW`.
    public static let layoutTableShortRow = DiagnosticCode(rawValue: "LAYOUT.TABLE_SHORT_ROW")
    /// `LAYOUT.TABLE_WIDTH`.
    public static let layoutTableWidth = DiagnosticCode(rawValue: "LAYOUT.TABLE_WIDTH")
    /// `LAYOUT.TOO_MANY_PAGES`.
    public static let layoutTooManyPages = DiagnosticCode(rawValue: "LAYOUT.TOO_MANY_PAGES")
    /// `MARKUP.UNCLOSED`.
    public static let markupUnclosed = DiagnosticCode(rawValue: "MARKUP.UNCLOSED")
    /// `MERGE.EMPTY_CELL`.
    public static let mergeEmptyCell = DiagnosticCode(rawValue: "MERGE.EMPTY_CELL")
    /// `MERGE.ERROR_CELL`.
    public static let mergeErrorCell = DiagnosticCode(rawValue: "MERGE.ERROR_CELL")
    /// `MERGE.EXTRA_CELLS`.
    public static let mergeExtraCells = DiagnosticCode(rawValue: "MERGE.EXTRA_CELLS")
    /// `MERGE.MISSING_COLUMN`.
    public static let mergeMissingColumn = DiagnosticCode(rawValue: "MERGE.MISSING_COLUMN")
    /// `MERGE.NOT_A_DATE`.
    public static let mergeNotADate = DiagnosticCode(rawValue: "MERGE.NOT_A_DATE")
    /// `MERGE.NOT_A_NUMBER`.
    public static let mergeNotANumber = DiagnosticCode(rawValue: "MERGE.NOT_A_NUMBER")
    /// `MERGE.SLOT`.
    public static let mergeSlot = DiagnosticCode(rawValue: "MERGE.SLOT")
    /// `MODEL.BAD_DATE`.
    public static let modelBadDate = DiagnosticCode(rawValue: "MODEL.BAD_DATE")
    /// `MODEL.BAD_TIMESTAMP`.
    public static let modelBadTimestamp = DiagnosticCode(rawValue: "MODEL.BAD_TIMESTAMP")
    /// `MODEL.BLOCK`.
    public static let modelBlock = DiagnosticCode(rawValue: "MODEL.BLOCK")
    /// `MODEL.COMBINING_MARKS`.
    public static let modelCombiningMarks = DiagnosticCode(rawValue: "MODEL.COMBINING_MARKS")
    /// `MODEL.IMAGE`.
    public static let modelImage = DiagnosticCode(rawValue: "MODEL.IMAGE")
    /// `MODEL.IMAGE_OUTSIDE`.
    public static let modelImageOutside = DiagnosticCode(rawValue: "MODEL.IMAGE_OUTSIDE")
    /// `MODEL.IMAGE_TOO_LARGE`.
    public static let modelImageTooLarge = DiagnosticCode(rawValue: "MODEL.IMAGE_TOO_LARGE")
    /// `MODEL.INVISIBLE_REMOVED`.
    public static let modelInvisibleRemoved = DiagnosticCode(rawValue: "MODEL.INVISIBLE_REMOVED")
    /// `MODEL.LEGACY_ENCODING`.
    public static let modelLegacyEncoding = DiagnosticCode(rawValue: "MODEL.LEGACY_ENCODING")
    /// `MODEL.LENGTH`.
    public static let modelLength = DiagnosticCode(rawValue: "MODEL.LENGTH")
    /// `MODEL.MISSING_FIELD`.
    public static let modelMissingField = DiagnosticCode(rawValue: "MODEL.MISSING_FIELD")
    /// `MODEL.NOT_A_DOCUMENT`.
    public static let modelNotADocument = DiagnosticCode(rawValue: "MODEL.NOT_A_DOCUMENT")
    /// `MODEL.RANGE`.
    public static let modelRange = DiagnosticCode(rawValue: "MODEL.RANGE")
    /// `MODEL.TOO_LARGE`.
    public static let modelTooLarge = DiagnosticCode(rawValue: "MODEL.TOO_LARGE")
    /// `MODEL.TOO_LONG`.
    public static let modelTooLong = DiagnosticCode(rawValue: "MODEL.TOO_LONG")
    /// `MODEL.TYPE`.
    public static let modelType = DiagnosticCode(rawValue: "MODEL.TYPE")
    /// `MODEL.UNKNOWN_KEY`.
    public static let modelUnknownKey = DiagnosticCode(rawValue: "MODEL.UNKNOWN_KEY")
    /// `MODEL.UNKNOWN_PROFILE`.
    public static let modelUnknownProfile = DiagnosticCode(rawValue: "MODEL.UNKNOWN_PROFILE")
    /// `MODEL.UNKNOWN_TYPE`.
    public static let modelUnknownType = DiagnosticCode(rawValue: "MODEL.UNKNOWN_TYPE")
    /// `MODEL.VALUE`.
    public static let modelValue = DiagnosticCode(rawValue: "MODEL.VALUE")
    /// `OPTION.CREATED`.
    public static let optionCreated = DiagnosticCode(rawValue: "OPTION.CREATED")
    /// `OPTION.DPI`.
    public static let optionDpi = DiagnosticCode(rawValue: "OPTION.DPI")
    /// `OPTION.FLAG`.
    public static let optionFlag = DiagnosticCode(rawValue: "OPTION.FLAG")
    /// `OPTION.FORMAT`.
    public static let optionFormat = DiagnosticCode(rawValue: "OPTION.FORMAT")
    /// `OPTION.LANG`.
    public static let optionLang = DiagnosticCode(rawValue: "OPTION.LANG")
    /// `OPTION.PAGE`.
    public static let optionPage = DiagnosticCode(rawValue: "OPTION.PAGE")
    /// `OPTION.PAGES`.
    public static let optionPages = DiagnosticCode(rawValue: "OPTION.PAGES")
    /// `OPTION.TONE_STYLE`.
    public static let optionToneStyle = DiagnosticCode(rawValue: "OPTION.TONE_STYLE")
    /// `PROFILE.EXTENDS`.
    public static let profileExtends = DiagnosticCode(rawValue: "PROFILE.EXTENDS")
    /// `PROFILE.IN_FILE`.
    public static let profileInFile = DiagnosticCode(rawValue: "PROFILE.IN_FILE")
    /// `PROFILE.MISSING`.
    public static let profileMissing = DiagnosticCode(rawValue: "PROFILE.MISSING")
    /// `PROFILE.PAGE`.
    public static let profilePage = DiagnosticCode(rawValue: "PROFILE.PAGE")
    /// `PROFILE.RANGE`.
    public static let profileRange = DiagnosticCode(rawValue: "PROFILE.RANGE")
    /// `PROFILE.SELECT`.
    public static let profileSelect = DiagnosticCode(rawValue: "PROFILE.SELECT")
    /// `PROFILE.SELECTED`.
    public static let profileSelected = DiagnosticCode(rawValue: "PROFILE.SELECTED")
    /// `PROFILE.UNKNOWN_ELEMENT`.
    public static let profileUnknownElement = DiagnosticCode(rawValue: "PROFILE.UNKNOWN_ELEMENT")
    /// `PROFILE.VALUE`.
    public static let profileValue = DiagnosticCode(rawValue: "PROFILE.VALUE")
    /// `RENDER.FAILED`.
    public static let renderFailed = DiagnosticCode(rawValue: "RENDER.FAILED")
    /// `RENDER.FIELDS`.
    public static let renderFields = DiagnosticCode(rawValue: "RENDER.FIELDS")
    /// `RENDER.PAGE`.
    public static let renderPage = DiagnosticCode(rawValue: "RENDER.PAGE")
    /// `RENDER.RESOLUTION`.
    public static let renderResolution = DiagnosticCode(rawValue: "RENDER.RESOLUTION")
    /// `RESOURCES.COLOUR_PROFILE`.
    public static let resourcesColourProfile = DiagnosticCode(rawValue: "RESOURCES.COLOUR_PROFILE")
    /// `RESOURCES.MESSAGES`.
    public static let resourcesMessages = DiagnosticCode(rawValue: "RESOURCES.MESSAGES")
    /// `SERVICE.BODY`.
    public static let serviceBody = DiagnosticCode(rawValue: "SERVICE.BODY")
    /// `SERVICE.BUSY`.
    public static let serviceBusy = DiagnosticCode(rawValue: "SERVICE.BUSY")
    /// `SERVICE.DEADLINE`.
    public static let serviceDeadline = DiagnosticCode(rawValue: "SERVICE.DEADLINE")
    /// `SERVICE.HTTP`.
    public static let serviceHttp = DiagnosticCode(rawValue: "SERVICE.HTTP")
    /// `SERVICE.INTERNAL`.
    public static let serviceInternal = DiagnosticCode(rawValue: "SERVICE.INTERNAL")
    /// `SERVICE.METHOD`.
    public static let serviceMethod = DiagnosticCode(rawValue: "SERVICE.METHOD")
    /// `SERVICE.NOT_FOUND`.
    public static let serviceNotFound = DiagnosticCode(rawValue: "SERVICE.NOT_FOUND")
    /// `SERVICE.QUERY`.
    public static let serviceQuery = DiagnosticCode(rawValue: "SERVICE.QUERY")
    /// `SERVICE.TOO_LARGE`.
    public static let serviceTooLarge = DiagnosticCode(rawValue: "SERVICE.TOO_LARGE")
    /// `SERVICE.TOO_MANY`.
    public static let serviceTooMany = DiagnosticCode(rawValue: "SERVICE.TOO_MANY")
    /// `SERVICE.UPLOAD_TIMEOUT`.
    public static let serviceUploadTimeout = DiagnosticCode(rawValue: "SERVICE.UPLOAD_TIMEOUT")
    /// `XLSX.BOMB`.
    public static let xlsxBomb = DiagnosticCode(rawValue: "XLSX.BOMB")
    /// `XLSX.PART_MISSING`.
    public static let xlsxPartMissing = DiagnosticCode(rawValue: "XLSX.PART_MISSING")
    /// `XLSX.SHEET`.
    public static let xlsxSheet = DiagnosticCode(rawValue: "XLSX.SHEET")
    /// `XLSX.TOO_MANY_ENTRIES`.
    public static let xlsxTooManyEntries = DiagnosticCode(rawValue: "XLSX.TOO_MANY_ENTRIES")
    /// `XLSX.XML`.
    public static let xlsxXml = DiagnosticCode(rawValue: "XLSX.XML")
    /// `XLSX.ZIP`.
    public static let xlsxZip = DiagnosticCode(rawValue: "XLSX.ZIP")
}
