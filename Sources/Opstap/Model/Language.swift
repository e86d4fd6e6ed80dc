/// The language of human-readable output: Dutch by default, English on request (`--lang en`).
public enum Language: String, Coded {
    case nl, en

    public var code: String { rawValue }

    /// Picks the text for this language.
    @inlinable public func pick(_ nl: String, _ en: String) -> String { self == .nl ? nl : en }
}
