import Foundation
import VanBanModel

/// The bundled English catalogue (`messages/en.json`), for tests that read a message's words.
let englishMessages: MessageCatalogue = {
    var folder = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { folder.deleteLastPathComponent() }
    let file = folder.appendingPathComponent("messages/en.json")
    do { return try MessageCatalogue(bytes: Array(Data(contentsOf: file))) } catch { fatalError("messages/en.json: \(error)") }
}()

extension Diagnostic {
    /// The diagnostic worded in English.
    var english: Diagnostic { englishMessages.word(self) }
}
