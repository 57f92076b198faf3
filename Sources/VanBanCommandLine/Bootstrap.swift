import VanBanModel

/// The few messages a program must say before it has found its message catalogues (the
/// resources folder is missing, or a catalogue cannot be read), in every language. Every other
/// message is in `messages/<language>.json`.
enum Bootstrap {
    static let messages: [MessageKey: [Language: (message: String, hint: String?)]] = [
        .cliResourcesNotFound: [
            .vi: ("không tìm thấy các thư mục fonts/ và layouts/ của VanBan", "chỉ --resources THƯ_MỤC (thư mục mã nguồn VanBan) hoặc đặt biến VANBAN_RESOURCES"),
            .en: ("cannot find VanBan's fonts/ and layouts/ folders", "pass --resources DIR (the folder of a VanBan checkout) or set VANBAN_RESOURCES"),
        ],
        .cliResourcesIncomplete: [
            .vi: ("{root} không có fonts/ và layouts/", "chỉ --resources vào thư mục mã nguồn hoặc thư mục cài đặt VanBan"),
            .en: ("{root} does not hold fonts/ and layouts/", "point --resources at a VanBan checkout or install"),
        ],
        .resourcesMessages: [
            .vi: ("thiếu tệp thông điệp {file}", "cài lại VanBan, hoặc chỉ --resources vào thư mục có messages/"),
            .en: ("the message catalogue {file} is missing", "reinstall VanBan, or point --resources at a checkout that has messages/"),
        ],
        .resourcesMessagesLanguage: [
            .vi: ("một tệp thông điệp không ghi rõ ngôn ngữ", "ghi \"language\": \"vi\" (hoặc \"en\") ở đầu tệp"),
            .en: ("a message catalogue does not say which language it is", "write \"language\": \"vi\" (or \"en\") at the top of the file"),
        ],
        .textCliError: [.vi: ("vanban: lỗi: {message}", nil), .en: ("vanban: error: {message}", nil)],
        .textHintLine: [.vi: ("  gợi ý: {hint}", nil), .en: ("  hint: {hint}", nil)],
        .textDiagnosticLine: [.vi: ("{place}: {severity}[{code}]: {message}", nil), .en: ("{place}: {severity}[{code}]: {message}", nil)],
    ]

    /// `diagnostic` worded from the table, or named by its key when the table lacks it (a
    /// catalogue that is missing cannot word anything else).
    static func word(_ diagnostic: Diagnostic, in language: Language) -> Diagnostic {
        var worded = diagnostic
        guard let entry = messages[diagnostic.key]?[language] else {
            worded.message = diagnostic.key.rawValue
            return worded
        }
        func fill(_ template: String) -> String {
            diagnostic.arguments.reduce(template) { text, argument in
                guard case .text(let value) = argument.value else { return text }
                return text.replacingAll("{\(argument.key)}", with: value)
            }
        }
        worded.message = fill(entry.message)
        worded.hint = entry.hint.map(fill)
        return worded
    }
}
