import Testing
@testable import VanBanModel

/// Text typed with legacy Vietnamese fonts, as it arrives from old registers.
@Suite struct LegacyEncodingTests {
    @Test(arguments: [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("Uû ban nh©n d©n tØnh Trµ Vinh", "Uỷ ban nhân dân tỉnh Trà Vinh"),
        ("Thùc hiÖn KÕ ho¹ch sè 15/KH-UBND ngµy 24/01/2024", "Thực hiện Kế hoạch số 15/KH-UBND ngày 24/01/2024"),
        ("Së Néi vô ®Ò nghÞ c¸c c¬ quan, ®¬n vÞ cö c«ng chøc", "Sở Nội vụ đề nghị các cơ quan, đơn vị cử công chức"),
        ("TØNH TRµ VINH", "TỈNH TRÀ VINH"),
    ])
    func tcvn3(legacy: String, unicode: String) throws {
        let result = try #require(LegacyEncoding.convert(legacy))
        #expect(result.text == unicode)
        #expect(result.encoding == .tcvn3)
    }

    @Test(arguments: [
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("Sôû Noäi vuï ñeà nghò caùc cô quan, ñôn vò cöû coâng chöùc", "Sở Nội vụ đề nghị các cơ quan, đơn vị cử công chức"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("ngaøy 05 thaùng 3 naêm 2024", "ngày 05 tháng 3 năm 2024"),
    ])
    func vni(legacy: String, unicode: String) throws {
        let result = try #require(LegacyEncoding.convert(legacy))
        #expect(result.text == unicode)
        #expect(result.encoding == .vni)
    }

    /// Genuine text, even with Latin-1 letters and signs, is left alone.
    @Test(arguments: ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Nói rõ, đúng hạn", "Hà Nội, ngày 05 tháng 3 năm 2024",
                      "Nhiệt độ 30 °C; khung 30 × 8 mm", "Café René à Paris", "UBND", "Email: snv@travinh.gov.vn",
                      "« trích dẫn » © 2024", "Nguyễn Văn Ân"])
    func genuineTextIsKept(text: String) {
        #expect(LegacyEncoding.convert(text) == nil)
    }
}
