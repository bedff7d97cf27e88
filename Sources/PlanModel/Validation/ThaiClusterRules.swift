import ThaiText

/// Every text field's Thai clusters can be drawn: no vowel or tone mark without a consonant under it
/// (a mark left over when text was cut or pasted would print floating, or over a dotted circle).
enum ThaiClusterRules {
    static func check(_ f: inout Findings) {
        for field in f.textFields {
            if let problem = ThaiClusters.firstProblem(in: field.text) {
                f.error(field.file, field.field, "'\(field.field)': \(problem); retype the word (a character was probably lost when the text was copied)")
            }
        }
    }
}
