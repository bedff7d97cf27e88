import DataFiles
import Foundation
@testable import PlanModel

/// Fuzzes the progress CSV parser: decoding (UTF-8, BOM, Windows-874, UTF-16 refusal), RFC 4180 parsing,
/// the header's column names, the values of every column (numbers, amounts, dates, statuses, photos), and
/// the round's checks — what `planpress progress check` does with one file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgressCSV(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = [UInt8](UnsafeBufferPointer(start: bytes, count: count))
    let base = FuzzBase.plan
    let read = ProgressLoader.readCSV(bytes: input, path: "fuzz.csv", relative: "progress/2566-6m/fuzz.csv")
    var reader = ProgressRecordReader(plan: base, fiscalYear: 2566)
    let records = read.records.compactMap { reader.read($0) }
    let findings = read.diagnostics + reader.diagnostics
        + ProgressValidation.validate(records, plan: base, fiscalYear: 2566, round: .sixMonths)
    for finding in findings {
        FuzzBase.check(!finding.location.file.isEmpty && !finding.message.isEmpty, "finding without a file or message: \(finding)")
        if let line = finding.location.line { FuzzBase.check(line >= 1, "line \(line) in \(finding)") }
    }
    // The parser on its own: every field's position lies inside the text.
    if let (text, _) = try? CSVReader.decode(input, file: "fuzz.csv"), let rows = try? CSVReader.parse(text, file: "fuzz.csv") {
        let lines = text.unicodeScalars.reduce(1) { $0 + ($1 == "\n" || $1 == "\r" ? 1 : 0) }
        for row in rows {
            for field in row.fields {
                FuzzBase.check(field.line >= 1 && field.line <= lines && field.column >= 1, "field at \(field.line):\(field.column) of \(lines) lines")
            }
        }
    }
    // Windows-874 round trip: what decodes encodes back to the same bytes.
    if let text = try? Windows874.decode(input) {
        FuzzBase.check(Windows874.encode(text) == input, "Windows-874 round trip")
    }
    return 0
}
