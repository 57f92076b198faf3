import VanBanModel
@testable import VanBanLayout
import VanBanText

/// A profile for layout tests: A4, NĐ30's smallest margins, 14 pt body.
let testProfile = Profile(
    id: "test", name: "test", page: .a4,
    margins: Margins(top: .mm(20), bottom: .mm(20), left: .mm(30), right: .mm(15)),
    pageNumber: PageNumberStyle(size: .pt(14), firstShown: 2, top: .mm(10)),
    title: ParagraphStyle(size: .pt(14), base: .bold, alignment: .center, spaceAfter: .pt(12),
                          rule: RuleStyle(ratio: 1.0 / 3.0, thickness: .pt(0.5), gap: .pt(8))),
    body: ParagraphStyle(size: .pt(14), alignment: .justify, firstLineIndent: .cm(1), spaceBefore: .pt(6)))

/// Vietnamese words for generated paragraphs (syllables, numbers, a symbol, punctuation).
let vocabulary = [
    "Thực", "hiện", "Kế", "hoạch", "số", "15/KH-UBND", "ngày", "24/8/2021", "của", "Ủy", "ban", "nhân", "dân",
    "tỉnh,", "Sở", "Nội", "vụ", "đề", "nghị", "các", "cơ", "quan,", "đơn", "vị", "triển", "khai", "thực", "hiện",
    "nghiêm", "túc", "nội", "dung", "sau:", "“chuyển", "đổi", "số”", "–", "cải", "cách", "hành", "chính;", "ĐẢNG",
    "CỘNG", "SẢN", "VIỆT", "NAM", "Độc", "lập", "Tự", "do", "Hạnh", "phúc", "quyết", "định.", "2310/QĐ-BNNMT",
    "A", "Y", "T", "V", "W", "ẪỄỖẶẬỢỰ", "ị", "(thứ", "Tư)", "07", "giờ", "30", "phút",
]

func setLines(_ text: String, style: ParagraphStyle = testProfile.body, measure: Length = testProfile.measure,
              shaper: any TextShaper = FakeShaper()) throws -> [SetLine] {
    try ParagraphSetter(shaper: shaper).set(InlineMarkup.parse(text).runs, style: style, measure: measure)
}

func lineText(_ line: SetLine) -> String { line.runs.map(\.text).joined() }
