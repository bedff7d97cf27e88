import DataFiles
import Foundation
import PlanImport
import PlanModel
import ThaiText
import XCTest

/// A small plan of another (made-up) organization, built here: three projects, a variant heading, a reversed
/// period, a name that differs between Part 2 and Part 3, an unknown division, a count the foreword gets wrong,
/// a numbering gap, and lines that have no place in the dataset.
final class SyntheticPlanTests: XCTestCase {
    static let strayOutsideSheet = "ข้อความหลงทางที่ไม่อยู่ในแผ่นงานใด"
    static let strayBeforeSection = "หมายเหตุที่พิมพ์ไว้ก่อนหัวข้อแรกของแผ่นงาน"

    /// The fixture's lines; `\t` separates table cells as the PDF extraction does.
    static let text = """
    ประกาศเทศบาลตำบลบ้านทดสอบ
    เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส
    ของเทศบาลตำบลบ้านทดสอบ (พ.ศ. ๒๕๖๘ - ๒๕๗๐)

    ด้วยเทศบาลตำบลบ้านทดสอบได้จัดทำแผนปฏิบัติการป้องกันการทุจริต
    เพื่อใช้เป็นกรอบในการดำเนินงาน

    จึงประกาศให้ทราบโดยทั่วกัน

    ประกาศ ณ วันที่ ๑๕ เดือน สิงหาคม พ.ศ. ๒๕๖๗

    (นายทดสอบ ระบบดี)

    นายกเทศมนตรีตำบลบ้านทดสอบ

    แผนปฏิบัติการป้องกันการทุจริต
    เพื่อยกระดับคุณธรรมและความโปร่งใส
    ของเทศบาลตำบลบ้านทดสอบ
    พ.ศ. ๒๕๖๘ – ๒๕๗๐

    สำนักปลัดเทศบาล
    โทร ๐ ๔๔๐๐ ๐๐๐๐
    www.bantest.go.th

    คำนำ

    เทศบาลตำบลบ้านทดสอบได้จัดทำแผนปฏิบัติการป้องกันการทุจริต แยกตาม ๒ มิติรวมทั้งสิ้นจำนวน ๓ โครงการ ดังนี้

    มิติที่ ๑ การสร้างวัฒนธรรมสุจริต จำนวน ๒ โครงการ

    มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส

    จำนวน ๒ โครงการ

    คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต
    สำนักปลัดเทศบาล

    สารบัญ

    \tหน้า
    ส่วนที่ ๑ บทนำ\t๑
    ส่วนที่ ๒ แผนปฏิบัติการ\t๒

    ส่วนที่ ๑

    บทนำ

    ๑. การประเมินความเสี่ยงการทุจริตในองค์กร

    ลำดับ ที่\tขั้นตอน การดำเนินงาน\tประเด็นความเสี่ยง การทุจริต\tRisk Score\tมาตรการควบคุมความเสี่ยง การทุจริต
    ๑\tการบริหารงานบุคคล\t๑. การแต่งตั้งไม่เป็นธรรม ๒. การเลื่อนขั้นไม่โปร่งใส\tสูง ปานกลาง\t๑. มาตรการเปิดเผยข้อมูล ๓. มาตรการสร้างความโปร่งใส

    ๒. หลักการและเหตุผล

    เทศบาลตำบลบ้านทดสอบให้ความสำคัญกับการป้องกันการทุจริต

    ๓. วัตถุประสงค์ของการจัดทำแผน

    - (๑) เพื่อแสดงเจตจำนงสุจริต
    - (๒) เพื่อสร้างวัฒนธรรมสุจริต

    ส่วนที่ ๒

    แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ – ๒๕๗๐)

    มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tปี ๒๕๖๘\tปี ๒๕๖๙\tปี ๒๕๗๐\tหมายเหตุ
    \t\t\tงบประมาณ (บาท)\tงบประมาณ (บาท)\tงบประมาณ (บาท)\t
    ๑. การสร้าง วัฒนธรรมสุจริต\t๑.๑ การเสริมสร้างจิตสำนึกแก่บุคลากร\t๑) กิจกรรมปลูกจิตสำนึกต่อต้านการทุจริต ๒) โครงการอบรมคุณธรรมพนักงาน\t๕๐,๐๐๐\t๕๐,๐๐๐\t๕๐,๐๐๐\tกอง ช่าง
    \tรวม\t๒ โครงการ\t๕๐,๐๐๐\t๕๐,๐๐๐\t๕๐,๐๐๐\t
    ๒. การบริหารราชการด้วยความโปร่งใส\t๒.๑ การเปิดเผยข้อมูลสาธารณะ\t๓) มาตรการเปิดเผยข้อมูลข่าวสาร\t-\t-\t-\t
    \tรวม\t๑ โครงการ\t-\t-\t-\t
    \tรวมทั้งสิ้น\t๓ โครงการ\t๕๐,๐๐๐\t๕๐,๐๐๐\t๕๐,๐๐๐\t

    ส่วนที่ ๓ รายละเอียดโครงการ/กิจกรรม/มาตรการ

    มิติที่ ๑ การสร้างวัฒนธรรมสุจริต

    ๑.๑ การเสริมสร้างจิตสำนึกแก่บุคลากร

    ลำดับที่ ๑

    ๑. ชื่อโครงการ : กิจกรรมปลูกจิตสำนึกต่อต้านการทุจริต

    ๒. หลักการและเหตุผล/ที่มาของโครงการ

    การทุจริตเป็นปัญหาสำคัญ จึงจัดทำกิจกรรมนี้

    ๓. วัตถุประสงค์

    ๓.๑ เพื่อปลูกจิตสำนึก

    ๓.๓ เพื่อลดการทุจริต

    ๔. กลุ่มเป้าหมาย

    พนักงานเทศบาล จำนวน ๕๐ คน

    ๕. วิธีการดำเนินการ

    ๕.๑ จัดกิจกรรม

    ๕.๒ รายงานผล

    ๖. ระยะเวลาดำเนินการ

    ปีงบประมาณ พ.ศ. ๒๕๖๘ – ๒๕๖๗

    ๗. งบประมาณดำเนินการ

    ไม่ใช้งบประมาณ

    ๘. ผู้รับผิดชอบโครงการ

    สำนักปลัดเทศบาล เทศบาลตำบลบ้านทดสอบ

    ๙. ผลผลิต/ผลลัพธ์

    ผลผลิต

    ๑) พนักงานเข้าร่วมกิจกรรม

    ผลลัพธ์

    พนักงานมีจิตสำนึกต่อต้านการทุจริต

    ลำดับที่ ๒

    ๑. ชื่อโครงการ : โครงการอบรมคุณธรรมพนักงานเทศบาล

    ๒. หลักการและเหตุผล

    พนักงานควรมีคุณธรรม

    ๓. วัตถุประสงค์

    เพื่อพัฒนาคุณธรรม

    ๔. กลุ่มเป้าหมาย

    พนักงาน

    ๕. วิธีดำเนินการ

    - ๕.๑ จัดอบรม
    - ๕.๒ ประเมินผล

    ๖. ระยะเวลาดำเนินการ

    ปีงบประมาณ พ.ศ. ๒๕๖๘ - ๒๕๗๐

    ๗. งบประมาณดำเนินการ

    ๕๐,๐๐๐.- บาท

    ๘. ผู้รับผิดชอบโครงการ

    กองช่าง/กองวิชาการพิเศษ เทศบาลตำบลบ้านทดสอบ

    ๙. ผลผลิต/ผลลัพธ์**ผลผลิต**

    พนักงานผ่านการอบรม

    ผลลัพธ์

    พนักงานมีคุณธรรม

    มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส

    \(strayOutsideSheet)

    ๒.๑ การเปิดเผยข้อมูลสาธารณะ

    ลำดับที่ ๓

    \(strayBeforeSection)

    ๑. ชื่อโครงการ : มาตรการเปิดเผยข้อมูลข่าวสาร

    ๒. หลักการและเหตุผล

    ประชาชนมีสิทธิรับรู้ข้อมูล

    ๓. วัตถุประสงค์

    ๑. เพื่อเปิดเผยข้อมูล

    ๔. เป้าหมาย

    ประชาชนในเขตเทศบาล

    ๕. วิธีดำเนินงาน

    ๕.๑ เผยแพร่ข้อมูลทางเว็บไซต์

    ๖. ระยะเวลาการดำเนินการ

    ปีงบประมาณ พ.ศ. ๒๕๖๘ - ๒๕๗๐

    ๗. งบประมาณ

    ไม่ใช้งบประมาณ

    ๘. ผู้รับผิดชอบ

    ทุกส่วนราชการในสังกัดเทศบาลตำบลบ้านทดสอบ

    ๙. ผลผลิต/ผลลัพธ์

    ผลผลิต

    มีการเปิดเผยข้อมูล

    ผลลัพธ์

    ประชาชนพึงพอใจ

    ประกาศให้ประชาชนได้ทราบถึงแผนปฏิบัติการป้องกันการทุจริต
    และเผยแพร่บนเว็บไซต์หลักของเทศบาลตำบลบ้านทดสอบ

    """

