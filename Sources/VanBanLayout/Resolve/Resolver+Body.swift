import VanBanModel
import VanBanProfile

extension Resolver {
    /// The content blocks; `closing` (`./.`) ends the last paragraph or list item, unless a
    /// table comes after it (a lead-in `… như sau:` is not the end of the content).
    mutating func body(_ blocks: [Block], path: String, closing: String) -> [StyledBlock] {
        let closable = blocks.lastIndex { block in
            switch block {
            case .paragraph, .list, .together: true
            case .heading(let h): h.text != nil
            default: false
            }
        }
        let last = closable.flatMap { index in
            blocks[(index + 1)...].contains { if case .table = $0 { true } else { false } } ? nil : index
        }
        var out: [StyledBlock] = []
        for (i, block) in blocks.enumerated() {
            let blockPath = JSONPointer.appending(path, index: i)
            let close = i == last ? closing : ""
            switch block {
            case .paragraph(let p):
                out.append(.paragraph(paragraph(p, path: blockPath, closing: close)))
            case .heading(var h):
                if !close.isEmpty, let text = h.text { h.text = ContentFormat.close(text, with: close) }
                out += heading(h, path: blockPath).map(StyledBlock.paragraph)
            case .center(let text):
                out.append(.paragraph(line(.centered, blockPath, text, .centered, keepWithNext: true)))
            case .list(let list):
                out += listItems(list, path: JSONPointer.appending(blockPath, key: "list"), level: 0, closing: close)
            case .table(let table):
                out.append(.table(styledTable(table, path: JSONPointer.appending(blockPath, key: "table"))))
            case .together(let blocks):
                out.append(.group(body(blocks, path: JSONPointer.appending(blockPath, key: "together"), closing: close)))
            case .pageBreak:
                out.append(.pageBreak(restartNumbering: false, landscape: false))
            }
        }
        return out
    }

    /// Each item an indented paragraph starting with its marker (`-`, `3.`, `c)`); a nested list is
    /// indented 5 mm more per level; the closing mark ends the last item of the last level.
    private mutating func listItems(_ list: ListBlock, path: String, level: Int, closing: String) -> [StyledBlock] {
        var out: [StyledBlock] = []
        for (j, item) in list.items.enumerated() {
            let last = j == list.items.count - 1
            var text = list.marker(at: j) + " " + ContentFormat.bareItemKeepingEnd(item.text)
            if last, item.sublist == nil, !closing.isEmpty { text = ContentFormat.close(text, with: closing) }
            var styled = line(.listItem, JSONPointer.appending(path, index: j), text, .list)
            styled.style.firstLineIndent += .mm(5) * Double(level)
            styled.keepWithNext = styled.introducesWhatFollows
            out.append(.paragraph(styled))
            if let sublist = item.sublist {
                out += listItems(sublist, path: JSONPointer.appending(JSONPointer.appending(path, index: j), key: "list"),
                                 level: level + 1, closing: last ? closing : "")
            }
        }
        return out
    }

    private mutating func paragraph(_ p: Paragraph, path: String, closing: String) -> StyledLine {
        let text = closing.isEmpty ? p.text : ContentFormat.close(p.text, with: closing)
        var styled = line(.paragraph, path, text, .body)
        if let align = p.align { styled.style.alignment = align }
        if p.indent == false { styled.style.firstLineIndent = .zero }
        if let style = p.style { styled.style.base = styled.style.base.adding(style.inline) }
        styled.keepWithNext = styled.introducesWhatFollows
        return styled
    }

    /// Phần, Chương, Mục, Tiểu mục: the label on its own centred line, the title in capitals
    /// under it. Điều and outline labels: one line, the label bold, then a bold title or run-in
    /// text in the body face (NĐ30 PL I, II.6.đ).
    private mutating func heading(_ h: Heading, path: String) -> [StyledLine] {
        let structural: (label: Element, title: Element)?
        switch h.kind {
        case .part: structural = (.part, .partTitle)
        case .chapter: structural = (.chapter, .chapterTitle)
        case .section: structural = (.section, .sectionTitle)
        case .subsection: structural = (.subsection, .subsectionTitle)
        case .article, .outline: structural = nil
        }
        /// The office's face for the heading, when it gives one.
        func styled(_ line: StyledLine) -> StyledLine {
            guard let face = h.style else { return line }
            var line = line
            line.style.base.bold = face.isBold
            line.style.base.italic = face.isItalic
            return line
        }
        if let structural {
            var lines = [styled(line(.heading(h.kind), JSONPointer.appending(path, key: "heading"), h.label, structural.label, keepWithNext: true))]
            if let title = h.title {
                lines.append(styled(line(.headingTitle(h.kind), JSONPointer.appending(path, key: "title"), title, structural.title,
                                         keepWithNext: true)))
            }
            if let text = h.text { lines.append(line(.paragraph, JSONPointer.appending(path, key: "text"), text, .body)) }
            return lines
        }
        let element: Element = h.kind == .article ? .article : .outline
        let labelIsLetter = h.label.first.map { $0.isLowercase } ?? false  // điểm a), b): not bold
        let romanSection = isRomanLabel(h.label)
        if let title = h.title {
            var titled = line(.heading(h.kind), path, escape(h.label) + " " + title, element, keepWithNext: true)
            if romanSection { titled.style.uppercase = true }
            if labelIsLetter { titled.style.base.bold = false }
            titled = styled(titled)
            if let text = h.text {
                return [titled, line(.paragraph, JSONPointer.appending(path, key: "text"), text, .body)]
            }
            return [titled]
        }
        // A run-in label is bold for an Điều and a Roman mục; a khoản `1.` and a điểm `a)` with no
        // title of their own stay upright (NĐ30 PL I, II.6.đ). With the office's face, the whole
        // line takes it; a line with no text of its own introduces what follows and stays with it.
        let bold = h.kind == .article || romanSection
        let label = bold && h.style == nil ? "**" + escape(h.label) + "**" : escape(h.label)
        var runIn = line(.paragraph, path, label + " " + (h.text ?? ""), .body)
        if let face = h.style { runIn.style.base = runIn.style.base.adding(face.inline) }
        runIn.keepWithNext = h.text == nil || h.style != nil
        return [runIn]
    }

    private func isRomanLabel(_ label: String) -> Bool {
        let core = label.trimmingSpaces().trimmingCharacters(in: ".-")
        return !core.isEmpty && core.allSatisfy { "IVXLC".contains($0) }
    }

    /// Markup characters in a label stay literal.
    private func escape(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("*", with: "\\*").replacingAll("_", with: "\\_")
    }
}

