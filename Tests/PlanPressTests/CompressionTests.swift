import Foundation
import TestSupport
import XCTest

/// Cairo's streams are compressed at PlanPress's zlib level (its own `deflateInit_`), not zlib's default.
final class CompressionTests: XCTestCase {
    func testStreamsUseTheChosenLevelAndTheTextIsTheSame() throws {
        let home = try scratchHome()
        var sizes: [String: Int] = [:]
        var texts: [String: String] = [:]
        for level in ["3", "6", "0"] {
            let out = home.appendingPathComponent("level-\(level)")
            let result = try Shell.run(Workspace.binary, ["render", "budget", "--out", out.path],
                                       environment: ["PLANPRESS_HOME": home.path, "PLANPRESS_ZLIB_LEVEL": level],
                                       currentDirectory: home.path)
            XCTAssertEqual(result.status, 0, result.stderr)
            let pdf = out.appendingPathComponent("budget-table.pdf").path
            sizes[level] = try FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int
            texts[level] = try PDFProbe(path: pdf).text()
        }
        // Level 0 stores the streams; zlib's default (6) packs them tighter than PlanPress's 3.
        XCTAssertGreaterThan(sizes["0"] ?? 0, 2 * (sizes["3"] ?? 0), "\(sizes)")
        XCTAssertGreaterThan(sizes["3"] ?? 0, sizes["6"] ?? 0, "\(sizes)")
        XCTAssertEqual(texts["3"], texts["6"])
        XCTAssertEqual(texts["3"], texts["0"])
        XCTAssertTrue(texts["3"]?.contains("๔๐๐,๐๐๐") ?? false)

        // Without the variable the level is 3: the same bytes as asked for explicitly.
        let plain = home.appendingPathComponent("plain")
        let result = try Workspace.planpress(["render", "budget", "--out", plain.path], home: home)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: plain.appendingPathComponent("budget-table.pdf")),
                       try Data(contentsOf: home.appendingPathComponent("level-3/budget-table.pdf")))
    }
}
