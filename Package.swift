// swift-tools-version:6.0
// PlanPress: a Thai anti-corruption action plan dataset in, print-ready PDFs out.
//
// The pipeline, one module per stage (a lower stage never imports a higher one):
//   DataFiles (YAML with positions) → PlanModel (validated model)
//   → Composition (what each document says) → Typesetting (Pango: paragraphs, tables, pages)
//   → PDFExport (Cairo) ; PlanPress ties them together; `planpress` is the thin CLI.
// CPangoCairo + Graphics are the only code that sees C pointers; CFastPrintf is the C that formats the
// numbers Cairo prints (it defines the fortified snprintf Cairo calls); CShapeReuse answers Pango's shaping of
// a line's part of a run from the glyphs HarfBuzz made for the whole run (it defines hb_shape); CColorChecks
// answers Pango's per-glyph color questions from what HarfBuzz said of the font once (it defines three of
// hb_ot_color's functions).
import PackageDescription

let package = Package(
    name: "PlanPress",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planpress", targets: ["planpress"]),
        .library(name: "PlanPress", targets: ["PlanPress"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "libfontconfig-dev", "libdeflate-dev"])]
        ),
        .target(name: "CFastPrintf", linkerSettings: [.linkedLibrary("m")]),
        .target(name: "CShapeReuse", dependencies: ["CPangoCairo"]),
        .target(name: "CColorChecks", dependencies: ["CPangoCairo"]),
        .target(name: "Graphics", dependencies: ["CPangoCairo", "CFastPrintf", "CShapeReuse", "CColorChecks"]),
        .target(name: "ThaiText"),
        .target(name: "DataFiles", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "PlanModel", dependencies: ["DataFiles", "ThaiText"]),
        .target(name: "PlanImport", dependencies: ["PlanModel", "DataFiles", "ThaiText", .product(name: "Yams", package: "Yams")]),
        .target(name: "Typesetting", dependencies: ["Graphics", "DataFiles", "ThaiText"]),
        .target(name: "PDFExport", dependencies: ["Typesetting", "Graphics"]),
        .target(name: "Composition", dependencies: ["PlanModel", "Typesetting", "ThaiText"]),
        .target(name: "PlanPress", dependencies: ["Composition", "PDFExport", "PlanModel", "Typesetting", "Graphics", "DataFiles", "ThaiText"]),
        .executableTarget(name: "planpress", dependencies: [
            "PlanPress", "PlanModel", "PlanImport", "DataFiles", "ThaiText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "planpress-bench", dependencies: ["PlanPress"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "DataFiles", "ThaiText"]),
        .testTarget(name: "RobustnessTests", dependencies: ["PlanPress", "PlanModel", "DataFiles", "ThaiText", "TestSupport"]),
        .testTarget(name: "ProgressTests", dependencies: ["PlanModel", "DataFiles", "ThaiText"]),
        .testTarget(name: "PlanImportTests", dependencies: ["PlanImport", "PlanModel", "DataFiles", "ThaiText"]),
        .testTarget(name: "PlanPressTests", dependencies: ["PlanPress", "PlanModel", "Composition", "Typesetting", "PDFExport", "Graphics", "CFastPrintf", "CShapeReuse", "CColorChecks", "DataFiles", "ThaiText", "TestSupport"]),
    ]
)
