import DataFiles
import Foundation
import XCTest
@testable import PlanModel

/// One fixture per rule: each writes a records CSV into a copy of the canonical plan and asserts the
/// finding's message at the CSV's line (and column).
final class ValidationTests: XCTestCase {
    /// Writes `lines` (joined with CRLF) as `name` and inspects the round.
    func check(_ lines: [String], name: String = "records.csv", in fixture: Fixture? = nil, test: String = #function) throws -> (Fixture, [Diagnostic]) {
        let f = try fixture ?? self.fixture(name: test)
        try f.write(name, lines.joined(separator: "\r\n") + "\r\n")
        return (f, try f.inspect().diagnostics)
    }

    // MARK: Errors

    func testUnknownProject() throws {
        let (f, d) = try check(["project,status", "1,completed", "99,completed"])
        assertFinding(d, containing: "unknown project 99", file: f.shown("records.csv"), line: 3, column: 1)
        XCTAssertEqual(d.filter { $0.severity == .error }.count, 1)
    }

    func testProjectNumberThatIsNotANumber() throws {
        let (f, d) = try check(["ลำดับที่,สถานะ", "๑ก,completed"])
        assertFinding(d, containing: "column 'ลำดับที่' (project): '๑ก' is not a project number", file: f.shown("records.csv"), line: 2, column: 1)
    }

    func testUnknownStatus() throws {
        let (f, d) = try check(["project,สถานะ", "1,completed", "2,เสร็จแล้ว"])
        assertFinding(d, containing: "column 'สถานะ' (status): unknown status 'เสร็จแล้ว'", file: f.shown("records.csv"), line: 3, column: 3)
    }

    func testMissingStatus() throws {
        let (f, d) = try check(["project,status,outputs", "1,,something was done"])
        assertFinding(d, containing: "gives no status", file: f.shown("records.csv"), line: 2, column: 1)
    }

    func testMalformedAmountNamesTheColumn() throws {
        let (f, d) = try check(["project,status,เบิกจ่ายจริง", "5,in_progress,\"12,34\""])
        assertFinding(d, containing: "column 'เบิกจ่ายจริง' (budget_disbursed): Cannot read \"12,34\" as an amount",
                      file: f.shown("records.csv"), line: 2, column: 15)
    }

    func testNegativeAmount() throws {
        let (f, d) = try check(["project,status,budget_approved", "5,in_progress,-100"])
        assertFinding(d, containing: "column 'budget_approved': an amount cannot be negative", file: f.shown("records.csv"), line: 2, column: 15)
    }

    func testMalformedDateNamesTheColumn() throws {
        let (f, d) = try check(["project,status,วันที่เริ่ม", "1,in_progress,32/10/2565"])
        assertFinding(d, containing: "column 'วันที่เริ่ม' (start_date): Cannot read \"32/10/2565\" as a date", file: f.shown("records.csv"), line: 2, column: 15)
    }

    func testMalformedIndicatorNumberNamesTheColumn() throws {
        let (f, d) = try check(["project,status,indicator_1,actual_1", "1,completed,ผู้เข้าร่วม,ร้อยละ 80"])
        assertFinding(d, containing: "column 'actual_1': 'ร้อยละ 80' is not a number", file: f.shown("records.csv"), line: 2, column: 25)
    }

