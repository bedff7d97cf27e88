import ThaiText

/// The announcement (ประกาศ…), the cover and the foreword (คำนำ): the lines before the contents.
struct FrontMatter {
    var organization: ImportedOrganization
    var announcement: ImportedAnnouncement
    var cover: ImportedCover?
    var foreword: ImportedForeword?
    /// The title words of the cover (without "ของ<organization>"), for the plan's title.
    var title: String?
    /// Fiscal years from the cover's period line.
    var period: (first: Int, last: Int)?
}

enum FrontMatterParser {
    static let periodPattern = Pattern("พ\\.ศ\\.\\s*([0-9๐-๙]{4})\\s*[-–—]\\s*([0-9๐-๙]{4})")
    private static let datePattern = Pattern("^ประกาศ\\s*ณ\\s*(.*)$")
    private static let signerPattern = Pattern("^\\((.+)\\)$")

    static func parse(_ source: SourceText, range: Range<Int>, ledger: LineLedger) throws(ImportFailure) -> FrontMatter {
        let lines = source.lines
        let paragraphs = Paragraphs.split(lines[range])
        // Blocks: runs of non-blank lines.
        var blocks: [[Paragraph]] = []
        for p in paragraphs {
            if PartSplitter.isPageNumber(p.text) {
                ledger.layout(p)
                ledger.note(p.firstLine, "a page number («\(p.text)») between paragraphs was skipped")
                continue
            }
            if let last = blocks.last?.last, last.block == p.block { blocks[blocks.count - 1].append(p) } else { blocks.append([p]) }
        }
        func blockText(_ b: [Paragraph]) -> String { TextForm.normalize(b.map(\.raw).joined(separator: "\n")) }
        func blockLines(_ b: [Paragraph]) -> [Int] { b.flatMap(\.lines) }

        // ---- announcement
        guard let headIndex = blocks.firstIndex(where: { blockText($0).hasPrefix("ประกาศ") }) else {
            throw ImportFailure(source.name, line: lines[range].first?.number,
                                "no announcement found (a first page starting with ประกาศ<organization>); the importer needs it for the organization's name, the date and the signer")
        }
        for b in blocks[..<headIndex] { ledger.reject(blockLines(b), "text before the announcement") }
        // The heading block: ประกาศ<organization> / เรื่อง <subject …>
        let headBlock = blocks[headIndex]
        let headLines = blockLines(headBlock).map { TextForm.normalize(source.line($0).raw) }
        let organizationName = String(headLines[0].dropFirst("ประกาศ".count)).trimmingCharacters(in: .whitespaces)
        guard !organizationName.isEmpty else {
            throw ImportFailure(source.name, line: headBlock[0].firstLine, "the announcement's first line names no organization (ประกาศ<organization>)")
        }
        ledger.place([headBlock[0].firstLine])
        var subjectLines: [String] = []
        var subjectLineNumbers: [Int] = []
        var k = headIndex
        var lineNumbers = blockLines(headBlock)
        var texts = headLines
        // The subject starts with เรื่อง on the heading block's second line or the next block.
        if texts.count == 1, headIndex + 1 < blocks.count {
            k = headIndex + 1
            lineNumbers = blockLines(blocks[k])
            texts = lineNumbers.map { TextForm.normalize(source.line($0).raw) }
        } else {
            lineNumbers.removeFirst()
            texts.removeFirst()
        }
        if let first = texts.first, first.hasPrefix("เรื่อง") {
            subjectLines = texts
            subjectLines[0] = String(first.dropFirst("เรื่อง".count)).trimmingCharacters(in: .whitespaces)
            subjectLineNumbers = lineNumbers
        } else {
            throw ImportFailure(source.name, line: lineNumbers.first, "the announcement has no subject line (เรื่อง …)")
        }
        ledger.place(subjectLineNumbers)
        let subject = TextForm.normalize(subjectLines.joined(separator: " "))

        // Body paragraphs up to the closing formula (จึงประกาศ…).
        var i = k + 1
        var body: [String] = []
        var closing: String?
        while i < blocks.count {
            let text = blockText(blocks[i])
            if text.hasPrefix("จึงประกาศ") {
                closing = text
                ledger.place(blockLines(blocks[i]))
                i += 1
                break
            }
            if text.hasPrefix("ประกาศ ณ") || text.hasPrefix("ประกาศณ") { break }
            body.append(text)
            ledger.place(blockLines(blocks[i]))
            i += 1
        }
        guard !body.isEmpty else {
            throw ImportFailure(source.name, line: lineNumbers.last, "the announcement has no body paragraphs after its subject")
        }
        // Date, signer's name in parentheses, position.
        var date: ThaiDate?
        var dateLine: Int?
        var signerName: String?
        var signerPosition: String?
        while i < blocks.count, date == nil || signerName == nil || signerPosition == nil {
            let text = blockText(blocks[i])
            if date == nil, let m = datePattern.match(text) {
                dateLine = blocks[i][0].firstLine
                var words = (m[1] ?? "").replacingOccurrences(of: "เดือน", with: " ")
                words = words.replacingOccurrences(of: "วันที่", with: " ")
                do {
                    date = try ThaiDate.parse(TextForm.collapse(words))
                } catch {
                    throw ImportFailure(source.name, line: dateLine, "cannot read the announcement's date: \(error.message)")
                }
                ledger.place(blockLines(blocks[i]))
            } else if signerName == nil, let m = signerPattern.match(text), let name = m[1] {
                signerName = TextForm.normalize(name)
                ledger.place(blockLines(blocks[i]))
            } else if signerName != nil, signerPosition == nil {
                signerPosition = text
                ledger.place(blockLines(blocks[i]))
            } else {
                break
            }
            i += 1
        }
        guard let date else {
            throw ImportFailure(source.name, line: blocks[min(i, blocks.count - 1)][0].firstLine,
                                "the announcement has no date line (ประกาศ ณ วันที่ …)")
        }
        guard let signerName, let signerPosition else {
            throw ImportFailure(source.name, line: dateLine,
                                "the announcement has no signer: a name in parentheses, then the position, after the date")
        }
        let announcement = ImportedAnnouncement(subject: subject, body: body, closing: closing ?? "จึงประกาศให้ทราบโดยทั่วกัน",
                                                date: date, signerName: signerName, signerPosition: signerPosition, errata: [])
        var announcementErrata: [ImportedErratum] = []
        if closing == nil {
            announcementErrata.append(.proposal("closing", source: "", dataset: "จึงประกาศให้ทราบโดยทั่วกัน",
                                                "the announcement has no closing formula (จึงประกาศ…); the template's wording is used"))
        }

        var organization = OrganizationNames.describe(organizationName)

        // ---- cover: up to คำนำ
        let forewordIndex = blocks[i...].firstIndex { blockText($0) == "คำนำ" }
        let coverBlocks = Array(blocks[i..<(forewordIndex ?? blocks.count)])
        var cover: ImportedCover?
        var coverTitle: String?
        var period: (Int, Int)?
        if !coverBlocks.isEmpty {
            var titleLines: [String] = []
            var periodLine: String?
            var officeLines: [String] = []
            var errata: [ImportedErratum] = []
            for number in coverBlocks.flatMap(blockLines) {
                let t = TextForm.normalize(source.line(number).raw)
                if periodLine == nil, let m = periodPattern.match(t), t.count <= 40 {
                    periodLine = t
                    if let a = m[1].flatMap(TextForm.integer), let b = m[2].flatMap(TextForm.integer) { period = (a, b) }
                    if Pattern("พ\\.ศ\\.[^\\s]").matches(t) {
                        errata.append(.proposal("period_line", source: t, dataset: t.replacingOccurrences(of: "พ.ศ.", with: "พ.ศ. "),
                                                "a space is missing after พ.ศ.", line: number))
                    }
                } else if t.hasPrefix("โทร") {
                    var phone = t
                    for prefix in ["โทรศัพท์", "โทร."] where phone.hasPrefix(prefix) { phone = String(phone.dropFirst(prefix.count)); break }
                    if phone.hasPrefix("โทร") { phone = String(phone.dropFirst("โทร".count)) }
                    organization.phone = phone.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
                } else if t.hasPrefix("www.") || t.hasPrefix("http://") || t.hasPrefix("https://") {
                    organization.website = t
                } else if periodLine == nil {
                    titleLines.append(t)
                } else {
                    officeLines.append(t)
                }
                ledger.place([number])
            }
            if let periodLine, !titleLines.isEmpty {
                cover = ImportedCover(titleLines: titleLines, periodLine: periodLine, officeLines: officeLines, errata: errata)
                var words = titleLines
                if let last = words.last, last.hasPrefix("ของ"), TextForm.compact(last).hasSuffix(TextForm.compact(organizationName)) {
                    words.removeLast()
                }
                coverTitle = words.joined(separator: " ")
            } else {
                for b in coverBlocks { ledger.reject(blockLines(b), "the cover (between the announcement and คำนำ) has no period line (พ.ศ. ๒๕xx – ๒๕xx), so its lines were not read as a cover") }
            }
        }

        // ---- foreword
        var foreword: ImportedForeword?
        if let forewordIndex {
            ledger.layout(blockLines(blocks[forewordIndex]))
            var bodyBlocks = Array(blocks[(forewordIndex + 1)...])
            var signedBy: [String] = []
            if let last = bodyBlocks.last {
                let ls = blockLines(last)
                if ls.count <= 4, ls.allSatisfy({ TextForm.normalize(source.line($0).raw).count <= 120 }) {
                    signedBy = ls.map { TextForm.normalize(source.line($0).raw) }
                    ledger.place(ls)
                    bodyBlocks.removeLast()
                }
            }
            var paras = bodyBlocks.map { (text: blockText($0), lines: blockLines($0)) }
            paras = ParagraphRepair.joinBrokenParagraphs(paras, ledger: ledger)
            for p in paras { ledger.place(p.lines) }
            foreword = ImportedForeword(paragraphs: paras.map(\.text), signedBy: signedBy, errata: [])
        }
        var result = FrontMatter(organization: organization, announcement: announcement, cover: cover, foreword: foreword,
                                 title: coverTitle, period: period)
        result.announcement.errata = announcementErrata
        return result
    }
}

