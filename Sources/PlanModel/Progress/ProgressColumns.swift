import Foundation
import DataFiles
import ThaiText

/// The fields of a progress record, named as CSV headers and YAML keys write them (English names).
/// Numbered fields (`indicator`, `target`, `actual`, `unit`, `photo`, `caption`) carry a number 1…N
/// in a CSV header (`indicator_1`, `ตัวชี้วัด ๑`).
public enum ProgressField: String, Sendable, Hashable, CaseIterable {
    case example
    case project
    case projectName = "project_name"
    case status
    case cancelReason = "cancel_reason"
    case budgetPlanned = "budget_planned"
    case budgetApproved = "budget_approved"
    case budgetDisbursed = "budget_disbursed"
    case date
    case startDate = "start_date"
    case endDate = "end_date"
    case outputs
    case outcomes
    case indicator
    case target
    case actual
    case unit
    case problems
    case suggestions
    case photo
    case caption
    case documents
    case reporterName = "reporter_name"
    case reporterPosition = "reporter_position"
    case division
    case phone
    case reportDate = "report_date"

    /// Whether the field repeats with a number (`photo_1` … `photo_4`).
    public var isNumbered: Bool {
        switch self {
        case .indicator, .target, .actual, .unit, .photo, .caption: return true
        default: return false
        }
    }
}

/// A column of a records CSV: a field, with its number for the numbered fields.
public struct ProgressColumn: Sendable, Hashable, CustomStringConvertible {
    public var field: ProgressField
    /// 1… for numbered fields, nil otherwise.
    public var number: Int?

    public init(_ field: ProgressField, _ number: Int? = nil) { self.field = field; self.number = number }

    /// The English header: `status`, `photo_2`.
    public var englishName: String { number.map { "\(field.rawValue)_\($0)" } ?? field.rawValue }

    /// The Thai header the template writes: `สถานะ`, `ภาพถ่าย ๒`.
    public var thaiName: String {
        let name = ProgressColumns.thaiNames[field]?.first ?? field.rawValue
        return number.map { name + " " + ThaiFormat.number($0) } ?? name
    }

    public var description: String { englishName }
}

/// The documented header names of records CSVs, in Thai and English (Plans/FORMAT.md, "Progress records").
///
/// A header is matched after normalizing it: surrounding spaces and a trailing parenthesized note
/// (`เบิกจ่ายจริง (บาท)`) are dropped, letters are lower-cased, Thai digits become Arabic, and runs of spaces,
/// hyphens and underscores become one underscore — so `ตัวชี้วัด ๑`, `ตัวชี้วัด_1` and `Indicator 1` all name
/// `indicator_1`.
public enum ProgressColumns {
    /// At most this many indicators (`indicator_1` … ) and photos (`photo_1` … ) per record.
    public static let maximumIndicators = 4
    public static let maximumPhotos = 4

    /// Thai names per field, the first being the one the template writes; the others are accepted too.
    static let thaiNames: [ProgressField: [String]] = [
        .example: ["ตัวอย่าง"],
        .project: ["ลำดับที่", "ลำดับ", "โครงการที่", "ลำดับโครงการ"],
        .projectName: ["ชื่อโครงการ", "โครงการ/กิจกรรม/มาตรการ", "โครงการ"],
        .status: ["สถานะ", "สถานะการดำเนินงาน", "สถานะการดำเนินการ"],
        .cancelReason: ["เหตุผลที่ยกเลิก", "เหตุผลการยกเลิก"],
        .budgetPlanned: ["งบประมาณตามแผน"],
        .budgetApproved: ["งบประมาณตามข้อบัญญัติ", "ข้อบัญญัติงบประมาณ", "งบประมาณที่ได้รับอนุมัติ"],
        .budgetDisbursed: ["เบิกจ่ายจริง", "งบประมาณที่เบิกจ่าย", "เบิกจ่าย"],
        .date: ["วันที่ดำเนินการ"],
        .startDate: ["วันที่เริ่ม", "วันที่เริ่มดำเนินการ"],
        .endDate: ["วันที่สิ้นสุด", "วันที่แล้วเสร็จ", "วันที่เสร็จ"],
        .outputs: ["ผลผลิต"],
        .outcomes: ["ผลลัพธ์"],
        .indicator: ["ตัวชี้วัด"],
        .target: ["ค่าเป้าหมาย", "เป้าหมาย"],
        .actual: ["ผลที่ได้", "ผลการดำเนินงานจริง"],
        .unit: ["หน่วยนับ", "หน่วย"],
        .problems: ["ปัญหาอุปสรรค", "ปัญหา/อุปสรรค", "ปัญหาและอุปสรรค"],
        .suggestions: ["ข้อเสนอแนะ"],
        .photo: ["ภาพถ่าย", "รูปภาพ", "ภาพ"],
        .caption: ["คำบรรยายภาพ", "คำอธิบายภาพ"],
        .documents: ["เอกสารอ้างอิง", "เอกสารหลักฐาน", "เอกสารประกอบ"],
        .reporterName: ["ผู้รายงาน", "ชื่อผู้รายงาน"],
        .reporterPosition: ["ตำแหน่ง", "ตำแหน่งผู้รายงาน"],
        .division: ["ส่วนราชการ", "หน่วยงาน", "กอง/สำนัก"],
        .phone: ["โทรศัพท์", "เบอร์โทรศัพท์", "หมายเลขโทรศัพท์"],
        .reportDate: ["วันที่รายงาน"],
    ]