    func testBrokenThaiClusterInAValueNamesItsCell() throws {
        // "\u{0E49}" (a tone mark) at the start of the outputs cell: its consonant was lost in copying.
        let (f, d) = try check(["project,status,ผลผลิต", "1,completed,\u{0E49}ผู้เข้าร่วมอบรม ๕๐ คน"])
        assertFinding(d, containing: "column 'ผลผลิต' (outputs): a Thai tone mark with no consonant to sit on",
                      file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testDateOutsideTheRound() throws {
        let (f, d) = try check(["project,status,start_date,end_date", "1,completed,1/10/2565,15/4/2566", "2,completed,30/9/2565,1/10/2565"])
        assertFinding(d, containing: "column 'end_date': 2566-04-15 is outside รอบ ๖ เดือน of fiscal year 2566 (2565-10-01 – 2566-03-31)",
                      file: f.shown("records.csv"), line: 2, column: 23)
        assertFinding(d, containing: "column 'start_date': 2565-09-30 is outside", file: f.shown("records.csv"), line: 3, column: 13)
    }

    func testSingleDateOutsideAQuarter() throws {
        let f = try fixture(round: .q3)
        let (_, d) = try check(["project,status,วันที่ดำเนินการ", "1,completed,๑ ต.ค. ๖๕"], in: f)
        assertFinding(d, containing: "column 'วันที่ดำเนินการ' (date): 2565-10-01 is outside ไตรมาส ๓ of fiscal year 2566 (2566-04-01 – 2566-06-30)",
                      file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testEndBeforeStart() throws {
        let (f, d) = try check(["project,status,start_date,end_date", "1,completed,2023-01-20,2023-01-10"])
        assertFinding(d, containing: "the end 2566-01-10 comes before the start 2566-01-20", file: f.shown("records.csv"), line: 2, column: 24)
    }

    func testDuplicateRecordInOneFile() throws {
        let (f, d) = try check(["project,status", "1,completed", "2,completed", "1,in_progress"])
        assertFinding(d, containing: "project 1 already has a record in this round (\(f.shown("records.csv")):2:1)",
                      file: f.shown("records.csv"), line: 4, column: 1)
    }

    func testDuplicateRecordAcrossFiles() throws {
        let f = try fixture()
        try f.write("a-first.csv", "project,status\r\n7,not_started\r\n")
        try f.write("b-second.yaml", "records:\n  - project: 8\n    status: completed\n  - project: 7\n    status: completed\n")
        let d = try f.inspect().diagnostics
        assertFinding(d, containing: "project 7 already has a record in this round (\(f.shown("a-first.csv")):2:1)",
                      file: f.shown("b-second.yaml"), line: 4, column: 14)
    }

    func testPhotoThatDoesNotExist() throws {
        let (f, d) = try check(["project,status,ภาพถ่าย ๑", "1,completed,progress/photos/missing.png"])
        assertFinding(d, containing: "column 'ภาพถ่าย ๑' (photo_1) names a file that does not exist: progress/photos/missing.png",
                      file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testPhotoOutsideThePlanFolder() throws {
        let (f, d) = try check(["project,status,photo_1,photo_2", "1,completed,../outside.png,/etc/hostname"])
        assertFinding(d, containing: "column 'photo_1' leads outside the plan folder (../outside.png)", file: f.shown("records.csv"), line: 2, column: 13)
        assertFinding(d, containing: "column 'photo_2' must be a path inside the plan folder, not an absolute path", file: f.shown("records.csv"), line: 2, column: 28)
    }

    func testPhotoSymlinkLeadingOutOfThePlanFolder() throws {
        let f = try fixture()
        let outside = f.directory.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString.prefix(6)).png")
        try Data(Fixture.onePixelPNG).write(to: outside)
        addTeardownBlock { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: f.directory.appendingPathComponent("progress/photos"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: f.directory.appendingPathComponent("progress/photos/link.png"), withDestinationURL: outside)
        let (_, d) = try check(["project,status,photo_1", "1,completed,progress/photos/link.png"], in: f)
        assertFinding(d, containing: "leads outside the plan folder", file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testPhotoThatIsNotAPNG() throws {
        let f = try fixture()
        try f.writeInPlan("progress/photos/fake.png", bytes: Array("not a picture".utf8))
        let (_, d) = try check(["project,status,photo_1", "1,completed,progress/photos/fake.png"], in: f)
        assertFinding(d, containing: "column 'photo_1': progress/photos/fake.png is not a PNG image", file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testCancelledWithoutReason() throws {
        let (f, d) = try check(["project,status,cancel_reason", "1,ยกเลิก,", "2,ยกเลิก,งบประมาณไม่เพียงพอ"])
        assertFinding(d, containing: "project 1 is cancelled (ยกเลิก) without a reason; fill in column 'เหตุผลที่ยกเลิก' (cancel_reason)",
                      file: f.shown("records.csv"), line: 2, column: 3)
        XCTAssertEqual(d.filter { $0.severity == .error }.count, 1)
    }

    func testTooManyPhotos() throws {
        let f = try fixture()
        try f.writeInPlan("progress/photos/p.png", bytes: Fixture.onePixelPNG)
        let p = "progress/photos/p.png"
        let (_, d) = try check(["project,status,photo_1,photo_2,photo_3,photo_4,photo_5", "1,completed,\(p),\(p),\(p),\(p),\(p)"], in: f)
        assertFinding(d, containing: "too many photos: a record holds at most 4; this is photo 5", file: f.shown("records.csv"), line: 2, column: 101)
        XCTAssertEqual(d.count, 1, d.map(\.description).joined(separator: "\n"))
    }

    func testTooManyPhotosInYAML() throws {
        let f = try fixture()
        try f.writeInPlan("progress/photos/p.png", bytes: Fixture.onePixelPNG)
        let photos = (1...5).map { "      - {path: progress/photos/p.png, caption: ภาพที่ \($0)}" }.joined(separator: "\n")
        try f.write("r.yaml", "records:\n  - project: 1\n    status: completed\n    photos:\n\(photos)\n")
        let d = try f.inspect().diagnostics
        assertFinding(d, containing: "too many photos", file: f.shown("r.yaml"), line: 9, column: 16)
    }

    func testTooManyIndicators() throws {
        let header = "project,status," + (1...5).map { "indicator_\($0)" }.joined(separator: ",")
        let (f, d) = try check([header, "1,completed,a,b,c,d,e"])
        assertFinding(d, containing: "too many indicators: a record holds at most 4, this one has 5", file: f.shown("records.csv"), line: 2, column: 21)
    }

    func testUnknownColumn() throws {
        let (f, d) = try check(["project,status,หมายเหตุ", "1,completed,x"])
        assertFinding(d, containing: "unknown column 'หมายเหตุ'", file: f.shown("records.csv"), line: 1, column: 16)
    }

    func testRepeatedColumn() throws {
        let (f, d) = try check(["project,status,สถานะ", "1,completed,completed"])
        assertFinding(d, containing: "column 'สถานะ' repeats status, which column 2 ('status') already holds", file: f.shown("records.csv"), line: 1, column: 16)
    }

    func testHeaderWithoutStatusColumn() throws {
        let (f, d) = try check(["project,outputs", "1,done"])
        assertFinding(d, containing: "the header has no column 'สถานะ' (status) column", file: f.shown("records.csv"), line: 1, column: 1)
    }

    func testSemicolonSeparatedFileIsExplained() throws {
        let (f, d) = try check(["project;status", "1;completed"])
        assertFinding(d, containing: "separated by semicolons", file: f.shown("records.csv"), line: 1, column: 1)
    }

    func testValueBeyondTheLastColumn() throws {
        let (f, d) = try check(["project,status", "1,completed,extra"])
        assertFinding(d, containing: "a value beyond the last column", file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testUnknownDivision() throws {
        let (f, d) = try check(["project,status,ส่วนราชการ", "1,completed,กองช่าง"])
        assertFinding(d, containing: "column 'ส่วนราชการ' (division): unknown division 'กองช่าง'", file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testCaptionWithoutPhoto() throws {
        let (f, d) = try check(["project,status,caption_2", "1,completed,ภาพกิจกรรม"])
        assertFinding(d, containing: "a caption without a photo", file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testDateAndRangeTogether() throws {
        let (f, d) = try check(["project,status,date,start_date", "1,completed,1/11/2565,1/11/2565"])
        assertFinding(d, containing: "give either one date or a start and an end date", file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testFileMixingExampleAndRealRows() throws {
        let (f, d) = try check(["example,project,status", "yes,1,completed", ",2,completed"])
        assertFinding(d, containing: "not marked as example data but line 2 is", file: f.shown("records.csv"), line: 3, column: 1)
    }

    func testErrorLineAfterAMultiLineField() throws {
        let (f, d) = try check(["project,status,outputs", "1,completed,\"line one\r\nline two\r\nline three\"", "2,เสร็จ,x"])
        assertFinding(d, containing: "unknown status 'เสร็จ'", file: f.shown("records.csv"), line: 5, column: 3)
    }

    func testUnclosedQuoteStopsTheFile() throws {
        let (f, d) = try check(["project,status,outputs", "1,completed,\"never closed", "2,completed,x"])
        assertFinding(d, containing: "never closes", file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testYAMLUnknownField() throws {
        let f = try fixture()
        try f.write("r.yaml", "records:\n  - project: 1\n    status: completed\n    stauts: x\n")
        let d = try f.inspect().diagnostics
        assertFinding(d, containing: "unknown field 'records[0].stauts'", file: f.shown("r.yaml"), line: 4, column: 5)
    }

    func testFiscalYearOutsideThePlan() throws {
        let f = try fixture(fiscalYear: 2566)
        let d = ProgressLoader.inspect(plan: try f.plan(), fiscalYear: 2590, round: .sixMonths).diagnostics
        XCTAssertEqual(d.count, 1)
        XCTAssertTrue(d[0].message.contains("fiscal year 2590 is outside the plan's period 2566–2570"), d[0].message)
    }

    func testMissingRoundFolder() throws {
        let f = try fixture()
        let d = ProgressLoader.inspect(plan: try f.plan(), fiscalYear: 2567, round: .q4).diagnostics
        XCTAssertEqual(d.map(\.severity), [.error])
        XCTAssertTrue(d[0].message.contains("the folder does not exist"), d[0].message)
        XCTAssertTrue(d[0].location.file.hasSuffix("progress/2567-q4"))
    }

    // MARK: Warnings

    func testDivisionNotResponsibleForTheProject() throws {
        // Project 18 belongs to กองคลัง (finance) only; project 28 to every division.
        let (f, d) = try check(["project,status,division", "18,completed,personnel", "28,in_progress,personnel", "3,completed,กองการเจ้าหน้าที่"])
        assertFinding(d, .warning, containing: "กองการเจ้าหน้าที่ (personnel) reports on project 18, which it is not responsible for; the plan names กองคลัง (finance)",
                      file: f.shown("records.csv"), line: 2, column: 14)
        XCTAssertEqual(d.count, 1, "all-divisions accepts any division; an own project gives nothing")
    }

    func testDisbursedMoreThanApproved() throws {
        let (f, d) = try check(["project,status,budget_approved,budget_disbursed", "5,completed,\"100,000.00\",\"๑๐๐,๐๐๐.๐๑\"", "31,completed,250000,250000"])
        assertFinding(d, .warning, containing: "column 'budget_disbursed': disbursed 100000.01 baht is more than the 100000.00 baht approved",
                      file: f.shown("records.csv"), line: 2, column: 26)
        XCTAssertEqual(d.count, 1)
    }

    func testCancellationReasonOnAProjectNotCancelled() throws {
        let (f, d) = try check(["project,status,cancel_reason", "1,completed,ไม่มีงบประมาณ"])
        assertFinding(d, .warning, containing: "a cancellation reason, but the status is ดำเนินการแล้วเสร็จ", file: f.shown("records.csv"), line: 2, column: 13)
    }

    func testNonRecordsFileIsAWarning() throws {
        let f = try fixture()
        try f.write("records.csv", "project,status\r\n1,completed\r\n")
        try f.write("records.xlsx", "binary")
        let d = try f.inspect().diagnostics
        assertFinding(d, .warning, containing: "not a records file", file: f.shown("records.xlsx"), line: nil)
    }

    // MARK: The round as a whole

    func testLoadThrowsEveryFindingWhenAnyIsAnError() throws {
        let f = try fixture()
        try f.write("records.csv", "project,status,division\r\n18,completed,personnel\r\n99,completed,finance\r\n")
        XCTAssertThrowsError(try f.load()) { error in
            let list = error as! DiagnosticList
            XCTAssertEqual(list.errors.count, 1)
            XCTAssertEqual(list.diagnostics.count, 2, "the warnings come too")
            XCTAssertTrue(list.description.contains("records.csv:3:1: error: unknown project 99"), list.description)
        }
    }

    func testLoadReturnsWarningsWhenNothingIsWrong() throws {
        let f = try fixture()
        try f.write("records.csv", "project,status,division\r\n18,completed,personnel\r\n")
        let round = try f.load()
        XCTAssertEqual(round.records.count, 1)
        XCTAssertEqual(round.warnings.count, 1)
    }
}

extension ValidationTests {
    func testARecordWithAnUnknownStatusIsStillCheckedButLeftOut() throws {
        let (f, d) = try check(["project,status,start_date", "99,done,1/6/2566"])
        assertFinding(d, containing: "unknown status 'done'", file: f.shown("records.csv"), line: 2, column: 4)
        assertFinding(d, containing: "unknown project 99", file: f.shown("records.csv"), line: 2, column: 1)
        assertFinding(d, containing: "2566-06-01 is outside", file: f.shown("records.csv"), line: 2, column: 9)
        XCTAssertEqual(try f.inspect().round.records.count, 0)
    }
}
