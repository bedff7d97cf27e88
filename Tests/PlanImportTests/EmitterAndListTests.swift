import DataFiles
import XCTest
@testable import PlanImport

/// The pieces under the importer: the YAML emitter's quoting, list numbers, section headings, division names.
final class EmitterAndListTests: XCTestCase {
    func testStringsReadBackAsTheSameStrings() throws {
        let tricky = ["2570", "1.1", "100000.00", "yes", "no", "null", "~", "", " lead", "trail ", "a: b", "ends:", "#hash", "a #b",
                      "- dash", "-", "? q", "'quoted'", "\"double\"", "@at", "`tick`", "%pct", "&anchor", "*alias", "!tag", "|pipe", ">fold",
                      "[list]", "{map}", "ประกาศ: ไทย", "มาตรการ “ส่งเสริม”", "<https://example.go.th/a%20b>", "tab\there", "line\nbreak",
                      "2565-09-27", "0x1F", "1e3", ".inf", "plain Thai ไทย ๒๕๖๖"]
        let node = YAMLNode.mapping([("values", .sequence(tricky.map { .string($0) }))])
        let text = YAMLEmitter.document(node)
        let file = try YAMLFile.parse(text: text, path: "test.yaml")
        let values = try file.root.mapping().required("values").sequence().map { try $0.scalarText() }
        XCTAssertEqual(values, tricky, text)
        // Plain where YAML allows it, as the canonical files write Thai text.
        XCTAssertTrue(text.contains("\n  - plain Thai ไทย ๒๕๖๖\n"))
        XCTAssertTrue(text.contains("\n  - \"2570\"\n"))
        XCTAssertTrue(text.contains("\n  - 'ประกาศ: ไทย'\n"))
    }

    func testBlockStyleNestingAndEmptyLists() {
        let node = YAMLNode.mapping([
            ("method", DatasetWriter.node([ImportedItem("a"), ImportedItem("b", items: [ImportedItem("c", items: [ImportedItem("d")])])])),
            ("outcomes", .sequence([])),
            ("budget", .mapping([("2566", .quoted("100.00"))])),
        ])
        XCTAssertEqual(YAMLEmitter.document(node), """
        method:
          - a
          - text: b
            items:
              - text: c
                items:
                  - d
        outcomes: []
        budget:
          2566: "100.00"

        """)
    }

    func testListMarkersAreRecognizedStrippedAndNested() {
        let texts: [(String, Bool)] = [("๕.๑ จัดตั้ง", false), ("๑) กำหนดแนวทาง", false), ("๑.๑) ข้อมูลพื้นฐาน", false),
                                       ("๑.๒) การบริหารงาน", false), ("๒) ติดตามผล", false), ("(๑) ผู้แทน", false),
                                       ("๕.๒ รายงาน", false), ("ย่อหน้า", false), ("รายการย่อย", true)]
        let entries = texts.enumerated().map { i, t in
            ListNumbering.Entry(marker: ListNumbering.marker(t.0, bullet: t.1), lines: [i + 1], block: i)
        }
        XCTAssertEqual(entries.map(\.marker.kind), [.dotted, .paren, .dottedParen, .dottedParen, .paren, .parenthesized, .dotted, .plain, .bullet])
        XCTAssertEqual(entries.map(\.marker.text), ["จัดตั้ง", "กำหนดแนวทาง", "ข้อมูลพื้นฐาน", "การบริหารงาน", "ติดตามผล", "ผู้แทน", "รายงาน", "ย่อหน้า", "รายการย่อย"])
        let nested = ListNumbering.nest(entries).map(ImportedItem.init)
        XCTAssertEqual(nested, [
            ImportedItem("จัดตั้ง", items: [
                ImportedItem("กำหนดแนวทาง", items: [ImportedItem("ข้อมูลพื้นฐาน"), ImportedItem("การบริหารงาน")]),
                ImportedItem("ติดตามผล", items: [ImportedItem("ผู้แทน")]),
            ]),
            ImportedItem("รายงาน"),
            ImportedItem("ย่อหน้า", items: [ImportedItem("รายการย่อย")]),
        ])
        let gaps = ListNumbering.gaps(ListNumbering.nest([
            .init(marker: ListNumbering.marker("๕.๑ ก", bullet: false), lines: [1], block: 0),
            .init(marker: ListNumbering.marker("๕.๓ ข", bullet: false), lines: [2], block: 1),
        ]), path: "method")
        XCTAssertEqual(gaps.map(\.labels), [["๕.๑", "๕.๓"]])
        XCTAssertEqual(ListNumbering.consecutive(["๕.๑", "๕.๓"]), "๕.๑ – ๕.๒ numbered consecutively")
    }

