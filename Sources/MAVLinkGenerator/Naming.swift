/// How XML names become Swift names.
public enum Naming {
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "as", "false", "is", "nil", "self", "Self", "super", "true",
        "try", "Any", "Type", "Protocol", "some", "any", "await", "consume", "copy", "borrowing", "consuming",
    ]

    /// `MAV_TYPE` → `MAVType`, `HEARTBEAT` → `Heartbeat`, `GPS_RAW_INT` → `GpsRawInt`.
    public static func typeName(_ xml: String) -> String {
        let parts = xml.split(separator: "_").map(String.init)
        var out = ""
        for p in parts {
            if p == "MAV" || p == "MAVLINK" { out += p == "MAV" ? "MAV" : "MAVLink"; continue }
            out += p.prefix(1).uppercased() + p.dropFirst().lowercased()
        }
        if let f = out.first, f.isNumber { out = "_" + out }
        return out
    }

    /// `target_system` → `targetSystem`; keywords escaped with backticks.
    public static func memberName(_ xml: String) -> String {
        let parts = xml.split(separator: "_", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty else { return "_" }
        var out = ""
        for (i, p) in parts.enumerated() {
            // Keep existing camelCase inside a part (`timeBootMs` stays), lower-case all-caps parts.
            let isAllCaps = p == p.uppercased()
            let word = isAllCaps ? p.lowercased() : p
            if i == 0 { out += word.prefix(1).lowercased() + word.dropFirst() } else { out += word.prefix(1).uppercased() + word.dropFirst() }
        }
        if let f = out.first, f.isNumber { out = "_" + out }
        return escaped(out)
    }

    /// The member name of an enum entry: the enum's prefix removed, then lowerCamelCase.
    public static func entryName(_ entry: String, enumName: String) -> String {
        var rest = entry
        if entry.hasPrefix(enumName + "_") && entry.count > enumName.count + 1 {
            rest = String(entry.dropFirst(enumName.count + 1))
        }
        return memberName(rest)
    }

    public static func escaped(_ s: String) -> String { keywords.contains(s) ? "`\(s)`" : s }

    /// A dialect's namespace name: `common.xml` → `Common`, `ardupilotmega.xml` → `ArduPilotMega`.
    public static func dialectName(_ file: String) -> String {
        let base = file.hasSuffix(".xml") ? String(file.dropLast(4)) : file
        let special = ["ardupilotmega": "ArduPilotMega", "uAvionix": "UAvionix", "csAirLink": "CSAirLink",
                       "cubepilot": "CubePilot", "loweheiser": "Loweheiser", "icarous": "Icarous",
                       "all": "All", "development": "Development", "ASLUAV": "ASLUAV", "AVSSUAS": "AVSSUAS"]
        if let s = special[base] { return s }
        return base.prefix(1).uppercased() + base.dropFirst()
    }

    /// A Swift doc comment from XML description text, indented by `indent`.
    public static func docComment(_ text: String, indent: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var out = ""
        for l in lines where !(l.isEmpty && out.isEmpty) { out += "\(indent)/// \(l)".trimmingTrailingSpaces() + "\n" }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t"]
}
