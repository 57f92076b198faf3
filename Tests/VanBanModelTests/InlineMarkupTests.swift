import Testing
import VanBanModel

@Suite struct InlineMarkupTests {
    private func runs(_ text: String) -> [StyledText] { InlineMarkup.parse(text).runs }

    @Test func italicBoldAndBoldItalic() {
        #expect(runs("a *b* **c** ***d*** e") == [
            StyledText("a "), StyledText("b", .italic), StyledText(" "), StyledText("c", .bold),
            StyledText(" "), StyledText("d", .boldItalic), StyledText(" e"),
        ])
    }

    @Test func nestedStylesCombine() {
        #expect(runs("**Điều 1. *Phạm vi* điều chỉnh**") == [
            StyledText("Điều 1. ", .bold), StyledText("Phạm vi", .boldItalic), StyledText(" điều chỉnh", .bold),
        ])
    }

    @Test func underline() {
        #expect(runs("__Nơi nhận:__") == [StyledText("Nơi nhận:", InlineStyle(underline: true))])
    }

    @Test func loneAndEscapedAsterisksStayLiteral() {
        #expect(runs("5 * 3 = 15") == [StyledText("5 * 3 = 15")])
        #expect(runs(#"\*not italic\*"#) == [StyledText("*not italic*")])
        #expect(runs(#"a\\b"#) == [StyledText(#"a\b"#)])
    }

    @Test func unclosedDelimiterIsLiteralWithAWarning() {
        let result = InlineMarkup.parse("**Lưu ý: nội dung", path: "/body/2")
        #expect(result.runs == [StyledText("**Lưu ý: nội dung")])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.code == "MARKUP.UNCLOSED")
        #expect(result.warnings.first?.path == "/body/2")
    }

    @Test func lineBreaksAreKept() {
        #expect(InlineMarkup.parse("THÔNG BÁO\nVề việc").plainText == "THÔNG BÁO\nVề việc")
    }
}