    func testAnItemEndingInได้แก่TakesTheNextBlockOfItsKindAsSubItems() {
        let entries: [ListNumbering.Entry] = [
            .init(marker: ListNumbering.marker("๕.๓ ทำข้อตกลง", bullet: false), lines: [1], block: 0),
            .init(marker: ListNumbering.marker("หนึ่ง", bullet: true), lines: [2], block: 1),
            .init(marker: ListNumbering.marker("คู่ข้อตกลง ได้แก่", bullet: true), lines: [3], block: 1),
            .init(marker: ListNumbering.marker("ก กับ ข", bullet: true), lines: [5], block: 2),
            .init(marker: ListNumbering.marker("ค กับ ง", bullet: true), lines: [6], block: 2),
            .init(marker: ListNumbering.marker("๕.๔ รวบรวม", bullet: false), lines: [8], block: 3),
        ]
        XCTAssertEqual(ListNumbering.nest(entries).map(ImportedItem.init), [
            ImportedItem("ทำข้อตกลง", items: [ImportedItem("หนึ่ง"), ImportedItem("คู่ข้อตกลง ได้แก่", items: [ImportedItem("ก กับ ข"), ImportedItem("ค กับ ง")])]),
            ImportedItem("รวบรวม"),
        ])
    }

    func testSectionHeadingVariants() {
        let cases: [(String, SheetSection, String)] = [
            ("๒. หลักการและเหตุผล/ที่มาของโครงการ", .rationale, ""), ("๕. วิธีการดำเนินการ", .method, ""), ("๕. วิธีดำเนินงาน", .method, ""),
            ("๖. ระยะเวลาการดำเนินการ", .period, ""), ("๗. งบประมาณ", .budget, ""), ("๗. งบประมาณดำเนินการ", .budget, ""),
            ("๘. ผู้รับผิดชอบโครงการ", .divisions, ""), ("๔. เป้าหมาย", .targetGroup, ""), ("๑๐. ผลผลิต, ผลลัพธ์", .results, ""),
            ("**๑. ชื่อโครงการ : โครงการทดสอบ", .name, "โครงการทดสอบ"), ("๔. กลุ่มเป้าหมาย : ประชาชน", .targetGroup, "ประชาชน"),
        ]
        for (text, section, rest) in cases {
            let h = SectionHeadings.match(text)
            XCTAssertEqual(h?.section, section, text)
            XCTAssertEqual(h?.rest, rest, text)
        }
        XCTAssertEqual(SectionHeadings.match("๙. ผลผลิต/ผลลัพธ์**ผลผลิต**")?.resultsMode, .outputs)
        XCTAssertNil(SectionHeadings.match("๓. ระยะเวลาในการให้บริการประชาชนที่ลดลงตามมาตรฐาน"), "a list item, not a heading")
        XCTAssertNil(SectionHeadings.match("๑. เพื่อให้ผู้บริหารมีจิตสำนึก"))
    }

    func testDivisionNamesAndSlugs() {
        let names = DivisionNames()
        let printed = names.split("สำนักปลัดองค์การบริหารส่วนจังหวัด / กองการศึกษา ศาสนาและวัฒนธรรม องค์การบริหารส่วนจังหวัด นครพนม",
                                  organization: "องค์การบริหารส่วนจังหวัดนครพนม")
        XCTAssertEqual(printed, ["สำนักปลัดองค์การบริหารส่วนจังหวัด", "กองการศึกษา ศาสนาและวัฒนธรรม"])
        XCTAssertEqual(names.split("ทุกส่วนราชการในสังกัดองค์การบริหารส่วนจังหวัดนครพนม", organization: "องค์การบริหารส่วนจังหวัดนครพนม"), ["ทุกส่วนราชการ"])
        names.prepare(printed + ["สำนักงานเลขาธิการองค์การบริหารส่วนจังหวัด"])
        XCTAssertEqual(names.resolve("สำนักปลัดองค์การบริหารส่วนจังหวัด").id, "office-of-the-clerk")
        XCTAssertEqual(names.resolve("กองการศึกษาศาสนาและวัฒนธรรม").id, "education-religion-culture", "spaces do not matter")
        let unknown = names.resolve("สำนักเลขาธิการองค์การบริหารส่วนจังหวัด")
        XCTAssertEqual(unknown.id, "division-1")
        XCTAssertEqual(unknown.similar?.id, "secretariat")
        XCTAssertEqual(names.resolve("กองพิเศษ").id, "division-2")
        XCTAssertEqual(names.resolve("สำนักเลขาธิการองค์การบริหารส่วนจังหวัด").id, "division-1", "one id per name")
        XCTAssertEqual(names.datasetDivisions.map(\.id), ["office-of-the-clerk", "education-religion-culture", "division-1", "division-2"])
        XCTAssertEqual(names.errata.count, 2)
        XCTAssertTrue(names.errata.allSatisfy { $0.reason.hasPrefix(ImportedErratum.proposalPrefix) })
    }
}