    static func lineNumber(of text: String) -> Int? {
        Self.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    func importFixture() throws -> (ImportResult, Plan, String) {
        try importAndLoad(Self.text, id: "bantest-2568-2570", sourceName: "bantest.txt", into: scratchFolder())
    }

    func testUnplaceableLinesAreReportedWithTheirLineNumbersAndCounted() throws {
        let (result, _, directory) = try importFixture()
        let expected = [Self.lineNumber(of: Self.strayOutsideSheet)!, Self.lineNumber(of: Self.strayBeforeSection)!]
        XCTAssertEqual(result.unplaced.map(\.line), expected)
        XCTAssertEqual(result.unplaced.map(\.file), ["bantest.txt", "bantest.txt"])
        XCTAssertEqual(result.unplaced.map(\.text), [Self.strayOutsideSheet, Self.strayBeforeSection])
        XCTAssertTrue(result.unplaced[0].reason.contains("outside any project sheet"), result.unplaced[0].reason)
        XCTAssertTrue(result.unplaced[1].reason.contains("before its first numbered section"), result.unplaced[1].reason)
        XCTAssertEqual(result.statistics.unplacedLines, 2)
        let report = result.report(outputDirectory: directory)
        XCTAssertTrue(report.contains("bantest.txt:\(expected[0]): not placed"), report)
        XCTAssertTrue(report.contains("bantest.txt:\(expected[1]): not placed"), report)
        XCTAssertTrue(report.contains(", 2 not placed"), report)
        // Every other non-blank line is placed or recognized as layout.
        let s = result.statistics
        XCTAssertEqual(s.placedLines + s.layoutLines + s.unplacedLines, s.nonBlankLines)
        // The unplaced text is in no file of the dataset.
        for file in result.files {
            XCTAssertFalse(file.contents.contains(Self.strayOutsideSheet), file.path)
            XCTAssertFalse(file.contents.contains(Self.strayBeforeSection), file.path)
        }
    }

    func testTheDatasetLoadsBackWithWhatTheTextSays() throws {
        let (_, plan, directory) = try importFixture()
        XCTAssertEqual(plan.id, "bantest-2568-2570")
        XCTAssertEqual(plan.organization.name, "เทศบาลตำบลบ้านทดสอบ")
        XCTAssertEqual(plan.organization.kind, "เทศบาลตำบล")
        XCTAssertEqual(plan.organization.shortName, "ทต.บ้านทดสอบ")
        XCTAssertNil(plan.organization.province)
        XCTAssertEqual(plan.organization.phone, "๐ ๔๔๐๐ ๐๐๐๐")
        XCTAssertEqual(plan.organization.website, "www.bantest.go.th")
        XCTAssertEqual(plan.title, "แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส")
        XCTAssertEqual(plan.period.fiscalYears, [2568, 2569, 2570])
        XCTAssertEqual(plan.announcement.date, ThaiDate(beYear: 2567, month: 8, day: 15))
        XCTAssertEqual(plan.announcement.signer.name, "นายทดสอบ ระบบดี")
        XCTAssertEqual(plan.announcement.signer.position, "นายกเทศมนตรีตำบลบ้านทดสอบ")
        XCTAssertEqual(plan.announcement.body, ["ด้วยเทศบาลตำบลบ้านทดสอบได้จัดทำแผนปฏิบัติการป้องกันการทุจริต เพื่อใช้เป็นกรอบในการดำเนินงาน"])
        XCTAssertEqual(plan.cover?.officeLines, ["สำนักปลัดเทศบาล"])
        // The foreword's dimension line broken before "จำนวน ๒ โครงการ" is one paragraph again.
        XCTAssertEqual(plan.foreword?.paragraphs.last, "มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส จำนวน ๒ โครงการ")
        XCTAssertEqual(plan.foreword?.signedBy, ["คณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต", "สำนักปลัดเทศบาล"])
        // Part 1.
        let row = try XCTUnwrap(plan.part1?.riskRows.first)
        XCTAssertEqual(row.step, "การบริหารงานบุคคล")
        XCTAssertEqual(row.risks.map(\.text), ["การแต่งตั้งไม่เป็นธรรม", "การเลื่อนขั้นไม่โปร่งใส"])
        XCTAssertEqual(row.risks.map(\.level), ["สูง", "ปานกลาง"])
        XCTAssertEqual(row.controls, ["มาตรการเปิดเผยข้อมูล", "มาตรการสร้างความโปร่งใส"])
        XCTAssertEqual(plan.part1?.objectives, [ListItem("เพื่อแสดงเจตจำนงสุจริต"), ListItem("เพื่อสร้างวัฒนธรรมสุจริต")])
        // Structure.
        XCTAssertEqual(plan.dimensions.map(\.number), [1, 2])
        XCTAssertEqual(plan.dimensions.map { $0.missions.map(\.title) }, [["การเสริมสร้างจิตสำนึกแก่บุคลากร"], ["การเปิดเผยข้อมูลสาธารณะ"]])
        XCTAssertEqual(plan.projects.map(\.number), [1, 2, 3])
        XCTAssertEqual(plan.projects.map(\.file), ["projects/01.yaml", "projects/02.yaml", "projects/03.yaml"])
        XCTAssertEqual(plan.projects.map(\.mission.description), ["1.1", "1.1", "2.1"])
        XCTAssertEqual(plan.projects.map(\.kind), [.activity, .project, .measure])
        XCTAssertEqual(plan.closingNotice, ["ประกาศให้ประชาชนได้ทราบถึงแผนปฏิบัติการป้องกันการทุจริต และเผยแพร่บนเว็บไซต์หลักของเทศบาลตำบลบ้านทดสอบ"])

        let one = plan.projects[0]
        XCTAssertEqual(one.name, "กิจกรรมปลูกจิตสำนึกต่อต้านการทุจริต")
        XCTAssertEqual(one.objectives, [ListItem("เพื่อปลูกจิตสำนึก"), ListItem("เพื่อลดการทุจริต")])
        XCTAssertEqual(one.targetGroup.text, "พนักงานเทศบาล จำนวน ๕๐ คน")
        XCTAssertEqual(one.targetGroup.count, 50)
        XCTAssertEqual(one.targetGroup.unit, "คน")
        XCTAssertEqual(one.method, [ListItem("จัดกิจกรรม"), ListItem("รายงานผล")])
        XCTAssertEqual(one.period.kind, .fiscal)
        XCTAssertEqual(one.period.start, 2568)
        XCTAssertEqual(one.period.end, 2567, "the reversed period is kept as the text says; an erratum proposes the fix")
        XCTAssertFalse(one.usesBudget)
        XCTAssertEqual(one.divisions, ["office-of-the-clerk"])
        XCTAssertEqual(one.outputs, [ListItem("พนักงานเข้าร่วมกิจกรรม")])
        XCTAssertEqual(one.outcomes, [ListItem("พนักงานมีจิตสำนึกต่อต้านการทุจริต")])

        let two = plan.projects[1]
        XCTAssertEqual(two.name, "โครงการอบรมคุณธรรมพนักงานเทศบาล", "the sheet's name is kept")
        XCTAssertEqual(two.method, [ListItem("จัดอบรม"), ListItem("ประเมินผล")])
        XCTAssertEqual(two.budget, [2568: Money(baht: 50_000), 2569: Money(baht: 50_000), 2570: Money(baht: 50_000)])
        XCTAssertEqual(two.divisions, ["public-works", "division-1"])
        XCTAssertEqual(two.outputs, [ListItem("พนักงานผ่านการอบรม")])
        XCTAssertEqual(two.outcomes, [ListItem("พนักงานมีคุณธรรม")])
        // The Part 2 row's note (wrapped "กอง ช่าง") goes to the row's one budgeted project, as the division's name.
        XCTAssertEqual(two.note, "กองช่าง")
        XCTAssertNil(one.note)

        let three = plan.projects[2]
        XCTAssertEqual(three.name, "มาตรการเปิดเผยข้อมูลข่าวสาร")
        XCTAssertEqual(three.targetGroup.text, "ประชาชนในเขตเทศบาล", "๔. เป้าหมาย is the target group")
        XCTAssertEqual(three.method, [ListItem("เผยแพร่ข้อมูลทางเว็บไซต์")], "๕. วิธีดำเนินงาน is the method")
        XCTAssertEqual(three.period.end, 2570, "๖. ระยะเวลาการดำเนินการ is the period")
        XCTAssertEqual(three.divisions, ["all-divisions"])

        XCTAssertEqual(plan.divisions.map(\.id), ["office-of-the-clerk", "public-works", "all-divisions", "division-1"])
        XCTAssertEqual(plan.division("division-1")?.name, "กองวิชาการพิเศษ")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/projects/03.yaml"))
    }

    func testInconsistenciesBecomeProposedErrataInTheFiles() throws {
        let (result, plan, _) = try importFixture()
        func proposals(_ errata: [Erratum]) -> [Erratum] { errata.filter { $0.reason.hasPrefix("proposed by the importer: ") } }
        let one = proposals(plan.projects[0].errata)
        let two = proposals(plan.projects[1].errata)

        // The reversed period: ปีงบประมาณ พ.ศ. ๒๕๖๘ – ๒๕๖๗.
        let period = try XCTUnwrap(one.first { $0.field == "period.end" })
        XCTAssertEqual(period.source, "ปีงบประมาณ พ.ศ. ๒๕๖๘ – ๒๕๖๗")
        XCTAssertEqual(period.dataset, "2570")
        XCTAssertTrue(period.reason.contains("precedes the start year"))
        // The objectives numbered ๓.๑, ๓.๓.
        let gap = try XCTUnwrap(one.first { $0.field == "objectives" })
        XCTAssertEqual(gap.source, "๓.๑ ๓.๓")
        // The name Part 2 prints differently.
        let name = try XCTUnwrap(two.first { $0.field == "name" })
        XCTAssertEqual(name.source, "โครงการอบรมคุณธรรมพนักงาน")
        XCTAssertEqual(name.dataset, "โครงการอบรมคุณธรรมพนักงานเทศบาล")
        XCTAssertTrue(name.reason.contains("Part 2 table"))
        // The unknown division, named by the importer.
        XCTAssertTrue(proposals(plan.errata).contains { $0.field == "divisions" && $0.source == "กองวิชาการพิเศษ" && $0.dataset == "division-1" })
        // The foreword's count for dimension ๒ (๒ stated, ๑ sheet), and the risk controls numbered ๑. ๓.
        XCTAssertTrue(proposals(plan.foreword?.errata ?? []).contains { $0.source == "จำนวน ๒ โครงการ" && $0.dataset == "จำนวน ๑ โครงการ" })
        XCTAssertFalse(proposals(plan.foreword?.errata ?? []).contains { $0.source.contains("๓ โครงการ") }, "the total (๓) is right")
        XCTAssertTrue(proposals(plan.part1?.errata ?? []).contains { $0.field == "risk_assessment.rows[0].controls" && $0.source == "๑. ๓." })
        // Nothing is proposed for sheets ๓'s variant headings, the merged Part 2 row (its ๕๐,๐๐๐ is project ๒'s) or the totals.
        XCTAssertEqual(proposals(plan.projects[2].errata), [], proposals(plan.projects[2].errata).map(\.reason).joined(separator: "\n"))
        XCTAssertFalse(plan.errata.contains { $0.reason.contains("amounts") || $0.reason.contains("total") },
                       plan.errata.map(\.reason).joined(separator: "\n"))
        // Every proposal is in the files and in the printed report; the dataset's own text is unchanged.
        XCTAssertEqual(result.proposals.count, proposals(plan.announcement.errata).count + proposals(plan.cover?.errata ?? []).count
                       + proposals(plan.foreword?.errata ?? []).count + proposals(plan.part1?.errata ?? []).count
                       + proposals(plan.errata).count + plan.projects.reduce(0) { $0 + proposals($1.errata).count })
        let report = result.report(outputDirectory: "out")
        XCTAssertTrue(report.contains("proposed erratum in out/projects/01.yaml, period.end"), report)
        XCTAssertTrue(report.contains("proposed errata: \(result.proposals.count)"), report)
        XCTAssertEqual(plan.projects[1].name, "โครงการอบรมคุณธรรมพนักงานเทศบาล")
    }

    func testAnExistingDatasetIsNeverOverwritten() throws {
        let folder = scratchFolder()
        let target = folder.appendingPathComponent("bantest").path
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try "format: 1\n".write(toFile: target + "/plan.yaml", atomically: true, encoding: .utf8)
        let result = try PlanImporter.importPlan(text: Self.text, sourceName: "bantest.txt", planID: "bantest")
        XCTAssertThrowsError(try result.write(to: target)) { error in
            XCTAssertTrue("\(error)".contains("already exists and is not empty"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: target + "/plan.yaml", encoding: .utf8), "format: 1\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target + "/projects"))
        // An empty folder is fine.
        let empty = folder.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        XCTAssertNoThrow(try result.write(to: empty))
        XCTAssertNoThrow(try PlanLoader.load(directory: empty))
    }

    func testTheOutputIsStableAndInTheCanonicalStyle() throws {
        let first = try PlanImporter.importPlan(text: Self.text, sourceName: "bantest.txt", planID: "bantest").files
        let second = try PlanImporter.importPlan(text: Self.text, sourceName: "bantest.txt", planID: "bantest").files
        XCTAssertEqual(first.map(\.path), second.map(\.path))
        XCTAssertEqual(first.map(\.contents), second.map(\.contents), "the same text imports to the same bytes")
        let two = try XCTUnwrap(first.first { $0.path == "projects/02.yaml" }).contents
        XCTAssertTrue(two.contains("\nbudget:\n  2568: \"50000.00\"\n  2569: \"50000.00\"\n  2570: \"50000.00\"\n"), two)
        XCTAssertTrue(two.contains("\nmission: \"1.1\"\n"), two)
        XCTAssertTrue(two.contains("\nperiod:\n  kind: fiscal\n  start: 2568\n  end: 2570\n"), two)
        XCTAssertTrue(two.contains("\ndivisions:\n  - public-works\n  - division-1\n"), two)
        XCTAssertTrue(two.hasPrefix("number: 2\nname: โครงการอบรมคุณธรรมพนักงานเทศบาล\nkind: โครงการ\n"), two)
        let errataAt = try XCTUnwrap(two.range(of: "\nerrata:\n"))
        XCTAssertFalse(two[errataAt.upperBound...].contains("\n" + "note:"), "errata come last")
        XCTAssertTrue(two.contains("\nnote: กองช่าง\n"), two)
        let plan = try XCTUnwrap(first.first { $0.path == "plan.yaml" }).contents
        XCTAssertTrue(plan.contains("\n  date: 2567-08-15\n"), plan)
        XCTAssertTrue(plan.hasSuffix("\n"))
        XCTAssertFalse(plan.contains("**"))
    }

    func testTheImportNeedsAnAnnouncementAndSheets() {
        XCTAssertThrowsError(try PlanImporter.importPlan(text: "ส่วนที่ ๓ รายละเอียด\n\nลำดับที่ ๑\n", sourceName: "x.txt", planID: "x")) { error in
            XCTAssertTrue("\(error)".contains("no announcement"), "\(error)")
        }
        let noSheets = Self.text.components(separatedBy: "ส่วนที่ ๓ รายละเอียดโครงการ/กิจกรรม/มาตรการ")[0]
        XCTAssertThrowsError(try PlanImporter.importPlan(text: noSheets, sourceName: "x.txt", planID: "x")) { error in
            XCTAssertTrue("\(error)".contains("ส่วนที่ ๓"), "\(error)")
        }
    }
}
