import Testing
import VanBanModel

/// NĐ30 PL I, II.3–II.4 and II.9: how numbers, dates and lists are written.
@Suite struct ContentFormatTests {
    let dateFormat = DateFormat()
    let numberFormat = NumberFormat()

    @Test(arguments: [
        ("2026-02-27", "Trà Vinh, ngày 27 tháng 02 năm 2026"),
        ("2026-03-05", "Trà Vinh, ngày 05 tháng 3 năm 2026"),
        ("2020-01-05", "Trà Vinh, ngày 05 tháng 01 năm 2020"),
        ("2019-06-29", "Trà Vinh, ngày 29 tháng 6 năm 2019"),
        ("2024-12-10", "Trà Vinh, ngày 10 tháng 12 năm 2024"),
        ("2024-10-01", "Trà Vinh, ngày 01 tháng 10 năm 2024"),
    ])
    func datesPadDaysBelowTenAndMonthsOneAndTwo(iso: String, expected: String) {
        #expect(ContentFormat.date(PartialDate(iso: iso), place: "Trà Vinh", format: dateFormat) == expected)
    }

    @Test func draftsKeepBlanks() {
        let blank = "\u{00A0}\u{00A0}\u{00A0}\u{00A0}"
        #expect(ContentFormat.date(PartialDate(iso: "2024"), place: "Hà Nội", format: dateFormat)
                == "Hà Nội, ngày \(blank) tháng \(blank) năm 2024")
        #expect(ContentFormat.date(PartialDate(iso: "2024-03"), place: "Hà Nội", format: dateFormat)
                == "Hà Nội, ngày \(blank) tháng 3 năm 2024")
        #expect(ContentFormat.date(nil, place: nil, format: dateFormat) == "ngày \(blank) tháng \(blank) năm \(blank)")
        #expect(ContentFormat.number(DocumentNumber(symbol: "QĐ-UBND"), format: numberFormat)
                == "Số: \(String(repeating: "\u{00A0}", count: 8))/QĐ-UBND")
    }

    @Test func numbersBelowTenTakeALeadingZero() {
        #expect(ContentFormat.number(DocumentNumber(seq: 5, symbol: "SNV-VP"), format: numberFormat) == "Số: 05/SNV-VP")
        #expect(ContentFormat.number(DocumentNumber(seq: 15, symbol: "QĐ-BNV"), format: numberFormat) == "Số: 15/QĐ-BNV")
        #expect(ContentFormat.number(DocumentNumber(seq: 2310, symbol: "QĐ-BNNMT"), format: numberFormat) == "Số: 2310/QĐ-BNNMT")
        let party = NumberFormat(pattern: "Số {seq}-{symbol}")
        #expect(ContentFormat.number(DocumentNumber(seq: 405, symbol: "CV/BTGTU"), format: party) == "Số 405-CV/BTGTU")
        #expect(ContentFormat.number(DocumentNumber(seq: 9, symbol: "QC/TW"), format: party) == "Số 09-QC/TW")
    }

    @Test func listsArePunctuatedOnceWhateverTheAuthorWrote() {
        let items = ["Như trên", "- UBND tỉnh (để b/c);", "Sở Tài chính,", "Lưu: VT, VP."]
        #expect(ContentFormat.punctuate(items, ListPunctuation()) == [
            "- Như trên;", "- UBND tỉnh (để b/c);", "- Sở Tài chính;", "- Lưu: VT, VP.",
        ])
        #expect(ContentFormat.punctuate(["Căn cứ A;", "Căn cứ B"], ListPunctuation(prefix: "", separator: ";", final: "."))
                == ["Căn cứ A;", "Căn cứ B."])
        #expect(ContentFormat.punctuate(["Như trên", "Lưu VPTU"], ListPunctuation(prefix: "- ", separator: ",", final: "."))
                == ["- Như trên,", "- Lưu VPTU."])
    }

    @Test func theClosingMarkIsNeverDoubled() {
        #expect(ContentFormat.close("thực hiện.", with: "./.") == "thực hiện./.")
        #expect(ContentFormat.close("thực hiện", with: "./.") == "thực hiện./.")
        #expect(ContentFormat.close("thực hiện./.", with: "./.") == "thực hiện./.")
        #expect(ContentFormat.close("*thực hiện.*", with: "./.") == "*thực hiện./.*")
        #expect(ContentFormat.close("thực hiện.", with: "") == "thực hiện.")
    }
}
