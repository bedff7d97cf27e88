import DataFiles
import XCTest
@testable import PlanModel

/// The example records shipped with the canonical plan load cleanly and cover what reports need.
final class ExampleRecordsTests: XCTestCase {
    func testExampleRoundsLoadWithoutFindings() throws {
        let plan = try Fixture.loadCanonicalPlan()
        let rounds = ProgressLoader.availableRounds(in: plan)
        XCTAssertTrue(rounds.contains(.init(fiscalYear: 2566, round: .sixMonths)))
        XCTAssertTrue(rounds.contains(.init(fiscalYear: 2566, round: .twelveMonths)))
        var encodings = Set<CSVEncoding>()
        var formats = Set<ProgressFile.Format>()
        for folder in rounds where folder.fiscalYear == 2566 {
            let (round, diagnostics) = ProgressLoader.inspect(plan: plan, fiscalYear: folder.fiscalYear, round: folder.round)
            XCTAssertEqual(diagnostics, [], "\(folder.path)")
            XCTAssertTrue(round.isExample, "\(folder.path) is example data")
            XCTAssertTrue(round.files.allSatisfy(\.isExample))
            XCTAssertEqual(Set(round.records.map(\.status)), Set(ProgressStatus.allCases), "every status in \(folder.path)")
            XCTAssertFalse(round.unreportedProjects(in: plan).isEmpty, "some projects are not reported in \(folder.path)")
            XCTAssertGreaterThanOrEqual(Set(round.records.compactMap(\.reporter.divisionID)).count, 4)
            XCTAssertTrue(round.records.contains { !$0.photos.isEmpty })
            encodings.formUnion(round.files.compactMap(\.encoding))
            formats.formUnion(round.files.map(\.format))
            for record in round.records {
                for photo in record.photos { XCTAssertTrue(FileManager.default.fileExists(atPath: photo.fullPath)) }
            }
        }
        XCTAssertEqual(encodings, [.utf8, .utf8WithBOM, .windows874])
        XCTAssertEqual(formats, [.csv, .yaml])
    }

    func testExamplePhotosAreSmallPNGs() throws {
        let folder = Fixture.canonicalPlan.appendingPathComponent("progress/photos")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }
        XCTAssertGreaterThanOrEqual(names.count, 2)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            XCTAssertLessThan(data.count, 20_000, name)
            XCTAssertEqual(Array(data.prefix(4)), [0x89, 0x50, 0x4E, 0x47], name)
        }
    }
}
