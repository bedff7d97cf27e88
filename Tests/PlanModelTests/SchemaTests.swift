import Foundation
import XCTest

/// Every dataset in Plans/ fits the JSON Schema in Plans/schema/, checked with Python's jsonschema
/// (python3 with the jsonschema and PyYAML modules: `apt-get install python3-jsonschema python3-yaml`).
final class SchemaTests: XCTestCase {
    static let schemaDirectory = Dataset.plansDirectory.appendingPathComponent("schema")

    /// Validates each dataset folder given; prints `file: path: message` for each violation; exit 1 if any.
    static let script = #"""
        import glob, json, os, sys
        try:
            import jsonschema, yaml
        except ImportError as e:
            print(f"python3 lacks a module ({e}); install python3-jsonschema and python3-yaml (apt-get) or run pip install jsonschema pyyaml")
            sys.exit(3)
        schemas, datasets = sys.argv[1], sys.argv[2:]
        def schema(name):
            with open(os.path.join(schemas, name), encoding="utf-8") as f:
                s = json.load(f)
            jsonschema.Draft202012Validator.check_schema(s)
            return jsonschema.Draft202012Validator(s)
        plan, project = schema("plan.schema.json"), schema("project.schema.json")
        def data(path):
            with open(path, encoding="utf-8") as f:
                # Through JSON, as a JSON tool would see it: budget years become keys, dates become text.
                return json.loads(json.dumps(yaml.safe_load(f), default=str))
        failures = checked = 0
        for folder in datasets:
            files = [(os.path.join(folder, "plan.yaml"), plan)]
            files += [(p, project) for p in sorted(glob.glob(os.path.join(folder, "projects", "*.yaml")))]
            for path, validator in files:
                checked += 1
                for e in sorted(validator.iter_errors(data(path)), key=lambda e: list(map(str, e.absolute_path))):
                    failures += 1
                    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path).lstrip(".")
                    print(f"{path}: {where or '(top)'}: {e.message[:300]}")
        print(f"{checked} files checked, {failures} schema violations")
        sys.exit(1 if failures else 0)
        """#

    static func run(_ datasets: [URL]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaDirectory.path] + datasets.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 127 {
            XCTFail("python3 is not installed; the schema tests need python3 with jsonschema and PyYAML: apt-get install python3 python3-jsonschema python3-yaml")
        } else if process.terminationStatus == 3 {
            XCTFail(output)
        }
        return (process.terminationStatus, output)
    }

    func testEveryDatasetFitsTheSchema() throws {
        let datasets = Dataset.all
        XCTAssertFalse(datasets.isEmpty, "no dataset in Plans/")
        let (status, output) = try Self.run(datasets)
        print(output, terminator: "")
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains(" 0 schema violations"), output)
    }

    func testABrokenCopyIsRejected() throws {
        let copy = try BrokenCopy()
        try copy.edit("projects/05.yaml", "  2566: \"100000.00\"\n", "  2566: 100000.5\n")
        try copy.edit("projects/06.yaml", "kind: มาตรการ\n", "kind: มาตรการ\ncolour: red\n")
        try copy.edit("plan.yaml", "            level: สูง\n", "            level: สูงมาก\n")
        let (status, output) = try Self.run([copy.directory])
        XCTAssertEqual(status, 1, output)
        XCTAssertTrue(output.contains("projects/05.yaml: budget.2566: 100000.5 is not of type 'string'"), output)
        XCTAssertTrue(output.contains("projects/06.yaml: (top): Additional properties are not allowed ('colour' was unexpected)"), output)
        XCTAssertTrue(output.contains("plan.yaml: part1.risk_assessment.rows[2].risks[0].level: 'สูงมาก' is not one of"), output)
        XCTAssertTrue(output.contains(" 3 schema violations"), output)
    }
}
