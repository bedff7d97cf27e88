import Foundation

/// Part 3: the dimension / mission / sub-mission headings and one sheet per project ("ลำดับที่ N") with its nine
/// numbered sections. This reads the structure; `ProjectBuilder` turns each sheet into a project.
struct RawSheet {
    var number: Int
    var line: Int
    var mission: (dimension: Int, mission: Int)?
    var subMission: Int?
    /// Section headings in order, with their line.
    var headings: [(heading: SectionHeading, line: Int)] = []
    var section: SheetSection?
    var paragraphs: [SheetSection: [Paragraph]] = [:]
    var nameParts: [Paragraph] = []
    var resultsMode: ResultsMode = .undifferentiated
    var results: [ResultsMode: [Paragraph]] = [:]
    /// Whether a ผลผลิต / ผลลัพธ์ sub-heading (or the bold ผลผลิต after the heading) said which list is which.
    var resultsMarked = false
}

struct SheetHeadings {
    var dimensions: [ImportedDimension] = []
    /// Each heading's line, by dataset path (dimensions[0], dimensions[0].missions[1], …).
    var lines: [String: Int] = [:]
    var errata: [ImportedErratum] = []
}

enum SheetParser {
    static let dimensionPattern = Pattern("^(ม\\x{0E34}?ต[\\x{0E34}\\x{0E35}]?\\s*(?:ที่|นี้))\\s*([0-9๐-๙]+)\\s+(.+)$", dotAll: true)
    static let missionPattern = Pattern("^([0-9๐-๙]+)\\.([0-9๐-๙]+)\\s+(.+)$", dotAll: true)
    static let subMissionPattern = Pattern("^([0-9๐-๙]+)\\.([0-9๐-๙]+)\\.([0-9๐-๙]+)\\s+(.+)$", dotAll: true)
    static let sheetPattern = Pattern("^ลำดับที่\\s*([0-9๐-๙]+)$")

    /// A heading's title: normalized, without a colon after the number ("มิติที่ ๑ : การสร้าง…").
    static func title(_ raw: String) -> String {
        TextForm.normalize(raw).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
    }

    static func parse(_ source: SourceText, range: Range<Int>, ledger: LineLedger) -> (headings: SheetHeadings, sheets: [RawSheet]) {
        var headings = SheetHeadings()
        var sheets: [RawSheet] = []
        var sheet: RawSheet?
        var dimension: Int?
        var mission: (Int, Int)?
        var subMission: Int?

        func endSheet() {
            if let s = sheet { sheets.append(s) }
            sheet = nil
        }

        for p in Paragraphs.split(source.lines[range]) {
            let text = p.text
            if PartSplitter.isPageNumber(text) {
                ledger.layout(p)
                ledger.note(p.firstLine, "a page number («\(text)») between paragraphs was skipped")
                continue
            }
            if !p.bullet, let m = sheetPattern.match(text), let n = m[1].flatMap(TextForm.integer) {
                endSheet()
                sheet = RawSheet(number: n, line: p.firstLine, mission: mission.map { (dimension: $0.0, mission: $0.1) },
                                 subMission: subMission)
                ledger.layout(p)
                continue
            }
            if !p.bullet {
                // มิติที่ N … (and the misspellings มิตีที่, มติที่, มิตินี้): a new dimension.
                if let m = dimensionPattern.match(text), let n = m[2].flatMap(TextForm.integer), n > (dimension ?? 0),
                   let word = m[1], let title = m[3] {
                    endSheet()
                    dimension = n
                    mission = nil
                    subMission = nil
                    let index = headings.dimensions.count
                    headings.dimensions.append(ImportedDimension(number: n, title: Self.title(title), missions: []))
                    headings.lines["dimensions[\(index)]"] = p.firstLine
                    let compactWord = TextForm.compact(word)
                    if compactWord != "มิติที่" {
                        let corrected = text.replacingOccurrences(of: word, with: "มิติที่")
                        headings.errata.append(.proposal("dimensions[\(index)]", source: text, dataset: corrected,
                                                         "the heading misspells มิติที่ (dimension) as \(compactWord); the title itself is unchanged",
                                                         line: p.firstLine))
                    }
                    ledger.place(p)
                    continue
                }
                let inResults = sheet == nil || sheet?.section == .results
                if inResults, let d = dimension, let m = subMissionPattern.match(text),
                   let a = m[1].flatMap(TextForm.integer), let b = m[2].flatMap(TextForm.integer), let c = m[3].flatMap(TextForm.integer),
                   let title = m[4], a == d, let current = mission, current.1 == b {
                    endSheet()
                    subMission = c
                    let di = headings.dimensions.count - 1
                    let mi = headings.dimensions[di].missions.count - 1
                    let si = headings.dimensions[di].missions[mi].subMissions.count
                    headings.dimensions[di].missions[mi].subMissions.append((c, Self.title(title)))
                    headings.lines["dimensions[\(di)].missions[\(mi)].sub_missions[\(si)]"] = p.firstLine
                    ledger.place(p)
                    continue
                }
                if inResults, let d = dimension, let m = missionPattern.match(text), !subMissionPattern.matches(text),
                   let a = m[1].flatMap(TextForm.integer), let b = m[2].flatMap(TextForm.integer), let title = m[3],
                   a == d, sheet == nil || b > (mission?.1 ?? 0) {
                    endSheet()
                    mission = (a, b)
                    subMission = nil
                    let di = headings.dimensions.count - 1
                    let mi = headings.dimensions[di].missions.count
                    headings.dimensions[di].missions.append(ImportedMission(number: b, title: Self.title(title), subMissions: []))
                    headings.lines["dimensions[\(di)].missions[\(mi)]"] = p.firstLine
                    ledger.place(p)
                    continue
                }
            }
            guard var current = sheet else {
                ledger.reject(p, "text in ส่วนที่ ๓ outside any project sheet (before a ลำดับที่ heading, after a dimension or mission heading)")
                continue
            }
            defer { sheet = current }
            if !p.bullet, let h = SectionHeadings.match(p.raw), current.section.map({ h.section > $0 }) ?? true {
                current.headings.append((h, p.firstLine))
                current.section = h.section
                if h.section == .results {
                    current.resultsMode = h.resultsMode
                    current.resultsMarked = h.resultsMode != .undifferentiated
                }
                if h.rest.isEmpty {
                    ledger.layout(p)
                } else {
                    var rest = p
                    rest.raw = h.rest
                    rest.bullet = false
                    if h.section == .name { current.nameParts.append(rest) }
                    else if h.section == .results { current.results[current.resultsMode, default: []].append(rest) }
                    else { current.paragraphs[h.section, default: []].append(rest) }
                    ledger.place(p)
                }
                continue
            }
            guard let section = current.section else {
                ledger.reject(p, "text in sheet ลำดับที่ \(ThaiNumber.thai(current.number)) before its first numbered section")
                continue
            }
            switch section {
            case .name:
                current.nameParts.append(p)
                ledger.note(p.firstLine, "read as the rest of the name of ลำดับที่ \(ThaiNumber.thai(current.number))")
            case .results:
                if !p.bullet, let sub = SectionHeadings.resultsSubheading(p.raw) {
                    current.resultsMode = sub.mode
                    current.resultsMarked = true
                    if sub.rest.isEmpty {
                        ledger.layout(p)
                    } else {
                        var rest = p
                        rest.raw = sub.rest
                        current.results[sub.mode, default: []].append(rest)
                    }
                    continue
                }
                current.results[current.resultsMode, default: []].append(p)
            default:
                current.paragraphs[section, default: []].append(p)
            }
        }
        endSheet()
        return (headings, sheets)
    }
}
