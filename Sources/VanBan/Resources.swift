import Synchronization
import VanBanModel

/// Where VanBan finds its fonts and layout profiles. The caller decides (the CLI looks next to
/// its executable, in `VANBAN_RESOURCES` or in `--resources`); the library never guesses.
public struct Resources: Sendable, Hashable {
    /// The four faces of the document family.
    public var fonts: FontFiles
    /// Folder holding `<profile>.json` files.
    public var layoutsDirectory: String
    /// Folder holding the message catalogues (`vi.json`, `en.json`).
    public var messagesDirectory: String
    /// The ICC profile of PDF/A output intents (`color/sRGB.icc`), nil when there is none.
    public var colourProfile: String?
    /// Where a checkout or an install keeps it.
    public static let colourProfileFile = "color/sRGB.icc"

    /// Explicit faces and profile folder.
    public init(fonts: FontFiles, layoutsDirectory: String, messagesDirectory: String, colourProfile: String? = nil) {
        self.fonts = fonts
        self.colourProfile = colourProfile
        self.layoutsDirectory = layoutsDirectory
        self.messagesDirectory = messagesDirectory
    }

    /// The bundled layout of a VanBan checkout or install: `root/fonts`, `root/layouts`, `root/messages`.
    public init(root: String) {
        let base = root.hasSuffix("/") ? root : root + "/"
        fonts = FontFiles(regular: base + "fonts/LiberationSerif-Regular.ttf",
                                bold: base + "fonts/LiberationSerif-Bold.ttf",
                                italic: base + "fonts/LiberationSerif-Italic.ttf",
                                boldItalic: base + "fonts/LiberationSerif-BoldItalic.ttf")
        layoutsDirectory = base + "layouts"
        messagesDirectory = base + "messages"
        colourProfile = base + Self.colourProfileFile
    }
}

extension MessageCatalogues {
    /// The catalogues of a `messages/` folder, read once per process and folder (the programs
    /// and the engine they make share them).
    public init(directory: String) throws(DiagnosticError) {
        if let loaded = Self.loaded.withLock({ $0[directory] }) {
            self = loaded
            return
        }
        try self.init { FileBytes.read(directory + "/" + $0) }
        let catalogues = self
        Self.loaded.withLock { $0[directory] = catalogues }
    }

    private static let loaded = Mutex<[String: MessageCatalogues]>([:])
}
