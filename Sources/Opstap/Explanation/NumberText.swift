/// Numbers as people read them: a decimal comma in Dutch, a point in English.
public enum NumberText {
    /// `x` rounded to `decimals` places (half away from zero), without trailing zeros unless
    /// `fixed` is set.
    public static func format(_ x: Double, decimals: Int, lang: Language = .en, fixed: Bool = false) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let whole = Int(scaled / scale)
        var fraction = Int(scaled - Double(whole) * scale)
        var digits = decimals
        if !fixed {
            while digits > 0 && fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
        }
        var text = (x < 0 && scaled > 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let f = String(fraction)
            text += (lang == .nl ? "," : ".") + String(repeating: "0", count: digits - f.count) + f
        }
        return text
    }
}