/// The kinds of Thai local administrative organization, their short forms, and what the name says after the kind.
enum OrganizationNames {
    /// Longest first, so that เทศบาลตำบล is found before เทศบาล.
    static let kinds: [(kind: String, short: String, remainderIsProvince: Bool)] = [
        ("องค์การบริหารส่วนจังหวัด", "อบจ.", true),
        ("องค์การบริหารส่วนตำบล", "อบต.", false),
        ("เทศบาลนคร", "ทน.", false),
        ("เทศบาลเมือง", "ทม.", false),
        ("เทศบาลตำบล", "ทต.", false),
        ("กรุงเทพมหานคร", "กทม.", false),
        ("เมืองพัทยา", "เมืองพัทยา", false),
    ]

    static func describe(_ name: String) -> ImportedOrganization {
        for entry in kinds where name.hasPrefix(entry.kind) {
            let remainder = String(name.dropFirst(entry.kind.count)).trimmingCharacters(in: .whitespaces)
            if remainder.isEmpty {
                return ImportedOrganization(name: name, shortName: nil, kind: entry.kind, province: nil)
            }
            return ImportedOrganization(name: name, shortName: entry.short + remainder, kind: entry.kind,
                                        province: entry.remainderIsProvince ? remainder : nil)
        }
        return ImportedOrganization(name: name, shortName: nil, kind: "องค์กรปกครองส่วนท้องถิ่น", province: nil)
    }
}

import Foundation
