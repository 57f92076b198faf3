import ArgumentParser
import VanBanCommandLine

/// `vanban render`'s arguments read without ArgumentParser, for the plain spellings
/// (docs/performance.md, "Cold start"). ArgumentParser's first parse looks up protocol
/// conformances across the whole program — about 11 M instructions, as much as laying out the
/// document — and a cold render should spend its time on the document.
///
/// Only what is certain is read here: one input, `-o`/`--output`, the options below as
/// `--name value` or `--name=value`, and the flags. Anything else — help, an unknown or
/// misspelt option, a value that does not parse, `--`, grouped short flags, a missing input or
/// output — gives nil, and ArgumentParser reads the arguments as before and words any usage
/// error. The CLI tests run every option both ways and compare the output.
enum QuickRenderArguments {
    /// Sets option `name` to `value`; false when `name` is not one of `render`'s options that
    /// take a value, or `value` does not parse.
    private static func set(_ name: String, to value: String, _ command: inout RenderCommand,
                            _ pdf: inout PDFOptions, _ resources: inout ResourceOptions) -> Bool {
        switch name {
        case "--output": command.output = value
        case "--to": command.to = value
        case "--dpi": command.dpi = value
        case "--page": command.page = value
        case "--boxes": command.boxes = value
        case "--format":
            guard let format = DiagnosticFormat(rawValue: value) else { return false }
            command.format = format
        case "--created": pdf.created = value
        case "--allow-dir": pdf.allowDir.append(value)
        case "--max-input-bytes":
            guard let bytes = Int(value) else { return false }
            pdf.maxInputBytes = bytes
        case "--max-pages":
            guard let pages = Int(value) else { return false }
            pdf.maxPages = pages
        case "--tone-style": pdf.toneStyle = value
        case "--resources": resources.resources = value
        case "--font-dir": resources.fontDir = value
        case "--fallback-font": resources.fallbackFont = value
        case "--lang": resources.lang = value
        default: return false
        }
        return true
    }

    /// Sets flag `name`; false when it is not one of `render`'s flags.
    private static func set(flag name: String, _ command: inout RenderCommand, _ pdf: inout PDFOptions) -> Bool {
        switch name {
        case "--quiet": command.quiet = true
        case "--sign-fields": pdf.signFields = true
        case "--pdfa": pdf.pdfa = true
        case "--force": pdf.force = true
        default: return false
        }
        return true
    }

    /// The command `arguments` (after `render`) describe, or nil to let ArgumentParser read them.
    static func parse(_ arguments: [String]) -> RenderCommand? {
        var command = RenderCommand()
        var pdf = PDFOptions.defaults
        var resources = ResourceOptions.defaults
        command.quiet = false
        command.format = .text
        (command.to, command.dpi, command.page, command.boxes) = (nil, nil, nil, nil)
        var input: String?, output: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument != "-" else {
                guard input == nil else { return nil }
                input = argument
                continue
            }
            let name = argument == "-o" ? "--output" : argument == "-q" ? "--quiet" : argument
            if set(flag: name, &command, &pdf) { continue }
            var value: String
            var key = name
            if let equals = name.firstIndex(of: "="), name.hasPrefix("--") {
                key = String(name[..<equals])
                value = String(name[name.index(after: equals)...])
            } else {
                guard index < arguments.count else { return nil }
                value = arguments[index]
                index += 1
                guard !value.hasPrefix("-") || value == "-" else { return nil }
            }
            guard set(key, to: value, &command, &pdf, &resources) else { return nil }
            if key == "--output" { output = value }
        }
        guard let input, let output else { return nil }
        command.input = input
        command.output = output
        command.pdfOptions = pdf
        command.resourceOptions = resources
        return command
    }
}

extension PDFOptions {
    /// Every option at its default, as ArgumentParser leaves the ones not given.
    static var defaults: PDFOptions {
        var options = PDFOptions()
        options.created = nil
        options.signFields = false
        options.allowDir = []
        options.maxInputBytes = nil
        options.maxPages = nil
        options.pdfa = false
        options.force = false
        options.toneStyle = nil
        return options
    }
}

extension ResourceOptions {
    /// Every option at its default, as ArgumentParser leaves the ones not given.
    static var defaults: ResourceOptions {
        var options = ResourceOptions()
        options.resources = nil
        options.fontDir = nil
        options.fallbackFont = nil
        options.lang = nil
        return options
    }
}
