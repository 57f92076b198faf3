import Foundation
import VanBanModel
import VanBanTestSupport
@testable import VanBanLayout
import VanBanText
import VanBanProfile

/// The bundled state-document profile.
let testProfile: Profile = {
    do {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/layouts/nd30.json")))
        return try ProfileDecoder.decode(bytes)
    } catch {
        fatalError("layouts/nd30.json: \(error)")
    }
}()

let bodyStyle = testProfile.style(.body).paragraph

/// Vietnamese words for generated paragraphs (syllables, numbers, a symbol, punctuation).
let vocabulary = [
    "Thực", "hiện", "Kế", "hoạch", "số", "15/KH-UBND", "ngày", "24/8/2021", "của", "Ủy", "ban", "nhân", "dân",
    "tỉnh,", "Sở", "Nội", "vụ", "đề", "nghị", "các", "cơ", "quan,", "đơn", "vị", "triển", "khai", "thực", "hiện",
    "nghiêm", "túc", "nội", "dung", "sau:", "“chuyển", "đổi", "số”", "–", "cải", "cách", "hành", "chính;", "ĐẢNG",
    "CỘNG", "SẢN", "VIỆT", "NAM", "Độc", "lập", "Tự", "do", "Hạnh", "phúc", "quyết", "định.", "2310/QĐ-BNNMT",
    "A", "Y", "T", "V", "W", "ẪỄỖẶẬỢỰ", "ị", "(thứ", "Tư)", "07", "giờ", "30", "phút",
]

func setLines(_ text: String, style: ParagraphStyle = bodyStyle, measure: Length = testProfile.measure,
              shaper: any TextShaper = FakeShaper()) throws -> [SetLine] {
    try ParagraphSetter(shaper: shaper).set(InlineMarkup.parse(text).runs, style: style, measure: measure)
}

func lineText(_ line: SetLine) -> String { line.runs.map(\.text).joined() }

/// The text of set lines as it was written: lines joined by a space, except after a line that ends
/// inside a code (`2310/` + `QĐ-BNNMT`: a `/` or a `-` right after a letter or digit).
func paragraphText(_ lines: [SetLine]) -> String {
    var text = ""
    for line in lines {
        let part = lineText(line)
        if !text.isEmpty {
            let end = text.suffix(2)
            let insideCode = (end.last == "/" || end.last == "-") && (end.first.map { $0.isLetter || $0.isNumber } ?? false)
            if !insideCode { text += " " }
        }
        text += part
    }
    return text
}
