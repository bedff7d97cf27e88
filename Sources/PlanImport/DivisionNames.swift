/// Division ids (ASCII slugs) for the names the sheets give under ๘. ผู้รับผิดชอบโครงการ. The divisions of the
/// template's organizations (สำนักปลัด…, กองคลัง, …) have fixed ids; any other name gets `division-1`,
/// `division-2`, … and a proposed erratum asking a person to name it.
final class DivisionNames {
    /// Known divisions: id and the names it is printed under (compared without white space).
    static let known: [(id: String, names: [String])] = [
        ("office-of-the-clerk", ["สำนักปลัดองค์การบริหารส่วนจังหวัด", "สำนักปลัดเทศบาล", "สำนักปลัดองค์การบริหารส่วนตำบล", "สำนักปลัด"]),
        ("secretariat", ["สำนักงานเลขาธิการองค์การบริหารส่วนจังหวัด"]),
        ("personnel", ["กองการเจ้าหน้าที่"]),
        ("finance", ["กองคลัง"]),
        ("procurement-and-assets", ["กองพัสดุและทรัพย์สิน"]),
        ("strategy-and-budget", ["กองยุทธศาสตร์และงบประมาณ"]),
        ("education-religion-culture", ["กองการศึกษา ศาสนาและวัฒนธรรม"]),
        ("internal-audit", ["หน่วยงานตรวจสอบภายใน", "หน่วยตรวจสอบภายใน"]),
        ("public-works", ["กองช่าง"]),
        ("education", ["กองการศึกษา"]),
        ("public-health-and-environment", ["กองสาธารณสุขและสิ่งแวดล้อม"]),
        ("social-welfare", ["กองสวัสดิการสังคม"]),
        ("agriculture", ["กองส่งเสริมการเกษตร"]),
        ("all-divisions", ["ทุกส่วนราชการ"]),
    ]

    /// Words that mean every division.
    static let allDivisions = "ทุกส่วนราชการ"

    private var assigned: [String: ImportedDivision] = [:]   // compact printed name → division
    private var order: [String] = []                          // compact printed names, first use first
    private var unknownCount = 0
    private(set) var errata: [ImportedErratum] = []
    /// Known divisions named anywhere in the plan (for "reads like" hints).
    private var namedKnown: [ImportedDivision] = []

    /// The names a ผู้รับผิดชอบ text gives: split at "/", the organization's name (with any line-wrap spaces) dropped.
    func split(_ text: String, organization: String) -> [String] {
        let t = dropOrganization(TextForm.normalize(text), organization)
        guard !t.isEmpty else { return [] }
        if t.hasPrefix(Self.allDivisions) { return [Self.allDivisions] }
        return t.split(separator: "/").map { dropOrganization(TextForm.normalize(String($0)), organization) }.filter { !$0.isEmpty }
    }

    private func dropOrganization(_ text: String, _ organization: String) -> String {
        let org = TextForm.compact(organization)
        guard !org.isEmpty, TextForm.compact(text).hasSuffix(org), TextForm.compact(text) != org else { return text }
        // Drop as many non-space characters from the end as the organization's name has.
        var remaining = org.unicodeScalars.count
        var scalars = Array(text.unicodeScalars)
        while remaining > 0, let last = scalars.last {
            if !last.properties.isWhitespace { remaining -= 1 }
            scalars.removeLast()
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s).trimmingCharacters(in: .whitespaces)
    }

    static func knownDivision(_ printed: String) -> ImportedDivision? {
        let c = TextForm.compact(printed)
        for entry in known {
            if let name = entry.names.first(where: { TextForm.compact($0) == c }) {
                return ImportedDivision(id: entry.id, name: entry.names.contains(printed) ? printed : name)
            }
        }
        return nil
    }

    /// Registers every name the plan prints before ids are given, so that a misspelt name can be matched to a
    /// known one named elsewhere.
    func prepare(_ names: [String]) {
        for name in names {
            if let d = Self.knownDivision(name), !namedKnown.contains(d) { namedKnown.append(d) }
        }
    }

    /// The id for a printed name; for an unknown name also a known division it reads like, if any.
    func resolve(_ printed: String) -> (id: String, similar: ImportedDivision?) {
        let key = TextForm.compact(printed)
        if let d = assigned[key] { return (d.id, similar(to: printed, id: d.id)) }
        var division: ImportedDivision
        if let d = Self.knownDivision(printed) {
            division = d
            // Two printings mapped to one id (สำนักปลัด / สำนักปลัดเทศบาล) stay one division.
        } else {
            unknownCount += 1
            division = ImportedDivision(id: "division-\(unknownCount)", name: printed)
            let hint = similar(to: printed, id: division.id)
            errata.append(.proposal("divisions", source: printed, dataset: division.id,
                                    "the division «\(printed)» is not one PlanPress knows; it was given the id \(division.id): choose an ASCII id (such as public-works) and check the name"
                                        + (hint.map { "; it reads like \($0.name) (\($0.id))" } ?? "")))
        }
        assigned[key] = division
        order.append(key)
        return (division.id, similar(to: printed, id: division.id))
    }

    private func similar(to printed: String, id: String) -> ImportedDivision? {
        guard id.hasPrefix("division-") else { return nil }
        let c = Array(TextForm.compact(printed).unicodeScalars)
        return namedKnown.first { d in
            let k = Array(TextForm.compact(d.name).unicodeScalars)
            return abs(k.count - c.count) <= 4 && EditDistance.scalars(c, k) <= 4
        }
    }

    /// The plan's division list: known divisions in the table's order, then the others in order of first use.
    var datasetDivisions: [ImportedDivision] {
        var byID: [String: ImportedDivision] = [:]
        for key in order { if let d = assigned[key], byID[d.id] == nil { byID[d.id] = d } }
        var result: [ImportedDivision] = []
        for entry in Self.known { if let d = byID[entry.id] { result.append(d) } }
        for key in order {
            if let d = assigned[key], d.id.hasPrefix("division-"), !result.contains(d) { result.append(d) }
        }
        return result
    }
}

enum EditDistance {
    /// Levenshtein distance between two scalar arrays.
    static func scalars(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

import Foundation
