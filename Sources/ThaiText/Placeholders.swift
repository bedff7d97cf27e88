/// Templates with `{name}` placeholders, as layouts word them ("{n}", "ประจำปีงบประมาณ พ.ศ. {fy}").
public enum Placeholders {
    /// `template` with each `{key}` of `values` replaced by its value, in one pass (a value is never
    /// searched for placeholders again); braces around anything else stay as they are.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = Array(template.utf8)
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "}")),
               let value = values[String(decoding: bytes[(i + 1)..<close], as: UTF8.self)] {
                result += value.utf8
                i = close + 1
            } else {
                result.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