    /// English names accepted besides the field's own (`ProgressField.rawValue`).
    static let englishAliases: [ProgressField: [String]] = [
        .project: ["project_number", "no"],
        .projectName: ["name"],
        .cancelReason: ["cancellation_reason"],
        .budgetPlanned: ["planned"],
        .budgetApproved: ["approved"],
        .budgetDisbursed: ["disbursed"],
        .startDate: ["start"],
        .endDate: ["end"],
        .documents: ["document", "references"],
        .reporterName: ["reporter"],
        .reporterPosition: ["position"],
        .division: ["division_id", "reporter_division"],
        .phone: ["reporter_phone"],
    ]

    /// Every normalized name → field, built once from the tables above.
    private static let lookup: [String: ProgressField] = {
        var table: [String: ProgressField] = [:]
        for field in ProgressField.allCases {
            for name in [field.rawValue] + (englishAliases[field] ?? []) + (thaiNames[field] ?? []) {
                table[normalizeHeader(name)] = field
            }
        }
        return table
    }()

    /// The column a header names, or nil for a header that is not documented. A numbered field needs its
    /// number (`photo_1`); a number on a field that does not repeat is refused.
    public static func column(forHeader header: String) -> ProgressColumn? {
        let name = normalizeHeader(header)
        if let field = lookup[name] { return field.isNumbered ? nil : ProgressColumn(field) }
        // A trailing number: `indicator_1`, `ตัวชี้วัด_1`, `ตัวชี้วัด1`.
        let digits = name.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let number = Int(String(digits.reversed())), number >= 1 else { return nil }
        var stem = String(name.dropLast(digits.count))
        if stem.hasSuffix("_") { stem.removeLast() }
        guard let field = lookup[stem], field.isNumbered else { return nil }
        return ProgressColumn(field, number)
    }

    /// The columns the template writes, in order, with Thai headers.
    public static var templateColumns: [ProgressColumn] {
        var columns: [ProgressColumn] = [
            .init(.project), .init(.projectName), .init(.status), .init(.cancelReason),
            .init(.budgetPlanned), .init(.budgetApproved), .init(.budgetDisbursed),
            .init(.startDate), .init(.endDate), .init(.outputs), .init(.outcomes),
        ]
        for n in 1...maximumIndicators { columns += [.init(.indicator, n), .init(.target, n), .init(.actual, n), .init(.unit, n)] }
        columns += [.init(.problems), .init(.suggestions)]
        for n in 1...maximumPhotos { columns += [.init(.photo, n), .init(.caption, n)] }
        columns += [.init(.documents), .init(.reporterName), .init(.reporterPosition), .init(.division), .init(.phone), .init(.reportDate)]
        return columns
    }

    /// Every accepted name of a field (English first, then Thai), for documentation and messages.
    public static func names(of field: ProgressField) -> (english: [String], thai: [String]) {
        ([field.rawValue] + (englishAliases[field] ?? []), thaiNames[field] ?? [])
    }

    /// A header as it is matched: see the type's documentation.
    public static func normalizeHeader(_ header: String) -> String {
        var text = normalizeThai(ThaiDigits.toArabic(header)).trimmingSpacesAndNewlines()
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open != text.startIndex {
            text = String(text[..<open]).trimmingSpaces()
        }
        var out = ""
        var pendingSeparator = false
        for c in text.lowercased() {
            if c.isWhitespace || c == "-" || c == "_" {
                pendingSeparator = !out.isEmpty
            } else {
                if pendingSeparator { out.append("_"); pendingSeparator = false }
                out.append(c)
            }
        }
        return out
    }

    /// Thai text as typed on some keyboards, made canonical: NIKHAHIT + SARA AA (ํ + า) → SARA AM (ำ);
    /// no-break spaces → spaces.
    public static func normalizeThai(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{0E4D}\u{0E32}", with: "\u{0E33}")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
    }
}
